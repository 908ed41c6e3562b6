package org.storyline.ingest.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storyline.core.document.Metadata;
import org.storyline.core.document.SourceDocument;
import org.storyline.core.document.SourceFormat;
import org.storyline.core.document.SourceRef;
import org.storyline.ingest.html.HtmlMainTextExtractor;

/**
 * Which of several dates a page shows or states is its publication date: update stamps against
 * stated publication times, modification days shown as bylines, time-zone shifts, headline
 * repeats, teaser cards, "originally published" notes and author bylines without markup.
 */
class PublicationDateRulesTest {
  private static final String BODY = "<p>Engineers from the two utilities reconnected the last of the damaged lines "
      + "on Tuesday evening, restoring power to the villages along the river for the first time in a week.</p>"
      + "<p>The regional governor said repair crews had worked in shifts through the storm and that the "
      + "cost of the damage would be known once insurers had finished their survey of the valley.</p>";
  private static final String OG = "<meta property=\"article:published_time\" content=\"%s\">";
  private static final String LD = "<script type=\"application/ld+json\">{\"@type\":\"Article\","
      + "\"datePublished\":\"%s\",\"dateModified\":\"%s\"}</script>";

  private static String dateOf(String html) {
    SourceDocument doc = new SourceDocument(new SourceRef("p.html", "https://news.test/power", SourceFormat.HTML,
        null), html, true, null, null, null, null);
    Metadata m = new PageMetadataExtractor().extract(doc, new HtmlMainTextExtractor().extract(doc));
    return m.published() == null ? null : m.published().date();
  }

  private static String page(String head, String byline) {
    return "<html><head>" + head + "</head><body><article><h1>Power restored to the river villages</h1>"
        + byline + BODY + "</article></body></html>";
  }

  @Test
  void anUpdateStampShownAloneBeatsSchemaOrgButYieldsToOpenGraph() {
    String shown = "<div>By Ana Ruiz · Updated March 9, 2024</div>";
    // JSON-LD of a guide rewritten since: the page shows only its revision
    assertEquals("2024-03-09", dateOf(page(LD.formatted("2019-05-02", "2024-03-09"), shown)));
    assertEquals("2024-03-09", dateOf(page("<meta itemprop=\"datePublished\" content=\"2019-05-02\">", shown)));
    // an Open Graph publication time is stated for this version
    assertEquals("2023-11-20", dateOf(page(OG.formatted("2023-11-20T08:00:00Z"), shown)));
  }

  @Test
  void aShownDayThatIsTheStatedModificationYieldsToTheStatedPublication() {
    String head = OG.formatted("2024-06-02T10:00:00Z")
        + "<meta property=\"article:modified_time\" content=\"2024-08-15T07:00:00Z\">";
    assertEquals("2024-06-02", dateOf(page(head, "<div>Ana Ruiz · August 15, 2024</div>")));
    // a shown day the page does not state as a modification stays
    assertEquals("2024-08-14", dateOf(page(head, "<div>Ana Ruiz · August 14, 2024</div>")));
    // a day off the stated time is that time in another zone: the stated one is taken
    assertEquals("2024-06-02", dateOf(page(head, "<div>Ana Ruiz · June 1, 2024</div>")));
    assertEquals("2024-06-02", dateOf(page(head, "<div>Ana Ruiz · June 3, 2024</div>")));
  }

  @Test
  void aReleaseDateInTheBylineZoneIsNotAPublicationLabel() {
    String byline = "<div>by Mira · Dec 20, 2025 at 3:00 am</div><div class=\"box\"><p>The Salt Road</p>"
        + "<p>Author: T. Okafor Released: June 17, 2025 by Harbour Books</p></div>";
    assertEquals("2025-12-20", dateOf(page("", byline)));
  }

  @Test
  void aRepeatedHeadlineIsReadAtEachNearbyAppearanceButNotInComments() {
    String hero = "<html><body><div class=\"hero\"><div class=\"t\">Power restored to the river villages</div>"
        + "<div>Grid desk · April 2, 2024 · 4 min</div></div><article><h1>Power restored to the river villages</h1>"
        + "<div>Last update: May 30, 2024</div>" + BODY + "</article></body></html>";
    assertEquals("2024-04-02", dateOf(hero));
    StringBuilder far = new StringBuilder("<html><body><article><h1>Power restored to the river villages</h1>"
        + "<div>Updated: May 30, 2024</div>" + BODY);
    for (int i = 0; i < 12; i++) {
      far.append(BODY);
    }
    far.append("</article><section class=\"replies\"><p>Power restored to the river villages Lou says: "
        + "Published: June 4, 2024 at 9:12 pm</p></section></body></html>");
    assertEquals("2024-05-30", dateOf(far.toString()));
  }

  @Test
  void aStatedTitleWithTheSiteNameLocatesTheByline() {
    String html = "<html><head><meta property=\"og:title\" content=\"Power restored to the river villages | The Valley "
        + "Courier\"></head><body><div class=\"head\"><div>Power restored to the river villages</div>"
        + "<div>Valley desk Feb 16, 2024</div></div>" + BODY + "</body></html>";
    assertEquals("2024-02-16", dateOf(html));
  }

  @Test
  void anOriginallyPublishedNoteNamesTheFirstPublication() {
    String html = page("", "<div>Sam Lee 30 Sep 2022, 11:07am</div>")
        .replace("</article>", "<p>This article was originally published on 26 Sep 2019 at 4:12pm and has "
            + "been updated since.</p></article>");
    assertEquals("2019-09-26", dateOf(html));
    assertEquals(LocalDate.of(2021, 5, 3), PublicationDateFinder.originallyPublished(
        "It originally appeared in The Harbour Review on May 3, 2021.", false));
    // a date in the next sentence is not the note's
    assertNull(PublicationDateFinder.originallyPublished(
        "This piece was originally published elsewhere. On May 3, 2021 the port closed.", false));
  }

  @Test
  void timeElementsOfTeaserCardsAndUpdateTextDoNotDate() {
    String cards = "<html><body><article><h1>Power restored</h1>" + BODY + "</article>"
        + "<div class=\"article-card\"><time datetime=\"2025-10-23\">23 October 2025</time></div>"
        + "<time datetime=\"2025-11-12\">Page updated: 12 November 2025</time></body></html>";
    assertEquals(null, PublicationDateFinder.timeElement(org.jsoup.Jsoup.parse(cards), false));
    // a promoted article's own stamp is not a promotion box
    String promoted = "<html><body><article class=\"node--promoted\"><time datetime=\"2025-12-19T15:55:39-08:00\">"
        + "12/19 — 2025</time>" + BODY + "</article></body></html>";
    assertEquals(LocalDate.of(2025, 12, 19), PublicationDateFinder.timeElement(org.jsoup.Jsoup.parse(promoted), false));
  }

  @Test
  void aTimeLabelledPublishedInASidePanelBeatsTeaserTimes() {
    String html = "<html><body><div class=\"grid\"><div class=\"card\"><span>Guidance</span>"
        + "<time datetime=\"2019-01-17\">17 Jan 2019</time></div></div><div class=\"sidebar\"><h4>Published</h4>"
        + "<h3 class=\"sr-only\">Publish date</h3><time datetime=\"2018-11-15T12:00:00Z\">15 November 2018</time>"
        + "<h4>Reviewed</h4><time datetime=\"2020-10-08\">8 October 2020</time></div>"
        + "<div class=\"comments\"><span>Posted on</span><time datetime=\"2021-02-02\">2 Feb 2021</time></div></body></html>";
    assertEquals(LocalDate.of(2018, 11, 15), PublicationDateFinder.timeElement(org.jsoup.Jsoup.parse(html), false));
    // without the label, nothing dates the page: the side panel, the teaser card and the comment
    // thread (whose "Posted on" is a reader's post) are all passed over
    String unlabelled = html.replace("<h3 class=\"sr-only\">Publish date</h3>", "").replace("<h4>Published</h4>", "");
    assertNull(PublicationDateFinder.timeElement(org.jsoup.Jsoup.parse(unlabelled), false));
  }

  @Test
  void pageDataInAnEscapedAttributeIsRead() {
    assertEquals(LocalDate.of(2025, 11, 17), PublicationDateFinder.scriptDate(
        "<div data-ld=\"{&quot;dateModified&quot;:&quot;2025-11-19&quot;,&quot;datePublished&quot;:&quot;2025-11-17T09:00"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Written by Ana Ruiz and Tom Berg April 8, 2024 Share;2024-04-08",
      "By Ana Ruiz | 8 April 2024;2024-04-08",
      "By: Kofi J. Mensah, 2024-04-08;2024-04-08",
      "photos by the crew on April 8, 2024;",
      "Written by Ana Ruiz. In April 8, 2024 news;",
  })
  void anAuthorBylineDatesAPageWithNothingElse(String shown, String expected) {
    String html = "<html><body><article>" + BODY + "<div>" + shown + "</div></article></body></html>";
    assertEquals(expected, dateOf(html));
  }

  @Test
  void seededRandomUpdateAndPublicationStampsNeverSwap() {
    Random random = new Random(41);
    String[] months = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"};
    for (int i = 0; i < 40; i++) {
      LocalDate published = LocalDate.of(2015 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28));
      LocalDate updated = published.plusDays(2 + random.nextInt(400));
      String p = months[published.getMonthValue() - 1] + " " + published.getDayOfMonth() + ", " + published.getYear();
      String u = months[updated.getMonthValue() - 1] + " " + updated.getDayOfMonth() + ", " + updated.getYear();
      String byline = random.nextBoolean() ? "<div>Updated " + u + " · Published " + p + "</div>"
          : "<div>Published: " + p + " | Last updated: " + u + "</div>";
      assertEquals(published.toString(), dateOf(page("", byline)), byline);
    }
  }
}
