package org.storyline.fuse.trail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.storyline.fuse.event.Fixtures.article;
import static org.storyline.fuse.event.Fixtures.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storyline.core.claim.Bound;
import org.storyline.core.claim.Claim;
import org.storyline.core.claim.EventType;
import org.storyline.core.document.Article;
import org.storyline.core.time.Granularity;

class NumberTrailsTest {
  private static final List<Article> DOCS = List.of(
      article("d-2023", "Harbour Wire", "2023-07-26"),
      article("d-may", "Lakeside Courier", "2024-05-21"),
      article("d-nov", "Northern Gazette", "2024-11-29"),
      article("d-copy", "Aggregator Hub", "2024-11-30", "d-nov"));

  /**
   * A buildup of three reports made at different times, given in scrambled order; for "buying
   * from" the extractor makes the seller the source.
   */
  private static List<Claim> shellReports() {
    return List.of(
        claim("q3", "d-nov")
            .sentence("In July, the defence minister told lawmakers that Pyongyang had shipped more than 5 million shells to Moscow.")
            .event(EventType.AID, "military", "shipped").source("North Korea").target("Russia")
            .month(2024, 7, "In July").speaker("Shin Won-sik").cue("told")
            .quantity(5_000_000, Bound.AT_LEAST, "shells", "more than 5 million").build(),
        claim("q1", "d-2023")
            .sentence("In September 2022, a newspaper reported, citing an intelligence assessment, that Moscow was buying millions of artillery shells from Pyongyang.")
            .event(EventType.AID, "military", "buying").source("North Korea").target("Russia")
            .month(2022, 9, "In September 2022").speaker("New York Times").cue("reported")
            .quantity(2_000_000, Bound.VAGUE, "artillery shells", "millions").build(),
        claim("q2", "d-may")
            .sentence("The regime has reportedly sent over 3 million rounds of 152mm shells.")
            .event(EventType.AID, "military", "sent").source("North Korea").target("Russia")
            .cue("reportedly").quantity(3_000_000, Bound.AT_LEAST, "152mm shells", "over 3 million").build(),
        claim("q4", "d-copy")
            .sentence("In July, the defence minister told lawmakers that Pyongyang had shipped more than 5 million shells to Moscow.")
            .event(EventType.AID, "military", "shipped").source("North Korea").target("Russia")
            .month(2024, 7, "In July").speaker("Shin Won-sik").cue("told")
            .quantity(5_000_000, Bound.AT_LEAST, "shells", "more than 5 million").build(),
        claim("q5", "d-may").sentence("Around 7,000 containers of munitions went to Russia.")
            .source("North Korea").target("Russia")
            .quantity(7000, Bound.APPROX, "containers of munitions", "around 7,000").build());
  }

  @Test
  void shellTrailFollowsClaimDatesAcrossWordings() {
    List<Trail> trails = new NumberTrails().build(DOCS, shellReports());
    Trail shells = trails.stream().filter(t -> t.item().equals("artillery shells")).findFirst().orElseThrow();
    assertEquals("North Korea", shells.from());
    assertEquals("Russia", shells.to());
    assertEquals(List.of("q1", "q2", "q3"), shells.points().stream().map(TrailPoint::claimId).toList());
    TrailPoint first = shells.points().get(0);
    assertEquals(LocalDate.of(2022, 9, 1), first.claimDate().start());
    assertEquals(Granularity.MONTH, first.claimDate().granularity());
    assertEquals("New York Times", first.claimant());
    TrailPoint second = shells.points().get(1);
    assertEquals(LocalDate.of(2024, 5, 21), second.claimDate().start());
    assertEquals("Lakeside Courier", second.claimant());
    assertEquals(Bound.AT_LEAST, second.bound());
    assertEquals(3_000_000, second.value());
    TrailPoint third = shells.points().get(2);
    assertEquals(LocalDate.of(2024, 7, 1), third.claimDate().start());
    assertEquals("Shin Won-sik", third.claimant());
    assertTrue(trails.stream().anyMatch(t -> t.item().equals("containers of munitions")));
  }

  @Test
  void inputOrderDoesNotMatter() {
    List<Trail> expected = new NumberTrails().build(DOCS, shellReports());
    for (long seed = 0; seed < 5; seed++) {
      List<Claim> shuffled = new ArrayList<>(shellReports());
      Collections.shuffle(shuffled, new Random(seed));
      assertEquals(expected, new NumberTrails().build(DOCS, shuffled));
    }
  }

  @Test
  void eventDatesAfterTheCueAreNotStatementDates() {
    Claim c = claim("e1", "d-may")
        .sentence("Officials said the army had fired 20 missiles on January 2.")
        .event(EventType.ASSAULT, "missile").source("Russia").target("Ukraine")
        .day("2024-01-02", "on January 2").speaker("Officials").cue("said")
        .quantity(20, Bound.EXACT, "missiles", "20").build();
    TrailPoint p = new NumberTrails().build(DOCS, List.of(c)).get(0).points().get(0);
    assertEquals(LocalDate.of(2024, 5, 21), p.claimDate().start());
    Claim right = claim("e2", "d-may")
        .sentence("The ministry announced on May 3 that 20 missiles had been fired.")
        .event(EventType.ASSAULT, "missile").source("Russia").target("Ukraine")
        .day("2024-05-03", "on May 3").speaker("The ministry").cue("announced")
        .quantity(20, Bound.EXACT, "missiles", "20").build();
    assertEquals(LocalDate.of(2024, 5, 3),
        new NumberTrails().build(DOCS, List.of(right)).get(0).points().get(0).claimDate().start());
  }

  @Test
  void aNumberOfOneSentenceReportedOnSeveralDatesCountsOnce() {
    String sentence = "Officials said 40 drones were launched at the port on 3 March and again on 9 March.";
    List<Claim> claims = List.of(
        claim("p1", "d-may").sentence(sentence).event(EventType.ASSAULT, "drone").source("Russia")
            .target("Ukraine").day("2024-03-03", "on 3 March").speaker("Officials").cue("said")
            .quantity(40, Bound.EXACT, "drones", "40").build(),
        claim("p0", "d-may").sentence(sentence).event(EventType.ASSAULT, "drone").source("Russia")
            .target("Ukraine").day("2024-03-09", "on 9 March").speaker("Officials").cue("said")
            .quantity(40, Bound.EXACT, "drones", "40").build(),
        claim("p2", "d-may").sentence("Another 40 drones were launched in April, officials said.")
            .event(EventType.ASSAULT, "drone").source("Russia").target("Ukraine").day("2024-04-01", "in April")
            .quantity(40, Bound.EXACT, "drones", "40").build());
    for (long seed = 0; seed < 4; seed++) {
      List<Claim> shuffled = new ArrayList<>(claims);
      Collections.shuffle(shuffled, new Random(seed));
      List<TrailPoint> points = new NumberTrails().build(DOCS, shuffled).get(0).points();
      assertEquals(List.of("p0", "p2"), points.stream().map(TrailPoint::claimId).sorted().toList(),
          "the per-date copies of one sentence give one point, another sentence its own");
    }
  }

  @Test
  void measuredQuantitiesAndItemlessNumbersMakeNoTrail() {
    Claim c = claim("m1", "d-may").sentence("The convoy travelled 300 km.").source("Russia")
        .quantity(300, Bound.EXACT, null, "300 km").build();
    assertEquals(List.of(), new NumberTrails().build(DOCS, List.of(c)));
  }

  @Test
  void oppositeDirectionsAreSeparateTrails() {
    List<Claim> claims = List.of(
        claim("a1", "d-may").event(EventType.AID, "military").source("Iran").target("Russia")
            .quantity(400, Bound.APPROX, "drones", "about 400").build(),
        claim("a2", "d-nov").event(EventType.AID, "military").source("Russia").target("Iran")
            .quantity(24, Bound.EXACT, "fighter jets", "24").build(),
        claim("a3", "d-nov").event(EventType.AID, "military").source("Iran").target("Russia")
            .quantity(1000, Bound.AT_LEAST, "Shahed drones", "at least 1,000").build());
    List<Trail> trails = new NumberTrails().build(DOCS, claims);
    assertEquals(List.of("drones|Iran|Russia", "jets|Russia|Iran"),
        trails.stream().map(t -> t.item() + "|" + t.from() + "|" + t.to()).toList());
  }

  @Test
  void aFrontedDateThatTheExtractorGaveToTheSpeechVerbDatesTheStatement() {
    Claim july = claim("f1", "d-nov")
        .sentence("In July, the defence minister told lawmakers that Pyongyang had shipped more than 5 million shells.")
        .event(EventType.AID, "military").source("North Korea").target("Russia").speaker("Shin Won-sik").cue("told")
        .quantity(5_000_000, Bound.AT_LEAST, "shells", "more than 5 million").build();
    Claim sept = claim("f2", "d-2023")
        .sentence("On Sept. 15, 2022, a newspaper reported that Moscow was buying millions of shells.")
        .event(EventType.AID, "military").source("North Korea").target("Russia").speaker("Daily Herald").cue("reported")
        .quantity(2_000_000, Bound.VAGUE, "shells", "millions").build();
    Claim late = claim("f3", "d-may")
        .sentence("A spokesman said the country had received 300 shells in March.")
        .event(EventType.AID, "military").source("North Korea").target("Russia").speaker("A spokesman").cue("said")
        .quantity(300, Bound.EXACT, "shells", "300").build();
    Claim marine = claim("f4", "d-may")
        .sentence("Officials in marine units said 40 rounds were fired.")
        .event(EventType.AID, "military").source("North Korea").target("Russia").cue("said")
        .quantity(40, Bound.EXACT, "rounds", "40").build();
    List<TrailPoint> points = new NumberTrails().build(DOCS, List.of(july, sept, late, marine)).get(0).points();
    assertEquals(List.of("f2", "f3", "f4", "f1"), points.stream().map(TrailPoint::claimId).toList());
    assertEquals(LocalDate.of(2022, 9, 15), points.get(0).claimDate().start());
    assertEquals(Granularity.DAY, points.get(0).claimDate().granularity());
    assertEquals(LocalDate.of(2024, 5, 21), points.get(1).claimDate().start());
    assertEquals(LocalDate.of(2024, 5, 21), points.get(2).claimDate().start());
    assertEquals(LocalDate.of(2024, 7, 1), points.get(3).claimDate().start());
    assertEquals(Granularity.MONTH, points.get(3).claimDate().granularity());
  }

  @Test
  void aQuantityWithoutRolesJoinsTheOneTrailWhoseSidesItNames() {
    Claim directed = claim("u1", "d-may").event(EventType.AID, "military").source("North Korea").target("Russia")
        .quantity(1000, Bound.APPROX, "containers of munitions", "about 1,000").build();
    Claim bare = claim("u2", "d-nov").actor(org.storyline.fuse.event.Fixtures.unresolved("Russia", null))
        .actor(org.storyline.fuse.event.Fixtures.unresolved("North Korea", null))
        .quantity(7000, Bound.APPROX, "containers of munitions", "around 7,000").build();
    Claim stray = claim("u3", "d-nov").actor(org.storyline.fuse.event.Fixtures.unresolved("Belarus", null))
        .quantity(50, Bound.EXACT, "containers of munitions", "50").build();
    List<Trail> trails = new NumberTrails().build(DOCS, List.of(bare, directed, stray));
    assertEquals(2, trails.size());
    assertEquals(null, trails.get(0).from());
    assertEquals(List.of("u3"), trails.get(0).points().stream().map(TrailPoint::claimId).toList());
    assertEquals("North Korea", trails.get(1).from());
    assertEquals(List.of("u1", "u2"), trails.get(1).points().stream().map(TrailPoint::claimId).toList());
  }

  @Test
  void aTrailKnowingOneSideFoldsIntoTheOneFullTrailThatAgrees() {
    Claim full = claim("h1", "d-may").event(EventType.AID, "military").source("North Korea").target("Russia")
        .quantity(1_000_000, Bound.AT_LEAST, "shells", "at least a million").build();
    Claim half = claim("h2", "d-nov").event(EventType.AID, "military").target("Russia")
        .quantity(3_000_000, Bound.AT_LEAST, "artillery shells", "over 3 million").build();
    Claim otherHalf = claim("h3", "d-nov").event(EventType.AID, "military").target("Belarus")
        .quantity(10, Bound.EXACT, "shells", "10").build();
    List<Trail> trails = new NumberTrails().build(DOCS, List.of(full, half, otherHalf));
    assertEquals(2, trails.size());
    assertEquals(List.of("h1", "h2"), trails.get(1).points().stream().map(TrailPoint::claimId).toList());
    assertEquals("Belarus", trails.get(0).to());
  }

  @Test
  void aFrontedMonthWithoutAnchorStaysUnplacedButKeepsTheMonth() {
    Claim c = claim("n1", "no-such-doc").sentence("In July, the minister said 12 tanks had arrived.")
        .event(EventType.AID, "military").source("Iran").target("Russia").speaker("the minister").cue("said")
        .quantity(12, Bound.EXACT, "tanks", "12").build();
    TrailPoint p = new NumberTrails().build(DOCS, List.of(c)).get(0).points().get(0);
    assertEquals("XXXX-07", p.claimDate().value());
    assertEquals(false, p.claimDate().isPlaced());
  }
}
