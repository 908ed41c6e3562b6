package org.storyline.nlp.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storyline.core.claim.Claim;
import org.storyline.core.claim.ClaimKind;
import org.storyline.core.claim.EventFrame;
import org.storyline.core.claim.EventType;
import org.storyline.core.claim.Stance;
import org.storyline.core.document.Article;
import org.storyline.core.document.DroppedBlock;
import org.storyline.core.document.SourceFormat;
import org.storyline.core.document.SourceRef;
import org.storyline.core.time.DateBasis;
import org.storyline.core.time.DateSpan;
import org.storyline.core.time.Granularity;
import org.storyline.core.time.PublicationDate;

/** Re-dating a claim's expression against another window, and an article's own window; sentences written for this test. */
class ClaimRedatingTest {
  private static Claim claim(String sentence, String expression, Stance stance) {
    DateSpan unplaced = DateSpan.unknown("X", expression, "unresolved");
    return new Claim("claim-1", "doc-1", sentence, 0, sentence.length(), ClaimKind.EVENT,
        new EventFrame(EventType.CONSULT, "visit", "visit"), List.of(), null, unplaced, List.of(), null, stance,
        null, null, 0.8);
  }

  private static Article article(PublicationDate published, String body, List<DroppedBlock> dropped) {
    return new Article("doc-1", new SourceRef("a.txt", null, SourceFormat.TEXT, null), null, null, List.of(), published,
        "en", body, null, dropped);
  }

  /** sentence; expression; stance; window; expected start; end; granularity; modifier. */
  @ParameterizedTest(name = "{0} [{3}]")
  @CsvSource(delimiter = ';', value = {
      "The prime minister will fly to Ankara on Tuesday.; Tuesday; PLANNED; 2024-05-29..2024-06-25; 2024-06-01; 2024-06-30; MONTH; -",
      "The prime minister will fly to Ankara on Tuesday.; Tuesday; PLANNED; 2024-06-12..2024-06-12; 2024-06-18; 2024-06-18; DAY; -",
      "The two envoys met in Doha on Friday.; Friday; REPORTED; 2024-09-13..2024-09-19; 2024-09-13; 2024-09-13; DAY; -",
      "The two envoys met in Doha on Friday.; Friday; REPORTED; 2024-07-01..2024-12-31; 2024-01-01; 2024-12-31; YEAR; -",
      "The talks will run until May 24, the ministry said.; May 24; PLANNED; 2024-05-20..2024-05-22; -; 2024-05-24; DAY; until",
      "The convoy crossed the border on May 20.; May 20; REPORTED; 2024-05-21..2024-12-31; 2024-05-20; 2024-05-20; DAY; -",
      "The convoy crossed the border on May 20.; May 20; REPORTED; 2024-05-10..2024-12-31; -; -; UNKNOWN; -"})
  void redatesAgainstTheWindow(String sentence, String expression, Stance stance, String window, String start,
      String end, Granularity g, String modifier) {
    String[] w = window.split("\\.\\.");
    DateSpan d = ClaimRedating.redate(claim(sentence, expression, stance), LocalDate.parse(w[0]), LocalDate.parse(w[1]));
    assertEquals(start.equals("-") ? null : LocalDate.parse(start), d.start(), "start");
    assertEquals(end.equals("-") ? null : LocalDate.parse(end), d.end(), "end");
    assertEquals(g, d.granularity());
    assertEquals(modifier.equals("-") ? null : modifier, d.modifier());
    assertEquals(expression, d.text());
    assertEquals(d.isPlaced() ? "inferred" : "unresolved", d.basis());
  }

  /** What had happened by a report's day stays bounded by that day when the day is placed again. */
  @Test
  void anEndBoundStaysAnEndBound() {
    String sentence = "On March 3, the prosecutor said his office had obtained the first evidence.";
    DateSpan unplaced = new DateSpan(null, null, Granularity.UNKNOWN, "XXXX-03-03", "March 3", "unresolved", "before");
    Claim c = claim(sentence, "March 3", Stance.REPORTED).withDate(unplaced);
    DateSpan d = ClaimRedating.redate(c, LocalDate.of(2024, 3, 10), LocalDate.of(2024, 12, 31));
    assertNull(d.start(), "no start: the evidence was obtained at some time before the report");
    assertEquals(LocalDate.of(2024, 3, 3), d.end());
    assertEquals("before", d.modifier());
    assertEquals("inferred", d.basis());
    DateSpan open = ClaimRedating.redate(c, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 12, 31));
    assertSame(unplaced, open, "a window that cannot place the day keeps the old date");
  }

  @Test
  void explicitDatesAndMissingExpressionsStayAsTheyAre() {
    DateSpan explicit = DateSpan.day(LocalDate.of(2023, 9, 13), "13 September 2023", "explicit");
    Claim c = claim("The summit opened on 13 September 2023.", "13 September 2023", Stance.REPORTED).withDate(explicit);
    assertSame(explicit, ClaimRedating.redate(c, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1)));
    Claim gone = claim("The summit opened after a delay.", "Monday", Stance.REPORTED);
    assertSame(gone.date(), ClaimRedating.redate(gone, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1)));
    assertNull(ClaimRedating.redate(gone.withDate(null), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1)));
  }

  @Test
  void windowOfAnArticle() {
    DateSpan given = ClaimRedating.windowOf(article(PublicationDate.of(LocalDate.of(2024, 3, 9), DateBasis.GIVEN, 1.0),
        "Talks resumed.", List.of()));
    assertEquals(LocalDate.of(2024, 3, 9), given.start());
    assertEquals(LocalDate.of(2024, 3, 9), given.end());
    assertNull(ClaimRedating.windowOf(article(null, "Talks resumed on Monday.", List.of())));
    DateSpan own = ClaimRedating.windowOf(article(null,
        "The ministers met on January 4, 2024. In March, the envoy resigned.", List.of()));
    assertEquals(LocalDate.of(2024, 3, 1), own.start());
    assertEquals(LocalDate.of(2024, 12, 31), own.end());
    assertEquals("inferred", own.basis());
    DateSpan captioned = ClaimRedating.windowOf(article(null, "Talks resumed on Monday.",
        List.of(new DroppedBlock("The two ministers in Ankara, 2 February 2025", "caption"))));
    assertEquals(LocalDate.of(2025, 2, 2), captioned.start());
    assertNull(captioned.end());
  }
}
