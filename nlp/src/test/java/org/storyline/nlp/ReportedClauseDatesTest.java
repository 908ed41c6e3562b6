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
 * What the date of a speech verb ("announced on January 11 that ...") says of the event it
 * reports: a completed event happened by then (an end bound), an ongoing one held then (the
 * day itself), a plan or the content of a noun ("suspicions that ...") takes nothing from it.
 * Sentences written for this test, from several conflicts.
 */
class ReportedClauseDatesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      On 4 March, Dutch prosecutors announced that they had obtained new evidence of the missile launch. | obtained | 2024-03-04
      Al Jazeera reported on Tuesday that Qatar has started to deliver fuel to Gaza. | deliver | 2024-03-26
      On February 20, the Latvian foreign ministry confirmed that Washington had imposed sanctions on three Belarusian banks. | imposed | 2024-02-20
      In January, the monitors said that the rebels had shelled two villages near Goma. | shelled | 2024-01-31
      Iran has started to supply drones to Sudan's army, a Western diplomat said on Tuesday. | supply | 2024-03-26
      """)
  void aCompletedEventHappenedByTheDayItWasReported(String sentence, String trigger, String lastDay) {
    DocumentAnalysis a = analyze(sentence, "2024-03-28");
    Claim c = event(a, trigger);
    DateSpan d = c.date();
    assertNotNull(d, Analyses.describe(a));
    assertNull(d.start(), "not placed on the report's days: " + d);
    assertEquals(LocalDate.parse(lastDay), d.end(), d.toString());
    assertEquals("before", d.modifier());
  }

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
      On March 6, the agency said that it had obtained plans of Russian attacks on the capital. | attacks
      """)
  void aPlanOrTheContentOfASuspicionTakesNothingFromTheReportsDay(String sentence, String trigger) {
    DocumentAnalysis a = analyze(sentence, "2024-03-28");
    Claim c = event(a, trigger);
    assertNull(c.date(), Analyses.describe(a) + " " + c.date());
  }
}
