package org.storyline.nlp.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storyline.core.time.DateBasis;
import org.storyline.core.time.Granularity;
import org.storyline.core.time.PublicationDate;

class DocumentDateInferenceTest {
  private final DocumentDateInference inference = new DocumentDateInference();

  @Test
  void yearlessPastMonthAfterTheLatestFullDatePushesTheLowerBound() {
    Anchor a = inference.infer("Missiles struck Kharkiv on January 2, 2024. In July, the minister revealed the "
        + "scale of the transfers.", List.of());
    assertEquals(LocalDate.of(2024, 7, 1), a.earliest());
    assertEquals(LocalDate.of(2024, 12, 31), a.latest());
    assertEquals("inferred", a.basis());
    PublicationDate p = inference.asPublicationDate(a).orElseThrow();
    assertEquals("2024", p.date());
    assertEquals(DateBasis.INFERRED, p.basis());
  }

  @Test
  void yearlessMonthBeforeTheFullDatePushesNothing() {
    Anchor a = inference.infer("The ceasefire collapsed on 26 July 2023. In February, the army had regrouped.",
        List.of());
    assertEquals(LocalDate.of(2023, 7, 26), a.earliest());
    assertNull(a.latest());
    assertEquals(Optional.empty(), inference.asPublicationDate(a));
  }

  @Test
  void futureDatesAreNotEvidenceOfWhenTheTextWasWritten() {
    Anchor a = inference.infer("Talks began on 1 March 2024. The summit will be held on 5 May 2030.", List.of());
    assertEquals(LocalDate.of(2024, 3, 1), a.earliest());
  }

  @Test
  void captionsDroppedByTheExtractorCount() {
    Anchor a = inference.infer("The leaders inspected a launch pad and talked for hours.",
        List.of("Kim and Putin at the cosmodrome, 13 September 2023"));
    assertEquals(LocalDate.of(2023, 9, 13), a.earliest());
  }

  @Test
  void lastMonthNameBoundsBothSides() {
    Anchor a = inference.infer("Relations warmed after a summit on 13 September 2023. Trade grew sharply last "
        + "September, customs data showed.", List.of());
    assertEquals(LocalDate.of(2023, 10, 1), a.earliest());
    assertEquals(LocalDate.of(2024, 9, 30), a.latest());
    assertEquals("2024", inference.asPublicationDate(a).orElseThrow().date());
  }

  @Test
  void nothingDatedGivesNothing() {
    assertTrue(inference.infer("Officials met on Friday and will meet again in May.", List.of()).isUnknown());
    assertTrue(inference.infer("Only the year 2025 is mentioned here.", null).isUnknown());
    assertEquals(Optional.empty(), inference.asPublicationDate(Anchor.unknown()));
  }

  @Test
  void publicationDatePrecisionFollowsTheWindow() {
    Anchor month = new Anchor(LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 28), "inferred");
    assertEquals("2024-06", inference.asPublicationDate(month).orElseThrow().date());
    Anchor day = Anchor.day(LocalDate.of(2024, 6, 3), "inferred");
    assertEquals(Granularity.DAY, inference.asPublicationDate(day).orElseThrow().granularity());
    Anchor split = new Anchor(LocalDate.of(2024, 7, 1), LocalDate.of(2025, 6, 30), "inferred");
    assertTrue(inference.asPublicationDate(split).isEmpty(), "no year holds most of the window");
    Anchor mostly = new Anchor(LocalDate.of(2024, 3, 1), LocalDate.of(2025, 1, 31), "inferred");
    PublicationDate p = inference.asPublicationDate(mostly).orElseThrow();
    assertEquals("2024", p.date());
    assertTrue(p.confidence() < 0.7 && p.confidence() > 0.5, "confidence " + p.confidence());
  }
}
