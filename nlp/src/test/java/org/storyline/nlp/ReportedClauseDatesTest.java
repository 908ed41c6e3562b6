package org.storyline.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.storyline.nlp.Analyses.analyze;
import static org.storyline.nlp.Analyses.event;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storyline.core.claim.Claim;
import org.storyline.core.stage.DocumentAnalysis;
import org.storyline.core.time.DateSpan;

/**
 * What the date of a speech verb ("said on February 3 that ...") says of the event it reports:
 * an ongoing one held then (the day itself); a plan or the content of a noun ("suspicions that
 * ...") takes nothing from it. Sentences written for this test, from several conflicts.
 */
class ReportedClauseDatesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      On February 3, the Finnish border guard said that it was investigating the damage to an undersea cable. | investigating | 2024-02-03 | 2024-02-03
      In January, the mediators said that both sides were continuing talks in Doha. | talks | 2024-01-01 | 2024-01-31
      Polish police are conducting an investigation into the arson attack, the interior ministry said on Monday. | investigation | 2024-03-25 | 2024-03-25
      On March 6, a Pentagon spokesman told reporters that Iran was continuing negotiations with Moscow over drones. | negotiations | 2024-03-06 | 2024-03-06
      Iran is supplying drones to Sudan's army, a Western diplomat said on Tuesday. | supplying | 2024-03-26 | 2024-03-26
      """)
  void anOngoingEventHeldOnTheDayItWasReported(String sentence, String trigger, String first, String last) {
    DocumentAnalysis a = analyze(sentence, "2024-03-28");
    Claim c = event(a, trigger);
    DateSpan d = c.date();
    assertNotNull(d, Analyses.describe(a));
    assertEquals(LocalDate.parse(first), d.start(), d.toString());
    assertEquals(LocalDate.parse(last), d.end(), d.toString());
    assertNull(d.modifier());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      On March 6, the spokesman said that Tehran intended to strike a deal with Moscow soon. | deal
      Seoul's intelligence agency is reviewing suspicions that Minsk has provided Moscow with rifles, it said on March 6. | provided
      On March 6, the ministry said that Belgrade would send troops to the border. | send
      """)
  void aPlanOrTheContentOfASuspicionTakesNothingFromTheReportsDay(String sentence, String trigger) {
    DocumentAnalysis a = analyze(sentence, "2024-03-28");
    Claim c = event(a, trigger);
    assertNull(c.date(), Analyses.describe(a) + " " + c.date());
  }
}
