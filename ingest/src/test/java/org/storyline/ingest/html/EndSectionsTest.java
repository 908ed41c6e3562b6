package org.storyline.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storyline.core.document.DroppedBlock;
import org.storyline.core.document.Extraction;
import org.storyline.core.document.SourceDocument;
import org.storyline.core.document.SourceFormat;
import org.storyline.core.document.SourceRef;

/** Sections announced by a heading as not the article; hidden wrappers that hold the article. */
class EndSectionsTest {
  private static final String P1 = "The defence ministers of both countries signed a memorandum on joint exercises "
      + "in the port city on Thursday, according to a statement published by the host government.";
  private static final String P2 = "Analysts in the region said the agreement formalised drills that had already "
      + "taken place twice this year, and that no new weapons transfers were mentioned in the text.";
  private static final String P3 = "Officials of a neighbouring state summoned the ambassador to ask for details of "
      + "the exercises, which are planned near a disputed maritime boundary in the autumn.";

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Related articles|related",
      "You may also like:|related",
      "More stories from our Asia desk|related",
      "Recent posts|related",
      "About the author|author-bio",
      "Leave a reply|comments",
      "Related work on naval cooperation in the Pacific since the nineties and before|",
      "Reactions abroad|",
      "Sources|",
  })
  void headingVocabulary(String heading, String reason) {
    assertEquals(reason, EndSections.reason(heading));
  }

  @Test
  void aRelatedSectionGoesUpToTheNextHeadingOfItsRank() {
    Element root = Jsoup.parse("<div><h2>Background</h2><p>" + P1 + "</p><h3>Related articles</h3>"
        + "<ul><li><a href=\"/a\">Navy chief visits the shipyard</a></li></ul><p>Drills resume in the gulf</p>"
        + "<h3>What comes next</h3><p>" + P2 + "</p></div>").body().child(0);
    List<DroppedBlock> dropped = new ArrayList<>();
    EndSections.drop(root, dropped);
    String text = root.text();
    assertTrue(text.contains(P1) && text.contains(P2) && text.contains("What comes next"), text);
    assertFalse(text.contains("Navy chief") || text.contains("Drills resume"), text);
    assertEquals(List.of("related", "related", "related"), dropped.stream().map(DroppedBlock::reason).toList());
  }

  @Test
  void anAuthorBoxWrapperGoesWhole() {
    Element root = Jsoup.parse("<div><p>" + P1 + "</p><div class=\"box\"><h4>About the author</h4>"
        + "<p>Jane Roe covers defence for the paper and has reported from twelve countries.</p></div>"
        + "<p>" + P2 + "</p></div>").body().child(0);
    List<DroppedBlock> dropped = new ArrayList<>();
    EndSections.drop(root, dropped);
    assertFalse(root.text().contains("Jane Roe"));
    assertTrue(root.text().contains(P2));
    assertEquals(1, dropped.size());
    assertEquals("author-bio", dropped.get(0).reason());
  }

  private static Extraction extract(String html) {
    return new HtmlMainTextExtractor().extract(new SourceDocument(
        new SourceRef("p.html", "https://news.test/b", SourceFormat.HTML, null), html, true, null, null, null, null));
  }

  @Test
  void aHiddenWrapperWithMostOfTheProseIsKeptSmallHiddenChromeIsNot() {
    // the shape of a page streamed by a script framework: the article sits in a hidden div until revealed
    String html = "<html><body><div id=\"loading\">Loading the page</div><div hidden id=\"S:0\"><main>"
        + "<h1>Ministers sign exercise memorandum</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
        + "<div hidden><p>Subscribe now to read all our coverage of the region for one low monthly price.</p></div>"
        + "</main></div></body></html>";
    Extraction x = extract(html);
    assertTrue(x.body().contains(P1) && x.body().contains(P3), x.body());
    assertFalse(x.body().contains("Subscribe now"), x.body());
  }

  @Test
  void authorBoxesAndPostListsMarkedByClassAreDropped() {
    String html = "<html><body><article><h1>Ministers sign exercise memorandum</h1><p>" + P1 + "</p><p>" + P2
        + "</p><p>" + P3 + "</p><div class=\"author-bio\"><p>Jane Roe is our defence correspondent. She has "
        + "covered the navies of the region for a decade and writes a weekly column about them.</p></div>"
        + "<div class=\"posts-grid\"><p>An earlier story: the navy commissions two new frigates at a ceremony "
        + "attended by the president and foreign attaches from nine countries.</p></div></article></body></html>";
    Extraction x = extract(html);
    assertTrue(x.body().contains(P3));
    assertFalse(x.body().contains("Jane Roe"), x.body());
    assertFalse(x.body().contains("frigates"), x.body());
  }

  @Test
  void anUnclosedAsideThatSwallowedTheArticleIsNotDropped() {
    // the banner's <aside> is never closed, so the parser nests the whole article inside it
    String html = "<html><body><aside class=\"banner\"><a href=\"/x\">Join our webinar on Friday</a>"
        + "<main><article><h1>Ministers sign exercise memorandum</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
        + "</p></article></main></body></html>";
    Extraction x = extract(html);
    assertTrue(x.body().contains(P1) && x.body().contains(P3), x.body());
    String sidebar = "<html><body><main><article><h1>Ministers sign exercise memorandum</h1><p>" + P1 + "</p><p>"
        + P2 + "</p><p>" + P3 + "</p></article></main><aside><p>Most read: the navy commissions two new frigates at "
        + "a ceremony attended by the president.</p></aside></body></html>";
    assertFalse(extract(sidebar).body().contains("frigates"));
  }

  @Test
  void aParagraphThatIsAlmostWhollyALinkIsATeaser() {
    String html = "<html><body><article><h1>Ministers sign exercise memorandum</h1><p>" + P1 + "</p>"
        + "<p><a href=\"/other\">Navy commissions two new frigates at a ceremony in the capital</a></p>"
        + "<p>" + P2 + " The <a href=\"/doc\">full text</a> was published later.</p><p>" + P3 + "</p>"
        + "</article></body></html>";
    Extraction x = extract(html);
    assertFalse(x.body().contains("frigates"), x.body());
    assertTrue(x.body().contains("full text was published later"), x.body()); // a link inside prose stays
    assertTrue(x.dropped().stream().anyMatch(d -> d.reason().equals("related") && d.text().contains("frigates")));
  }
}
