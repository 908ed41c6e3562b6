package org.storyline.nlp.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;
import org.storyline.core.time.DateBasis;
import org.storyline.core.time.DateSpan;
import org.storyline.core.time.Granularity;
import org.storyline.core.time.PublicationDate;

class TemporalResolverTest {
  private final TemporalResolver resolver = new TemporalResolver();

  @ParameterizedTest
  @ValueSource(strings = {
      "Russia fired 122 mm artillery shells at the town.",
      "The meeting lasted two days.",
      "It was his first trip to the country in 24 years.",
      "The strike happened at 7:27 PM local time.",
      "The fighter was a Su-27 and the missile a KN-23.",
      "He paid $2,000 for the drone.",
      "About 2,019 soldiers were counted.",
      "May I ask a question of the minister?",
      "The march began at noon.",
      "Officials may meet again soon.",
      "They celebrated the 70th anniversary of the armistice.",
      "Some 1,500 troops were deployed to the border.",
      "A fall in exports worried Seoul.",
      "The Hwasong-11 has a range of 700 km.",
      "Only one in 10,000 readers pays for the news.",
      "Ukraine received 1998 shells from a partner.",
      "In 24 hours the city fell.",
      "The spokesman said in a one-line dispatch that talks went well.",
      "Mark and April Jones reported from Seoul.",
      "Battalion 2022 is stationed near the river.",
      "The interview ran in USA Today and other papers.",
      "Convoys left on 12, 14 and 31 June, the log says.",
      "Pages 3, 5 and 8 cover the talks."})
  void findsNoDateWhereThereIsNone(String sentence) {
    List<ResolvedTime> found = resolver.resolve(sentence, 0, sentence.length(), Anchor.day(LocalDate.of(2024, 6, 17),
        "metadata"), Tense.PAST);
    assertTrue(found.isEmpty(), () -> "unexpected " + found);
  }

  @Test
  void offsetsAreAbsoluteWhenResolvingARegion() {
    String text = "Intro line. The delegation arrived on May 20. Closing line on June 2.";
    int from = text.indexOf("The delegation");
    int to = text.indexOf("Closing");
    List<ResolvedTime> found = resolver.resolve(text, from, to, Anchor.day(LocalDate.of(2024, 6, 17), "metadata"),
        Tense.PAST);
    assertEquals(1, found.size());
    ResolvedTime r = found.get(0);
    assertEquals("May 20", text.substring(r.start(), r.end()));
    assertEquals(LocalDate.of(2024, 5, 20), r.date().start());
    assertEquals("document", r.date().basis());
  }

  @Test
  void basisSaysWhereThePlacementCameFrom() {
    String s = "Talks on 13 September 2023 and on May 20.";
    Anchor exact = Anchor.day(LocalDate.of(2024, 6, 17), "metadata");
    Anchor window = new Anchor(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30), "inferred");
    assertEquals(List.of("explicit", "document"),
        resolver.resolve(s, exact, Tense.PAST).stream().map(r -> r.date().basis()).toList());
    assertEquals(List.of("explicit", "inferred"),
        resolver.resolve(s, window, Tense.PAST).stream().map(r -> r.date().basis()).toList());
    assertEquals(List.of("explicit", "unresolved"),
        resolver.resolve(s, Anchor.unknown(), Tense.PAST).stream().map(r -> r.date().basis()).toList());
  }

  @Test
  void tensePerExpressionSplitsClauses() {
    String s = "Officials said on Monday that the minister would travel to Pyongyang on Tuesday.";
    Anchor a = Anchor.day(LocalDate.of(2024, 6, 19), "metadata"); // a Wednesday
    List<ResolvedTime> found = resolver.resolve(s, 0, s.length(), a, (st, en) -> TenseGuess.near(s, st, en));
    assertEquals(LocalDate.of(2024, 6, 17), found.get(0).date().start());
    assertEquals(LocalDate.of(2024, 6, 25), found.get(1).date().start());
  }

  @Test
  void rejectsARegionOutsideTheText() {
    StorylineException e = assertThrows(StorylineException.class,
        () -> resolver.resolve("short", 2, 10, Anchor.unknown(), Tense.PAST));
    assertEquals(ErrorCode.INVALID_ARGUMENT, e.code());
  }

  @Test
  void anchorFromPublicationDates() {
    Anchor day = Anchor.of(new PublicationDate("2024-06-18", null, DateBasis.METADATA, 0.9));
    assertTrue(day.isExactDay());
    Anchor month = Anchor.of(new PublicationDate("2024-06", null, DateBasis.URL, 0.5));
    assertFalse(month.isExactDay());
    assertEquals(LocalDate.of(2024, 6, 30), month.latest());
    assertEquals("url", month.basis());
    assertTrue(Anchor.of(null).isUnknown());
    assertThrows(IllegalArgumentException.class,
        () -> new Anchor(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1), "given"));
  }

  @Test
  void monthAnchorPlacesWhatTheWholeMonthAgreesOn() {
    Anchor june = Anchor.of(new PublicationDate("2024-06", null, DateBasis.URL, 0.5));
    List<ResolvedTime> found = resolver.resolve("The talks began in March and ended on June 10.", june, Tense.PAST);
    assertEquals(DateSpan.month(2024, 3, "March", "inferred").start(), found.get(0).date().start());
    assertEquals(Granularity.UNKNOWN, found.get(1).date().granularity(), "June 10 may be 2023 or 2024");
  }

  /** Random dates written in several formats come back as the same day, explicit. */
  @Test
  void randomWrittenDatesRoundTrip() {
    Random random = new Random(20240617L);
    String[] patterns = {"d MMMM yyyy", "MMMM d, yyyy", "MMM. d, yyyy", "yyyy-MM-dd", "d MMM yyyy", "MMMM d yyyy",
        "EEEE, d MMMM yyyy"};
    for (int i = 0; i < 400; i++) {
      LocalDate d = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 99));
      String written;
      int kind = random.nextInt(patterns.length + 1);
      if (kind == patterns.length) {
        if (d.getDayOfMonth() <= 12 && d.getDayOfMonth() != d.getMonthValue()) {
          continue; // day-first numeric only when unambiguous
        }
        written = String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
      } else {
        written = d.format(DateTimeFormatter.ofPattern(patterns[kind], Locale.ENGLISH));
        if (written.startsWith("May.")) {
          written = written.replace("May.", "May");
        }
        if (written.startsWith("Sep.")) {
          written = written.replace("Sep.", "Sept.");
        }
      }
      String sentence = "Officials said the shipment was logged on " + written + ", citing customs records.";
      List<ResolvedTime> found = resolver.resolve(sentence, Anchor.unknown(), Tense.PAST);
      ResolvedTime last = found.get(found.size() - 1);
      assertEquals(d, last.date().start(), sentence);
      assertEquals(d, last.date().end(), sentence);
      assertEquals(Granularity.DAY, last.date().granularity(), sentence);
      assertEquals("explicit", last.date().basis(), sentence);
      assertTrue(written.endsWith(last.text()), sentence + " -> " + last.text());
    }
  }

  /** Year-less days land within a year before (PAST) or after (FUTURE) the anchor. */
  @Test
  void randomYearlessDaysLandWithinAYearOfTheAnchor() {
    Random random = new Random(7L);
    for (int i = 0; i < 300; i++) {
      LocalDate anchor = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3650));
      LocalDate target = anchor.plusDays(random.nextInt(700) - 350);
      if (target.getMonthValue() == 2 && target.getDayOfMonth() == 29) {
        continue;
      }
      String written = target.format(DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH));
      boolean future = random.nextBoolean();
      String sentence = future ? "The envoy will arrive on " + written + "." : "The envoy arrived on " + written + ".";
      DateSpan d = resolver.resolve(sentence, Anchor.day(anchor, "metadata"), future ? Tense.FUTURE : Tense.PAST)
          .get(0).date();
      long days = ChronoUnit.DAYS.between(anchor, d.start());
      if (future) {
        assertTrue(days >= 0 && days < 366, sentence + " from " + anchor + " -> " + d.start());
      } else {
        assertTrue(days <= 0 && days > -366, sentence + " from " + anchor + " -> " + d.start());
      }
      assertEquals(target.getMonth(), d.start().getMonth());
      assertEquals(target.getDayOfMonth(), d.start().getDayOfMonth());
    }
  }

  @Test
  void weekdayWithUnknownAnchorKeepsTheWeekday() {
    DateSpan d = resolver.resolve("The talks ended on Thursday.", Anchor.unknown(), Tense.PAST).get(0).date();
    assertNull(d.start());
    assertEquals("XXXX-WXX-4", d.value());
    assertFalse(d.isPlaced());
  }

  /** Random soup of date-like and number-like tokens never throws and keeps offsets inside the text. */
  @Test
  void randomTokenSoupNeverBreaks() {
    Random random = new Random(99L);
    String[] pieces = {"May", "Sept.", "Sept,", "13", "31", "2024", "1970s", "'90s", "-", "–", "to", "and", "from",
        "between", "by", "since", "until", "early", "mid-", "late", "the end of", "last", "next", "this", "year",
        "Friday", "today", "ago", "two", "days", ",", ".", "/", "12/31/2023", "2023-02-30", "29", "February", "in",
        "winter", "fall", "of", "th", "1950-53", "2019–2021", "07.07.2021", "00", "99", "3000", "A", "decade"};
    Anchor[] anchors = {Anchor.unknown(), Anchor.day(LocalDate.of(2024, 2, 29), "metadata"),
        new Anchor(LocalDate.of(2023, 12, 25), LocalDate.of(2024, 1, 10), "inferred"),
        new Anchor(LocalDate.of(2023, 12, 25), null, "inferred")};
    for (int i = 0; i < 400; i++) {
      StringBuilder sb = new StringBuilder();
      int n = 3 + random.nextInt(12);
      for (int k = 0; k < n; k++) {
        sb.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(4) == 0 ? "" : " ");
      }
      String text = sb.toString();
      for (Tense t : Tense.values()) {
        for (ResolvedTime r : resolver.resolve(text, anchors[random.nextInt(anchors.length)], t)) {
          assertTrue(r.start() >= 0 && r.end() <= text.length(), text);
          assertEquals(r.text(), text.substring(r.start(), r.end()), text);
        }
      }
      new DocumentDateInference().infer(text, List.of(text));
    }
  }

  /** One resolver shared by many threads gives what it gives on one thread. */
  @Test
  void sharedResolverIsThreadSafe() {
    List<String> sentences = new java.util.ArrayList<>();
    Random random = new Random(3L);
    for (int i = 0; i < 300; i++) {
      LocalDate d = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(9000));
      sentences.add("Talks on " + d.format(DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH))
          + " followed the summit of " + d.getYear() + " and a visit last " + d.getMonth().getDisplayName(
              java.time.format.TextStyle.FULL, Locale.ENGLISH) + ".");
    }
    Anchor anchor = Anchor.day(LocalDate.of(2024, 6, 17), "metadata");
    List<List<ResolvedTime>> sequential = sentences.stream().map(s -> resolver.resolve(s, anchor, Tense.PAST)).toList();
    List<List<ResolvedTime>> parallel = sentences.parallelStream().map(s -> resolver.resolve(s, anchor, Tense.PAST))
        .toList();
    assertEquals(sequential, parallel);
  }
}
