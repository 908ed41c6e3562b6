package org.storyline.nlp.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storyline.nlp.time.Anchor;
import org.storyline.nlp.time.ResolvedTime;
import org.storyline.nlp.time.TemporalResolver;
import org.storyline.nlp.time.Tense;

/**
 * Which date expressions of a sentence form one coordination (text only, no parser): sentences
 * written for this test; the group of the first expression of each, as written, joined by "+".
 */
class CoordinatedDatesTest {
  private static final TemporalResolver RESOLVER = new TemporalResolver();
  private static final Anchor ANCHOR = Anchor.day(LocalDate.of(2024, 9, 14), "given");

  private static String groupOfFirst(String text) {
    List<ResolvedTime> times = RESOLVER.resolve(text, ANCHOR, Tense.PAST);
    assertTrue(!times.isEmpty(), "no date in " + text);
    return CoordinatedDates.with(text, times.get(0), times).stream().map(ResolvedTime::text)
        .collect(Collectors.joining("+"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Missiles hit Kharkiv on December 30, 2023, and again on January 2 and 6, 2024.|December 30, 2023+January 2+6, 2024
      Talks were held on 2 and 5 June.|2+5 June
      The convoys crossed on May 2, 9 and 16.|May 2+9+16
      Drones struck the port on Monday and Wednesday.|Monday+Wednesday
      Shelling was reported on 4 March, on 6 March and then again on 9 March.|4 March+6 March+9 March
      The ministers met in June and, once more, in September.|June+September
      Elections took place in 2019 as well as in 2023.|2019+2023
      Inspectors visited the plant on March 3 and also on March 17.|March 3+March 17
      The talks will run from 2 to 5 June in Geneva.|2 to 5 June
      The border was closed between 2019 and 2021.|2019 and 2021
      Fighting flared on May 20-24 near the river.|May 20-24
      The strike came on 3 March, two days after the vote on 1 March.|3 March
      The drone attack happened on May 2 or May 3.|May 2
      Troops attacked on July 19 and the navy struck on July 21.|July 19
      The mission lasted until May 24 and resumed on June 3.|May 24
      The embargo has held since 2022 and since March 2023 covers fuel.|2022
      The treaty was signed in June; in July the parliament ratified it.|June
      """)
  void theGroupOfTheFirstDate(String text, String expected) {
    assertEquals(expected, groupOfFirst(text));
  }

  @Test
  void aDateStandingAloneIsItsOwnGroup() {
    String text = "The envoy arrived on Friday.";
    List<ResolvedTime> times = RESOLVER.resolve(text, ANCHOR, Tense.PAST);
    assertEquals(times, CoordinatedDates.with(text, times.get(0), times));
  }

  /** Seeded random lists of days of one month: every day of the list is in the group, in order. */
  @Test
  void everyDayOfARandomListIsCoordinated() {
    Random random = new Random(20240914L);
    String[] months = {"January", "March", "May", "July", "October", "December"};
    for (int round = 0; round < 60; round++) {
      int n = 2 + random.nextInt(4);
      String month = months[random.nextInt(months.length)];
      StringBuilder days = new StringBuilder();
      int day = 1 + random.nextInt(3);
      StringBuilder expected = new StringBuilder();
      for (int i = 0; i < n; i++) {
        String sep = i == 0 ? "" : i == n - 1 ? (random.nextBoolean() ? " and " : ", and again on ") : ", ";
        days.append(sep).append(day);
        expected.append(i == 0 ? month + " " + day : "+" + day);
        day += 1 + random.nextInt(5);
      }
      String text = "Shells hit the town on " + month + " " + days + ", officials said.";
      assertEquals(expected.toString(), groupOfFirst(text), text);
    }
  }
}
