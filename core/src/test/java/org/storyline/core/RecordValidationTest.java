package org.storyline.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storyline.core.claim.Bound;
import org.storyline.core.claim.Claim;
import org.storyline.core.claim.ClaimKind;
import org.storyline.core.claim.Quantity;
import org.storyline.core.claim.Stance;
import org.storyline.core.entity.EntityType;
import org.storyline.core.entity.Mention;
import org.storyline.core.id.StableId;
import org.storyline.core.text.Span;
import org.storyline.core.time.DateBasis;
import org.storyline.core.time.DateSpan;
import org.storyline.core.time.Granularity;
import org.storyline.core.time.PublicationDate;

/** The core records refuse what the contract forbids and render dates at their precision. */
class RecordValidationTest {
  @Test
  void spansAreHalfOpenAndOrdered() {
    assertThrows(IllegalArgumentException.class, () -> new Span(-1, 2));
    assertThrows(IllegalArgumentException.class, () -> new Span(5, 4));
    Span s = new Span(2, 5);
    assertEquals("cde", s.of("abcdefg"));
    assertTrue(s.overlaps(new Span(4, 9)));
    assertFalse(s.overlaps(new Span(5, 9)), "end is exclusive");
    assertTrue(new Span(0, 10).contains(s));
  }

  @Test
  void spanSweepAgreesWithSubstring() {
    String text = "Pyongyang";
    for (int a = 0; a <= text.length(); a++) {
      for (int b = a; b <= text.length(); b++) {
        Span s = new Span(a, b);
        assertEquals(text.substring(a, b), s.of(text));
        assertEquals(b - a, s.length());
        assertTrue(s.fitsIn(text));
      }
    }
  }

  @Test
  void dateSpansRenderAtTheirPrecision() {
    assertEquals("2024-06", DateSpan.month(2024, 6, "In June", "document").isoStart());
    assertEquals("2024-06", DateSpan.month(2024, 6, "In June", "document").isoEnd());
    assertEquals(LocalDate.of(2024, 2, 29), DateSpan.month(2024, 2, "February", "explicit").end());
    assertEquals("2023", DateSpan.year(2023, "2023", "explicit").isoEnd());
    assertEquals("2023-09-13", DateSpan.day(LocalDate.of(2023, 9, 13), "Sept. 13", "explicit").isoStart());
    DateSpan unknown = DateSpan.unknown("XXXX-05-20", "May 20", "unresolved");
    assertFalse(unknown.isPlaced());
    assertEquals(Granularity.UNKNOWN, unknown.granularity());
    assertFalse(unknown.overlaps(DateSpan.year(2024, "2024", "explicit")), "an unplaced date overlaps nothing");
    assertTrue(DateSpan.month(2023, 9, "September", "document").overlaps(DateSpan.day(LocalDate.of(2023, 9, 13), "13", "explicit")));
    assertThrows(IllegalArgumentException.class,
        () -> new DateSpan(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1), Granularity.DAY, null, null, null, null));
  }

  @Test
  void randomDaysRoundTripThroughIsoParsing() {
    Random r = new Random(42);
    for (int i = 0; i < 500; i++) {
      LocalDate d = LocalDate.of(1950, 1, 1).plusDays(r.nextInt(40_000));
      assertEquals(d, DateSpan.parseStart(d.toString()));
      assertEquals(d.withDayOfMonth(1), DateSpan.parseStart(d.toString().substring(0, 7)));
      assertEquals(d.withDayOfMonth(d.lengthOfMonth()), DateSpan.parseEnd(d.toString().substring(0, 7)));
      assertEquals(LocalDate.of(d.getYear(), 12, 31), DateSpan.parseEnd(d.toString().substring(0, 4)));
    }
  }

  @Test
  void publicationDatesFollowTheContractPattern() {
    assertEquals(Granularity.MONTH, new PublicationDate("2024-06", null, DateBasis.INFERRED, 0.5).granularity());
    for (String bad : List.of("2024-6-1", "24-06-01", "2024-13", "2024-02-30", "June 2024", "")) {
      assertThrows(RuntimeException.class, () -> new PublicationDate(bad, null, DateBasis.TEXT, 0.9), bad);
    }
    assertThrows(IllegalArgumentException.class, () -> new PublicationDate("2024", null, DateBasis.GIVEN, 1.5));
  }

  @Test
  void mentionsAndClaimsMustFitTheirText() {
    assertThrows(IllegalArgumentException.class, () -> new Mention("d", new Span(0, 3), "Kim Jong Un", EntityType.PERSON, null));
    assertThrows(IllegalArgumentException.class, () -> new Claim("c", "d", "A met B.", 0, 3, ClaimKind.STATEMENT, null,
        List.of(), null, null, List.of(), null, Stance.ASSERTED, null, null, 0.5));
    assertThrows(IllegalArgumentException.class, () -> new Claim("c", "d", "A met B.", 0, 8, ClaimKind.EVENT, null,
        List.of(), null, null, List.of(), null, Stance.ASSERTED, null, null, 0.5), "an event claim needs its event");
    assertThrows(IllegalArgumentException.class, () -> new Quantity(5, 10.0, 2.0, Bound.RANGE, null, "x", "10 to 2"));
    assertThrows(IllegalArgumentException.class, () -> new Quantity(Double.NaN, null, null, Bound.EXACT, null, "x", "?"));
  }

  @Test
  void stableIdsDependOnEveryPartAndOnlyOnThem() {
    assertEquals(StableId.of("doc", "a", "b"), StableId.of("doc", "a", "b"));
    assertFalse(StableId.of("doc", "ab", "").equals(StableId.of("doc", "a", "b")), "parts are separated");
    assertFalse(StableId.of("doc", (String) null).equals(StableId.of("doc", "null")));
    assertTrue(StableId.of("event", "x").matches("event-[0-9a-f]{16}"));
  }
}
