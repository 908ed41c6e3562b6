package org.storyline.ingest.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storyline.core.document.Extraction;
import org.storyline.core.document.Metadata;
import org.storyline.core.document.SourceDocument;
import org.storyline.core.document.SourceFormat;
import org.storyline.core.document.SourceRef;
import org.storyline.core.time.DateBasis;
import org.storyline.ingest.MainText;
import org.storyline.ingest.Seeds;

class PageMetadataExtractorTest {
  private final PageMetadataExtractor meta = new PageMetadataExtractor();
  private final MainText mainText = new MainText();

  private Metadata of(SourceDocument doc) {
    return meta.extract(doc, mainText.extract(doc));
  }

  @Test
  void seedDatesComeFromTheHeaderOrAreAbsent() {
    Metadata m1 = of(Seeds.seed("001"));
    assertEquals("2023-07-26", m1.published().date());
    assertEquals(DateBasis.TEXT, m1.published().basis());
    assertEquals("Ukrainska Pravda", m1.outlet());
    Metadata m4 = of(Seeds.seed("004"));
    assertEquals("2023-10-06", m4.published().date());
    assertEquals(List.of("Elsa Court"), m4.authors());
    assertEquals("Kyiv Independent", m4.outlet());
    for (String s : List.of("000", "002", "003")) {
      assertNull(of(Seeds.seed(s)).published(), s);
    }
    assertEquals("Kyiv Independent", of(Seeds.seed("000")).outlet());
    assertEquals("Kyiv Post", of(Seeds.seed("002")).outlet());
    assertEquals(List.of("Angela Skujins"), of(Seeds.seed("003")).authors());
    assertEquals("en", m1.language());
  }

  @Test
  void givenDateWins() {
    SourceDocument doc = new SourceDocument(new SourceRef("a.txt", null, SourceFormat.TEXT, null),
        Seeds.seed("004").content(), false, null, "2024-01", null, null);
    Metadata m = of(doc);
    assertEquals("2024-01", m.published().date());
    assertEquals(DateBasis.GIVEN, m.published().basis());
  }

  @Test
  void textDatelineComesFromTheTopNotFromTheStory() {
    String text = String.join("\n",
        "Ceasefire talks resume in Doha",
        "Published on 13/09/2023",
        "Mediators said on 2 September 2023 that the two sides had agreed to meet again after a pause of six weeks.",
        "The last round, held on August 1, 2023, ended without an agreement on prisoner exchanges.");
    assertEquals("2023-09-13", of(Seeds.text(text)).published().date());
    String noHeader = String.join("\n",
        "Mediators said on 2 September 2023 that the two sides had agreed to meet again after a pause.",
        "The last round, held on August 1, 2023, ended without an agreement on prisoner exchanges.");
    assertNull(of(Seeds.text(noHeader)).published());
  }

  private static SourceDocument html(String html, String url) {
    return new SourceDocument(new SourceRef("p.html", url, SourceFormat.HTML, null), html, true, null, null, null,
        "2025-01-05");
  }

  private static final String BODY = "<article><h1>Envoys meet in Geneva</h1><p>Envoys from both countries met in "
      + "Geneva on Monday to discuss a prisoner exchange, officials said, adding that talks would go on.</p>"
      + "<p>The talks, the third this year, were described as constructive by both delegations, who said a "
      + "further round would follow.</p></article>";

  @Test
  void htmlDateEvidenceInOrder() {
    String ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":"
        + "\"NewsArticle\",\"headline\":\"Envoys meet\",\"datePublished\":\"2024-03-05T22:10:00-05:00\","
        + "\"dateModified\":\"2024-03-07T08:00:00Z\",\"author\":[{\"@type\":\"Person\",\"name\":\"Lea Hahn\"}],"
        + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Daily Wire Service\"}}]}</script>";
    String metaTag = "<meta property=\"article:published_time\" content=\"2024-03-04T10:00:00Z\">";
    String time = "<time datetime=\"2024-03-03\">March 3</time>";
    String dated = "https://news.test/world/2024/03/02/envoys-meet";
    String plain = "https://news.test/world/envoys-meet";
    Metadata all = of(html("<html lang=\"en-GB\"><head>" + ld + metaTag + "</head><body>" + time + BODY
        + "</body></html>", dated));
    assertEquals("2024-03-02", all.published().date());
    assertEquals(DateBasis.URL, all.published().basis());
    assertEquals(List.of("Lea Hahn"), all.authors());
    assertEquals("The Daily Wire Service", all.outlet());
    assertEquals("en", all.language());
    assertEquals("2024-03-03", of(html("<html><head>" + ld + metaTag + "</head><body>" + time + BODY
        + "</body></html>", plain)).published().date());
    assertEquals("2024-03-04", of(html("<html><head>" + ld + metaTag + "</head><body>" + BODY + "</body></html>",
        plain)).published().date());
    Metadata jsonLd = of(html("<html><head>" + ld + "</head><body>" + BODY + "</body></html>", plain));
    assertEquals("2024-03-05", jsonLd.published().date());
    assertEquals(DateBasis.METADATA, jsonLd.published().basis());
    Metadata crawl = of(html("<html><body>" + BODY + "</body></html>", plain));
    assertEquals("2025-01-05", crawl.published().date());
    assertEquals(DateBasis.INFERRED, crawl.published().basis());
    assertEquals("news.test", crawl.outlet());
  }

  @Test
  void updatedStampsAndCommentDatesDoNotWin() {
    String page = "<html><body><div class=\"comments\"><time datetime=\"2024-05-09\">May 9</time></div>"
        + "<span class=\"updated\"><time datetime=\"2024-05-08\">updated</time></span>"
        + "<p class=\"meta\">Updated on May 7, 2024 · Published on May 1, 2024</p>" + BODY + "</body></html>";
    assertEquals("2024-05-01", of(html(page, null)).published().date());
  }

  @Test
  void dateUnderTheHeadlineWinsButAnUpdateStampYieldsToAPublishedOne() {
    String head = "<html><head><meta property=\"article:published_time\" content=\"2022-02-01T10:00:00Z\"></head>";
    String shown = "<body><h1>Envoys meet in Geneva again</h1><div>By Ana Ruiz · March 9, 2024</div>" + BODY
        + "</body></html>";
    assertEquals("2024-03-09", of(html(head + shown, null)).published().date());
    String updated = "<body><h1>Envoys meet in Geneva again</h1><div>Last updated: March 9, 2024</div>" + BODY
        + "</body></html>";
    assertEquals("2022-02-01", of(html(head + updated, null)).published().date());
    Metadata onlyUpdated = of(html("<html>" + updated, null));
    assertEquals("2024-03-09", onlyUpdated.published().date());
  }

  @Test
  void aPostedStampAtTheEndDatesAPageWithNothingElse() {
    String page = "<html><body>" + BODY + "<p>Posted on the 15/12/2023 by the editors</p></body></html>";
    assertEquals("2023-12-15", of(html(page, null)).published().date());
    assertEquals(LocalDate.of(2021, 4, 3), PublicationDateFinder.labelledDate("x Published: April 3, 2021 y"));
    assertNull(PublicationDateFinder.labelledDate("published a report on April 3, 2021 about it"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2023-10-06T19:27:00+03:00|2023-10-06",
      "October 6, 2023 7:27 PM|2023-10-06",
      "Wednesday, 26 July 2023, 16:54|2023-07-26",
      "Published on 13/09/2023|2023-09-13",
      "09/13/2023|2023-09-13",
      "Fri, 06 Oct 2023 19:27:00 GMT|2023-10-06",
      "Sept. 15, 2023|2023-09-15",
      "2023/10/06|2023-10-06",
      "20231006|2023-10-06",
      "31 February 2023|",
      "no date here|"})
  void parsesWrittenDates(String text, String expected) {
    LocalDate d = DateText.parse(text);
    assertEquals(expected, d == null ? null : d.toString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "https://a.test/2023/10/06/story|2023-10-06",
      "https://a.test/news/20231006-story|2023-10-06",
      "https://a.test/2023-10-06/story|2023-10-06",
      "https://a.test/2023/10/story|2023-10",
      "https://a.test/story-12345|"})
  void urlDates(String url, String expected) {
    var d = PublicationDateFinder.urlDate(url);
    assertEquals(expected, d == null ? null : d.date());
  }

  @Test
  void bylinesGiveNames() {
    assertEquals(List.of("Jane Roe", "John Doe"), Bylines.authors("By Jane Roe and John Doe | Reuters"));
    assertEquals(List.of("Angela Skujins"), Bylines.authors("By Angela Skujins with AP"));
    assertEquals(List.of(), Bylines.authors("The minister said"));
  }

  @Test
  void extractionTitleIsUsedForText() {
    Extraction e = new Extraction("Some body text that is here.", "A title", List.of());
    assertEquals("A title", meta.extract(Seeds.text("Some body text that is here."), e).title());
  }
}
