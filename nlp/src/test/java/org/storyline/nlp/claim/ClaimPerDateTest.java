package org.storyline.nlp.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.storyline.core.claim.Claim;
import org.storyline.core.claim.ClaimKind;
import org.storyline.core.document.Article;
import org.storyline.core.document.SourceFormat;
import org.storyline.core.document.SourceRef;
import org.storyline.core.stage.DocumentAnalysis;
import org.storyline.core.time.DateBasis;
import org.storyline.core.time.DateSpan;
import org.storyline.core.time.PublicationDate;
import org.storyline.nlp.CoreNlpAnalyzer;

/**
 * One event claim per coordinated date, through the real analyzer, on sentences written for this
 * test about this story and other conflicts: several days in one coordination give one claim
 * each; a range, alternatives, a date of another clause or another trigger do not.
 */
class ClaimPerDateTest {
  private static DocumentAnalysis analyze(String body, String published) {
    Article a = new Article("t-" + Integer.toHexString(body.hashCode()), new SourceRef("t.txt", null, SourceFormat.TEXT,
        null), null, null, List.of(), new PublicationDate(published, null, DateBasis.GIVEN, 1.0), "en", body, null,
        List.of());
    return CoreNlpAnalyzer.shared().analyze(a);
  }

  private static List<Claim> events(DocumentAnalysis a, String trigger) {
    return a.claims().stream().filter(c -> c.kind() == ClaimKind.EVENT && c.event().trigger().equals(trigger)).toList();
  }

  private static String days(List<Claim> claims) {
    return claims.stream().map(c -> c.date() == null ? "-" : c.date().start() + ".." + c.date().end())
        .collect(Collectors.joining(" "));
  }

  /** sentence | publication date | trigger | the dates of its claims, first..last day, in text order. */
  @ParameterizedTest(name = "{2}: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Russian forces struck Kharkiv on March 3, and again on March 9 and 14, 2025.|2025-03-20|struck|2025-03-03..2025-03-03 2025-03-09..2025-03-09 2025-03-14..2025-03-14
      Armenian and Azerbaijani diplomats held talks in Brussels on 2 and 5 June.|2024-06-10|talks|2024-06-02..2024-06-02 2024-06-05..2024-06-05
      Houthi forces attacked commercial ships on January 9, January 12 and January 15, 2024.|2024-02-01|attacked|2024-01-09..2024-01-09 2024-01-12..2024-01-12 2024-01-15..2024-01-15
      Israel struck Hezbollah positions in Lebanon on Oct. 1, 2024, as well as on Oct. 3.|2024-10-05|struck|2024-10-01..2024-10-01 2024-10-03..2024-10-03
      Russia launched North Korean missiles at Ukraine on December 30, 2023, and again on January 2 and 6, 2024.|2024-01-10|launched|2023-12-30..2023-12-30 2024-01-02..2024-01-02 2024-01-06..2024-01-06
      The Turkish and Syrian foreign ministers will meet in Moscow from 2 to 5 June.|2024-05-20|meet|2024-06-02..2024-06-05
      Serbia deployed troops to the border on 3 March, two days after the vote on 1 March.|2024-03-10|deployed|2024-03-03..2024-03-03
      Ukrainian drones attacked the Crimean bridge on May 2 or May 3, according to Russian officials.|2024-05-10|attacked|2024-05-02..2024-05-02
      Russia attacked Odesa on July 19 and struck Mykolaiv on July 21.|2024-07-25|attacked|2024-07-19..2024-07-19
      Russia attacked Odesa on July 19 and struck Mykolaiv on July 21.|2024-07-25|struck|2024-07-21..2024-07-21
      Sergei Shoigu met Kim Jong Un in Pyongyang on Friday.|2024-09-14|met|2024-09-13..2024-09-13
      Russian drones attacked Kyiv on Monday, and on Tuesday the city's mayor resigned.|2024-05-30|attacked|2024-05-27..2024-05-27
      Ukraine said Russian artillery shelled Kherson on 3, 5 and 8 November.|2023-11-10|shelled|2023-11-03..2023-11-03 2023-11-05..2023-11-05 2023-11-08..2023-11-08
      Ethiopian and Eritrean officials met in Asmara on 30 December 2023 and on 2 and 6 January 2024.|2024-01-10|met|2023-12-30..2023-12-30 2024-01-02..2024-01-02 2024-01-06..2024-01-06
      Georgian and Abkhaz negotiators met in Geneva on 12 and 13 October 2023, the mediators said.|2023-10-20|met|2023-10-12..2023-10-12 2023-10-13..2023-10-13
      A spokesman said on Thursday that Russia had launched ballistic missiles supplied by North Korea against Ukraine on December 30 and again on January 2.|2024-01-04|supplied|-
      """)
  void oneClaimPerCoordinatedDate(String sentence, String published, String trigger, String expected) {
    DocumentAnalysis a = analyze(sentence, published);
    List<Claim> found = events(a, trigger);
    assertEquals(expected, days(found), a.claims().toString());
    assertEquals(found.size(), new HashSet<>(found.stream().map(Claim::id).toList()).size(), "ids distinct");
    for (Claim c : found) {
      assertEquals(found.get(0).start(), c.start());
      assertEquals(found.get(0).end(), c.end());
      assertEquals(found.get(0).event(), c.event());
      assertEquals(found.get(0).actors(), c.actors());
      assertEquals(found.get(0).stance(), c.stance());
    }
  }

  /** sentence | publication date | trigger | the date of its claim (start..end, "-" for none). */
  @ParameterizedTest(name = "{2}: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      On May 4, the Kremlin said the two presidents had signed no treaty during their talks on May 2.|2024-05-06|signed|2024-05-02..2024-05-02
      Finland and Ukraine signed a security accord at the summit on 3 April, officials said on 5 April.|2024-04-08|signed|2024-04-03..2024-04-03
      By 14 March, the regional governor reported that Russian forces had launched about 40 drones at the city.|2024-03-20|launched|null..2024-03-14
      On 14 March, the regional governor reported that Russian forces had launched about 40 drones at the city.|2024-03-20|launched|null..2024-03-14
      By June 9, the agency said, Azerbaijan would have attacked the posts again.|2024-06-01|attacked|-
      """)
  void anEventTakesTheDateOfTheEventItHappenedDuringAndTheEndBoundOfItsReport(String sentence, String published,
      String trigger, String expected) {
    DocumentAnalysis a = analyze(sentence, published);
    List<Claim> found = events(a, trigger);
    assertEquals(1, found.size(), a.claims().toString());
    assertEquals(expected, days(found), a.claims().toString());
  }

  @Test
  void idsOfTheCopiesAreTheSameOnEveryRun() {
    String s = "Pakistani jets bombed militant camps on 4 and 7 November, the army said.";
    List<String> first = events(analyze(s, "2024-11-10"), "bombed").stream().map(Claim::id).toList();
    List<String> again = events(analyze(s, "2024-11-10"), "bombed").stream().map(Claim::id).toList();
    assertEquals(2, first.size(), first.toString());
    assertEquals(first, again);
  }

  @Test
  void copiesKeepTheFirstClaimAndDifferOnlyInIdAndDate() {
    DateSpan a = DateSpan.unknown(null, "x", null);
    Claim base = new Claim("claim-1", "doc", "S.", 0, 2, ClaimKind.STATEMENT, null, List.of(), null, a, List.of(),
        null, org.storyline.core.claim.Stance.ASSERTED, null, null, 0.4);
    DateSpan d2 = DateSpan.unknown(null, "y", null);
    DateSpan d3 = DateSpan.unknown(null, "z", null);
    List<Claim> more = ClaimPerDate.further(base, Arrays.asList(a, d2, d3));
    assertEquals(2, more.size());
    assertEquals(List.of(d2, d3), more.stream().map(Claim::date).toList());
    assertTrue(more.stream().noneMatch(c -> c.id().equals(base.id())));
    assertEquals(base.withDate(d2).sentence(), more.get(0).sentence());
    assertTrue(ClaimPerDate.further(base, List.of(a)).isEmpty());
    assertTrue(ClaimPerDate.further(base, List.of()).isEmpty());
  }
}
