package org.storyline.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.storyline.nlp.Analyses.analyze;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storyline.core.claim.Claim;
import org.storyline.core.claim.EventType;
import org.storyline.core.stage.DocumentAnalysis;

/**
 * "In their first meeting since 2019": the same parties' earlier occurrence, dated on the since-time
 * as a period of its own. Sentences written for this test.
 */
class PreviousOccurrenceTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The Serbian and Kosovar negotiators met in Brussels on Monday, in their first meeting since 2021. | CONSULT | 2021-01-01 | 2021-12-31
      The Indian prime minister visited Moscow last week, his first visit since 2019. | CONSULT | 2019-01-01 | 2019-12-31
      Armenia and Azerbaijan held talks in Almaty in May, their first face-to-face talks since October 2023. | CONSULT | 2023-10-01 | 2023-10-31
      """)
  void firstSinceImpliesAnEarlierOccurrence(String sentence, EventType type, String first, String last) {
    DocumentAnalysis a = analyze(sentence, "2024-06-20");
    List<Claim> earlier = a.claims().stream()
        .filter(c -> c.event() != null && c.event().type() == type && c.date() != null
            && LocalDate.parse(first).equals(c.date().start()) && LocalDate.parse(last).equals(c.date().end()))
        .toList();
    assertEquals(1, earlier.size(), Analyses.describe(a) + " dates " + a.claims().stream().map(Claim::date).toList());
    Claim e = earlier.get(0);
    assertTrue(e.id().startsWith("claim-"), e.id());
    assertTrue(e.confidence() <= 0.6, "an inferred occurrence is less certain: " + e.confidence());
    assertTrue(a.claims().stream().anyMatch(c -> c != e && c.event() != null && c.event().type() == type
        && c.date() != null && c.date().start() != null && c.date().start().getYear() == 2024),
        "the sentence's own event keeps its own date: " + Analyses.describe(a));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The army shelled the town on Monday, the fiercest shelling since 2022.
      The ministers met in Oslo on Monday, the first time the two had spoken since the war began in 2022.
      Ukraine received the first shipment since March of tanks from Germany on Monday.
      """)
  void sinceWithoutFirstOrAnotherEventNounImpliesNothing(String sentence) {
    DocumentAnalysis a = analyze(sentence, "2024-06-20");
    assertTrue(a.claims().stream().noneMatch(c -> c.id().length() > 0 && c.confidence() <= 0.6 && c.date() != null
        && c.date().start() != null && c.date().start().getYear() < 2024 && c.event() != null),
        Analyses.describe(a));
  }
}
