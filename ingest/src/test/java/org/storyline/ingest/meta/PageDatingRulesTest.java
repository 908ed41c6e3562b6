package org.storyline.ingest.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storyline.core.document.Metadata;
import org.storyline.core.document.SourceDocument;
import org.storyline.core.document.SourceFormat;
import org.storyline.core.document.SourceRef;
import org.storyline.ingest.html.HtmlMainTextExtractor;

/** Page text for dating, the reading order of numeric days, and stamps marked by class. */
class PageDatingRulesTest {
  private static final String BODY = "<p>Negotiators from both delegations met again behind closed doors in the old "
      + "customs house, and a spokesman said afterwards that the talks on prisoner exchanges had moved forward.</p>"
      + "<p>Neither side gave figures, but a second round is planned for the spring, he told reporters, adding "
      + "that the mediators had asked both capitals to keep the details out of the press until then.</p>";

  private static String dateOf(String html) {
    SourceDocument doc = new SourceDocument(new SourceRef("p.html", "https://news.test/story", SourceFormat.HTML, null),
        html, true, null, null, null, null);
    Metadata m = new PageMetadataExtractor().extract(doc, new HtmlMainTextExtractor().extract(doc));
    return m.published() == null ? null : m.published().date();
  }

  @Test
  void adjacentElementsDoNotRunTogether() {
    Document page = Jsoup.parse("<div><span>Filed</span><span>July 30, 2019</span><time>January 18, 2023</time>"
        + "<b>bold</b>face</div>");
    String text = PageText.of(page.body());
    assertTrue(text.contains("Filed July 30, 2019 January 18, 2023"), text);
    assertTrue(text.contains("boldface"), text); // inline emphasis does not split a word
    assertEquals(LocalDate.of(2019, 7, 30), DateText.parse(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<span class=\"updated\">x</span>|Updated: ",
      "<time class=\"entry-date published\">x</time>|Published: ",
      "<span itemprop=\"dateModified\">x</span>|Updated: ",
      "<div class=\"header__datemodified\">x</div>|Updated: ",
      "<time class=\"entry-date published updated\">x</time>|",
      "<span class=\"author-name\">x</span>|",
  })
  void stampsMarkedByClassGetTheirLabel(String html, String label) {
    assertEquals(label == null ? "" : label, PageText.label(Jsoup.parse(html).body().child(0)).strip());
  }

  @Test
  void aPublishedStampMarkedByClassBeatsAnUpdatedOneBeforeIt() {
    String html = "<html><body><article><h1>Talks on prisoner exchanges move forward</h1>"
        + "<div class=\"meta\"><time class=\"updated\" datetime=\"2024-05-21\">May 21, 2024</time>"
        + "<time class=\"entry-date published\" datetime=\"2024-04-24\">April 24, 2024</time></div>"
        + BODY + "</article></body></html>";
    assertEquals("2024-04-24", dateOf(html));
  }

  @Test
  void numericDaysFollowThePagesOwnOrder() {
    String us = "<html lang=\"en-US\"><body><article><h1>Ceasefire monitors arrive in the north</h1>"
        + "<p class=\"date\">8/1/2025</p>" + BODY + "</article></body></html>";
    assertEquals("2025-08-01", dateOf(us));
    String british = "<html lang=\"en-GB\"><body><article><h1>Ceasefire monitors arrive in the north</h1>"
        + "<p class=\"date\">8/1/2025</p>" + BODY + "</article></body></html>";
    assertEquals("2025-01-08", dateOf(british));
    // an unambiguous day elsewhere on the page settles the order whatever the language says
    String evidence = "<html lang=\"en-GB\"><body><article><h1>Ceasefire monitors arrive in the north</h1>"
        + "<p class=\"date\">09.10.2024</p>" + BODY + "</article><aside><p>Older: 11.24.2023</p></aside></body></html>";
    assertEquals("2024-09-10", dateOf(evidence));
  }

  @Test
  void aTimeElementShowsHowItsDigitsAreMeant() {
    Document monthFirst = Jsoup.parse("<html lang=\"fr\"><body><time datetime=\"2023-03-04\">3/4/2023</time></body></html>");
    assertTrue(NumericDateOrder.monthFirst(monthFirst, PageText.of(monthFirst.body())));
    Document dayFirst = Jsoup.parse("<html lang=\"en-US\"><body><time datetime=\"2023-03-04\">4/3/2023</time></body></html>");
    assertFalse(NumericDateOrder.monthFirst(dayFirst, PageText.of(dayFirst.body())));
  }

  @Test
  void dateTextReadsAmbiguousDaysInTheOrderAsked() {
    assertEquals(LocalDate.of(2022, 5, 6), DateText.first("on 05/06/2022", true).date());
    assertEquals(LocalDate.of(2022, 6, 5), DateText.first("on 05/06/2022", false).date());
    // unambiguous days ignore the preference
    assertEquals(LocalDate.of(2022, 6, 25), DateText.first("25/06/2022", true).date());
    assertEquals(LocalDate.of(2022, 6, 25), DateText.first("06/25/2022", false).date());
    // a month name glued to the year of another stamp is still read
    assertEquals(LocalDate.of(2019, 7, 30), DateText.parse("July 30, 2019January 18, 2023"));
  }

  @Test
  void seededRandomNumericDaysRoundTrip() {
    Random random = new Random(17);
    for (int i = 0; i < 300; i++) {
      LocalDate d = LocalDate.of(1990 + random.nextInt(35), 1 + random.nextInt(12), 1 + random.nextInt(28));
      String us = d.getMonthValue() + "/" + d.getDayOfMonth() + "/" + d.getYear();
      String eu = d.getDayOfMonth() + "." + d.getMonthValue() + "." + d.getYear();
      assertEquals(d, DateText.first("Posted " + us, true).date(), us);
      assertEquals(d, DateText.first("Posted " + eu, false).date(), eu);
    }
  }

  @Test
  void withoutAHeadlineElementTheStatedTitleLocatesTheByline() {
    String html = "<html><head><meta property=\"og:title\" content=\"Grain corridor reopens after talks\"></head>"
        + "<body><div class=\"hero\"><div class=\"big\">Grain corridor reopens after talks</div>"
        + "<div>Desk team</div><div>Feb 16, 2024</div></div>" + BODY + "</body></html>";
    assertEquals("2024-02-16", dateOf(html));
  }

  @Test
  void anUpdateStampAnywhereIsTheLastEvidenceBeforeNothing() {
    // the stamp stands far below the headline, out of the byline zone
    String html = "<html><body><article><h1>Grain corridor reopens after talks</h1>" + BODY + BODY.replace("spring", "summer")
        + "<div class=\"x\">Our reviewers check every claim. Updated March 13, 2024</div></article></body></html>";
    SourceDocument doc = new SourceDocument(new SourceRef("p.html", "https://news.test/story", SourceFormat.HTML,
        null), html, true, null, null, null, null);
    Metadata m = new PageMetadataExtractor().extract(doc, new HtmlMainTextExtractor().extract(doc));
    assertEquals("2024-03-13", m.published().date());
    assertTrue(m.published().confidence() < 0.5, "an update stamp is weak evidence of publication");
    assertEquals(LocalDate.of(2024, 3, 13), PublicationDateFinder.updatedDate("x Last updated: 03/13/2024", false));
    assertEquals(null, PublicationDateFinder.updatedDate("we updated our guide in March 2024 after tests", false));
  }
}
