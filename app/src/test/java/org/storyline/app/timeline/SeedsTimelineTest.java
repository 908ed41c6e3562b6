package org.storyline.app.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.app.cli.StorylineCommand;
import org.storyline.core.claim.Bound;
import org.storyline.core.claim.Claim;
import org.storyline.core.claim.EventType;
import org.storyline.core.document.Article;
import org.storyline.core.entity.EntityRef;
import org.storyline.core.event.Event;
import org.storyline.fuse.brief.Chronology;
import org.storyline.fuse.brief.ChronologyFilter;
import org.storyline.fuse.brief.DateLabels;
import org.storyline.fuse.brief.EventWeight;
import org.storyline.fuse.brief.TimelineFormat;
import org.storyline.fuse.event.ClaimFuser;
import org.storyline.fuse.trail.NumberTrails;
import org.storyline.fuse.trail.Trail;
import org.storyline.fuse.trail.TrailPoint;
import org.storyline.store.Store;

/**
 * Issue 7 on the seeds: the real pipeline ({@code storyline analyze}) on the five seed articles,
 * its timeline (what {@code storyline timeline} shows, without the fragments it lists last) scored against the
 * analyst's expected timeline {@code seeds-timeline.json}, and the must-haves.
 */
class SeedsTimelineTest {
  static final String FIXTURE = "seeds-timeline.json";
  /**
   * Iteration aid: a system property naming an existing store of the seeds, scored as it is
   * instead of running analyze (figures of an earlier run).
   */
  static final String STORE = "storyline.timeline.store";
  /** Iteration aid for fusion work: with {@link #STORE}, "true" fuses the store's claims again. */
  static final String REFUSE = "storyline.timeline.refuse";
  /** Iteration aid: a system property naming a folder to analyze the seeds into and keep. */
  static final String KEEP = "storyline.timeline.keep";

  @TempDir static Path tmp;
  static List<Article> articles;
  static List<Claim> claims;
  static List<Event> events;
  static List<Event> timeline;
  static List<ExpectedEvent> expected;
  static TimelineScore score;
  static Path store;
  /** Seed file prefix ("000" ... "004") of each document id. */
  static final Map<String, String> seedOf = new HashMap<>();

  @BeforeAll
  static void analyzeSeeds() throws Exception {
    Path shared = Path.of(System.getProperty("storyline.shared", "../../shared")).toAbsolutePath().normalize();
    assumeTrue(Files.isDirectory(shared.resolve("seeds")), "shared data not found at " + shared);
    String stored = System.getProperty(STORE);
    String keep = System.getProperty(KEEP);
    Path out = stored != null ? Path.of(stored) : keep != null ? Path.of(keep) : tmp.resolve("store");
    if (stored == null) {
      int exit = StorylineCommand.commandLine().execute("analyze", shared.resolve("seeds").toString(),
          "--out", out.toString(), "--quiet");
      assertEquals(0, exit, "analyze exit code");
    }
    store = out;
    try (Store s = Store.openExisting(out)) {
      articles = s.articles();
      claims = s.claims();
      events = stored != null && Boolean.getBoolean(REFUSE) ? new ClaimFuser().fuse(articles, claims) : s.events();
    }
    for (Article a : articles) {
      String file = Path.of(a.source().path()).getFileName().toString();
      seedOf.put(a.id(), file.substring(0, 3));
    }
    timeline = Chronology.of(events, ChronologyFilter.all().withUndated(true).withSubsumed(true).withFragments(false)).events();
    expected = ExpectedTimeline.load(FIXTURE);
    score = TimelineScore.of(expected, timeline);
    System.out.println("seeds timeline: " + events.size() + " events, " + timeline.size() + " shown (fragments left out)");
    System.out.print(score.report());
    System.out.println("  fragments (left out of the timeline):");
    events.stream().filter(EventWeight::isFragment)
        .forEach(e -> System.out.println("      - " + TimelineFormat.line(e)));
  }

  @Test
  void fixtureIsAnAnalystsTimeline() {
    long mustHaves = expected.stream().filter(x -> !x.optional()).count();
    assertTrue(mustHaves >= 20 && mustHaves <= 28, "20-28 must-have events, got " + mustHaves);
    assertTrue(expected.stream().anyMatch(x -> x.dayFrom() != null), "seed 000's events have no year");
  }

  @Test
  void scoreHoldsItsFloors() {
    assertTrue(score.foundOnce().size() >= FOUND_ONCE_FLOOR, "found once " + score.foundOnce().size());
    assertTrue(score.missedMustHaves().size() <= MISSED_CEILING, "missed " + score.missedMustHaves().size());
    assertTrue(score.split().size() <= SPLIT_CEILING, "split " + score.split().size());
    assertTrue(score.extras.size() <= EXTRA_CEILING, "extra events of weight " + score.extras.size());
  }

  /**
   * What issue 7 asks, as reached on 2026-11-25 with the claim stage's report-day bounds
   * ("had obtained", announced on January 11: by that day) and fusion's rules of this session
   * (talks with the deal they aim at, state descriptions, office holders and capitals in one
   * document, nested and same-act accusations, tallies up to different days apart): every
   * must-have event found once, none split, nothing else of weight (found once 31 of 33 with the
   * optional ones; before the session 22, missed must-haves 4, split 1, extras 4). The pipeline
   * is deterministic, so there is no slack.
   */
  static final int FOUND_ONCE_FLOOR = 30;
  static final int MISSED_CEILING = 0;
  static final int SPLIT_CEILING = 0;
  static final int EXTRA_CEILING = 0;

  @Test
  void kimPutinSummitIsOneEventWithAllItsSources() {
    ExpectedEvent summit = byId("kim-putin-summit-2023-09-13");
    List<Event> got = score.matches.get(summit);
    assertEquals(1, got.size(), "the summit of 13 September 2023 as one event: " + got);
    Event e = got.get(0);
    Set<String> seeds = seedsOf(e);
    assertTrue(seeds.containsAll(Set.of("003", "004")), "summit sources: seeds " + seeds);
    assertTrue(e.independentSources() >= 2, "independent sources " + e.independentSources());
    assertEquals(LocalDate.of(2023, 9, 13), e.date().start());
    assertEquals(LocalDate.of(2023, 9, 13), e.date().end());
  }

  @Test
  void putinsVisitIsHappenedWithItsAnnouncementAsPlannedSource() {
    List<Event> got = score.matches.get(byId("putin-state-visit-2024-06"));
    assertEquals(1, got.size(), "Putin's June 2024 visit as one event: " + got);
    Event e = got.get(0);
    assertTrue(seedsOf(e).containsAll(Set.of("002", "003")), "the plan (seed 003) and the visit (seed 002): " + seedsOf(e));
    assertEquals(org.storyline.core.event.EventStatus.CONFIRMED, e.status(),
        "Russia's Security Council, quoted by seed 002, speaks of the visit: a party's statement; " + e.evidence());
    assertEquals(1, e.independentSources(), "only seed 002 says it happened");
    assertTrue(e.evidence().contains("announced beforehand by") && e.evidence().contains("Korean Central News Agency"),
        "seed 003's plan, citing KCNA, is named as announced: " + e.evidence());
  }

  @Test
  void twoShoiguVisitsStayTwoEvents() {
    List<Event> shoigu = events.stream()
        .filter(e -> e.type() == EventType.CONSULT && e.actors().stream().anyMatch(SeedsTimelineTest::isShoigu))
        .toList();
    for (Event e : shoigu) {
      Set<String> seeds = seedsOf(e);
      assertFalse(seeds.contains("001") && seeds.contains("002"),
          "one event holds both Shoigu visits (seeds 001 and 002): " + e.title() + " " + e.claims());
    }
    assertTrue(shoigu.stream().anyMatch(e -> seedsOf(e).contains("001")
        && LocalDate.of(2023, 7, 26).equals(e.date().start()) && LocalDate.of(2023, 7, 26).equals(e.date().end())),
        "the July 2023 visit on its day");
    assertTrue(shoigu.stream().anyMatch(e -> seedsOf(e).contains("002")), "the 2024 visit");
    List<Event> july2023 = score.matches.get(byId("shoigu-pyongyang-2023-07"));
    assertEquals(1, july2023.size(), "the July 2023 visit shown once: " + july2023);
  }

  @Test
  void threeStrikesNeverShareAnEvent() {
    List<LocalDate> days = List.of(LocalDate.of(2023, 12, 30), LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 6));
    Map<String, Event> eventOfClaim = new HashMap<>();
    events.forEach(e -> e.claims().forEach(c -> eventOfClaim.put(c, e)));
    Map<LocalDate, Set<String>> eventsByDay = new HashMap<>();
    for (Claim c : claims) {
      if (c.event() == null || c.event().type() != EventType.ASSAULT || c.date() == null || c.date().start() == null
          || !days.contains(c.date().start()) || !c.date().start().equals(c.date().end())) {
        continue;
      }
      Event e = eventOfClaim.get(c.id());
      assertNotNull(e, "strike claim " + c.id() + " in no event");
      eventsByDay.computeIfAbsent(c.date().start(), d -> new HashSet<>()).add(e.id());
    }
    assertTrue(eventsByDay.containsKey(days.get(0)), "the strike of 30 December 2023 is dated");
    List<String> seen = new ArrayList<>();
    for (Set<String> ids : eventsByDay.values()) {
      for (String id : ids) {
        assertFalse(seen.contains(id), "two strike days share event " + id);
      }
      seen.addAll(ids);
    }
  }

  @Test
  void threeStrikesAreThreeEvents() {
    long daysWithClaims = claims.stream().filter(c -> c.event() != null && c.event().type() == EventType.ASSAULT
        && c.date() != null && c.date().start() != null && c.date().start().equals(c.date().end())
        && List.of(LocalDate.of(2023, 12, 30), LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 6)).contains(c.date().start()))
        .map(c -> c.date().start()).distinct().count();
    assertEquals(3, daysWithClaims, "the claims stage gives each of the three strike days a claim of its own"
        + " (one claim per date of 'on December 30, 2023, and again on January 2 and 6, 2024')");
    for (String id : List.of("strike-2023-12-30", "strike-2024-01-02", "strike-2024-01-06")) {
      assertEquals(1, score.matches.get(byId(id)).size(), id + " as one event");
    }
  }

  @Test
  void artilleryShellTrailListsTheSeedsClaimsInOrder() {
    List<Trail> trails = new NumberTrails().build(articles, claims);
    Trail shells = trails.stream()
        .filter(t -> t.item().equals("artillery shells") && "North Korea".equals(t.from()) && "Russia".equals(t.to()))
        .findFirst().orElse(null);
    assertNotNull(shells, "a trail of artillery shells from North Korea to Russia: " + trails);
    System.out.println("trail " + shells.item() + ": " + shells.from() + " -> " + shells.to());
    shells.points().forEach(p -> System.out.println("  " + (p.claimDate().isPlaced() ? DateLabels.of(p.claimDate()) : "undated")
        + " | " + p.claimant() + " | " + p.bound().wireName() + " | " + p.text()));
    assertTrue(shells.points().size() >= 3, "points " + shells.points().size());
    LocalDate last = null;
    boolean undatedSeen = false;
    for (TrailPoint p : shells.points()) {
      assertFalse(p.claimant().isBlank(), "claimant of " + p.text());
      if (!p.claimDate().isPlaced()) {
        undatedSeen = true;
        continue;
      }
      assertFalse(undatedSeen, "a dated point after an undated one");
      LocalDate d = p.claimDate().start() != null ? p.claimDate().start() : p.claimDate().end();
      assertTrue(last == null || !d.isBefore(last), "claim-date order broken at " + p.text());
      last = d;
    }
    assertEquals(Bound.VAGUE, point(shells, "millions").bound());
    assertEquals(Bound.AT_LEAST, point(shells, "3 million").bound());
    assertEquals(Bound.AT_LEAST, point(shells, "5 million").bound());
    assertTrue(point(shells, "millions").claimant().contains("New York Times"), "the NYT's millions");
    assertTrue(point(shells, "5 million").claimant().contains("Shin Won-sik"), "Shin's 5 million");
    assertTrue(point(shells, "millions").claimDate().isPlaced(), "the 2022 claim is dated");
  }

  /**
   * Issue 5's year-open dates on screen: seed 000 names no year, so the delegation's arrival "on
   * May 20" is shown as "20 May, year unknown" in the timeline, the brief and its Markdown, after
   * every dated event, and the event's date keeps XXXX-05-20 without a guessed start or end.
   */
  @Test
  void seed000sDayWithoutAYearIsShownAsKnownAndSortedLast() throws Exception {
    Event arrival = events.stream().filter(e -> "XXXX-05-20".equals(e.date().value())).findFirst()
        .orElseThrow(() -> new AssertionError("no event keeps XXXX-05-20: " + events));
    assertEquals(null, arrival.date().start());
    assertEquals(null, arrival.date().end());
    String timelineOut = cli("timeline", "--store", store.toString());
    String brief = cli("brief", "--store", store.toString(), "--about", "Russia");
    String markdown = cli("brief", "--store", store.toString(), "--about", "Russia", "--markdown");
    assertTrue(timelineOut.contains("20 May, year unknown") && !timelineOut.contains("undated                     CONSULT/visit"),
        timelineOut);
    assertTrue(brief.contains("20 May, year unknown \u2014 "), brief);
    assertTrue(markdown.contains("- **20 May, year unknown** \u2014 "), markdown);
    List<String> lines = brief.lines().toList();
    int first = lines.indexOf(lines.stream().filter(l -> l.contains("year unknown")).findFirst().orElseThrow());
    assertTrue(lines.subList(first, lines.size()).stream().allMatch(l -> l.contains("year unknown")),
        "year-open events come after every dated one:\n" + brief);
    assertFalse(cli("brief", "--store", store.toString(), "--until", "2024-09-13").contains("year unknown"),
        "a date range cannot hold a date of unknown year");
  }

  /** Runs the command line and returns what it printed. */
  private static String cli(String... args) {
    java.io.PrintStream old = System.out;
    java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
    System.setOut(new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      assertEquals(0, StorylineCommand.commandLine().execute(args), String.join(" ", args));
    } finally {
      System.setOut(old);
    }
    return buf.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static TrailPoint point(Trail t, String text) {
    return t.points().stream().filter(p -> p.text().contains(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no point '" + text + "' on " + t));
  }

  private static boolean isShoigu(EntityRef a) {
    return a.name() != null && a.name().contains("Shoigu");
  }

  private static Set<String> seedsOf(Event e) {
    Set<String> seeds = new HashSet<>();
    e.documents().forEach(d -> seeds.add(seedOf.get(d)));
    return seeds;
  }

  private static ExpectedEvent byId(String id) {
    return expected.stream().filter(x -> x.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no expected event " + id));
  }
}
