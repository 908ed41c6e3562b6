package org.storyline.app.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.app.cli.StorylineCommand;
import org.storyline.app.time.SeedEventDate.Verdict;

/**
 * Issue 5 end to end: the real pipeline ({@code storyline analyze}, in process) on the five
 * seeds, and every date of the resulting timeline checked against the hand-written list of the
 * seeds' dated events ({@code seed-event-dates.tsv}). A date may be exact or honestly coarser
 * (a Friday of 2024 when the week is unknown); it may never hold the wrong days, and no claim of
 * seed 000 (which gives no year anywhere) may carry a year it cannot know.
 */
class SeedEventDatesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  static Map<String, String> seedOf = new HashMap<>();
  static Map<String, JsonNode> claims = new HashMap<>();
  static List<JsonNode> events = new ArrayList<>();
  static List<SeedEventDate> fixture;

  @BeforeAll
  static void analyzeSeeds() throws IOException {
    Path seeds = Path.of(System.getProperty("storyline.shared", "../../shared"), "seeds").toAbsolutePath().normalize();
    assumeTrue(Files.isDirectory(seeds), "shared seeds not found at " + seeds);
    Path out = tmp.resolve("seeds-store");
    int exit = StorylineCommand.commandLine().execute("analyze", seeds.toString(), "--out", out.toString(), "--quiet");
    assertEquals(0, exit, "analyze exit code");
    for (JsonNode d : read(out, "documents")) {
      String file = Path.of(d.path("source").path("path").asText()).getFileName().toString();
      seedOf.put(d.path("id").asText(), file.substring(0, 3));
    }
    for (JsonNode c : read(out, "claims")) {
      claims.put(c.path("id").asText(), c);
    }
    events.addAll(read(out, "events"));
    fixture = SeedEventDate.load();
  }

  private static List<JsonNode> read(Path dir, String name) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve(name + ".jsonl"))) {
      out.add(JSON.readTree(line));
    }
    return out;
  }

  private static boolean placed(JsonNode date) {
    return date != null && !date.isNull() && !(date.path("first_day").isNull() && date.path("last_day").isNull());
  }

  /** The fixture row for a date expression of a seed, or null. */
  private static SeedEventDate row(String seed, String expression) {
    return fixture.stream().filter(r -> r.seed().equals(seed) && r.expression().equals(expression)).findFirst()
        .orElse(null);
  }

  /** The fixture row behind an event's date: one of its claims from a seed with the same date expression. */
  private static SeedEventDate rowOfEvent(JsonNode event) {
    String text = event.path("date").path("text").asText();
    for (JsonNode id : event.path("claims")) {
      JsonNode c = claims.get(id.asText());
      if (c != null && text.equals(c.path("date").path("text").asText())) {
        SeedEventDate r = row(seedOf.get(c.path("document").asText()), text);
        if (r != null) {
          return r;
        }
      }
    }
    return null;
  }

  @Test
  void everyDatedEventSitsOnItsTrueDays() {
    List<String> bad = new ArrayList<>();
    int dated = 0;
    for (JsonNode e : events) {
      if (!placed(e.path("date"))) {
        continue;
      }
      dated++;
      SeedEventDate r = rowOfEvent(e);
      Verdict v = r == null ? null : r.judge(e.path("date"));
      System.out.printf("event %-10s %-9s %-28s %s%n", e.path("date").path("start").asText(),
          v == null ? "UNLISTED" : v, e.path("type").asText() + "/" + e.path("mode").asText(), e.path("title").asText());
      if (v != Verdict.EXACT && v != Verdict.COARSER) {
        bad.add(e.path("title").asText() + " " + e.path("date") + " -> " + (r == null ? "not in the fixture" : v));
      }
    }
    assertTrue(dated >= 10, "too few dated events: " + dated);
    assertEquals(List.of(), bad);
  }

  @Test
  void noClaimOfSeed000CarriesAYearItCannotKnow() {
    List<String> bad = new ArrayList<>();
    for (JsonNode c : claims.values()) {
      JsonNode d = c.path("date");
      if (!"000".equals(seedOf.get(c.path("document").asText())) || !placed(d)) {
        continue;
      }
      SeedEventDate r = row("000", d.path("text").asText());
      boolean explicit = "explicit".equals(d.path("basis").asText());
      if (!explicit && (r == null || r.judge(d) != Verdict.EXACT && r.judge(d) != Verdict.COARSER)) {
        bad.add(c.path("sentence").asText().substring(0, 40) + "... " + d);
      }
    }
    assertEquals(List.of(), bad);
  }

  /**
   * Every fixture row against the claims of its seed that carry its expression: the worst
   * verdict among them, or "not attached" when no event claim carries it. Report rows (the day a
   * source spoke of an earlier, completed event) are counted apart: "kept off" when no event
   * claim carries the report's days as its own. Prints the figures; fails on any wrong date.
   */
  @Test
  void fixtureFigures() {
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    int unattached = 0;
    int events = 0;
    int reportsKeptOff = 0;
    List<String> wrong = new ArrayList<>();
    for (SeedEventDate r : fixture) {
      Verdict worst = null;
      for (JsonNode c : claims.values()) {
        if (r.seed().equals(seedOf.get(c.path("document").asText())) && !c.path("event").isNull()
            && r.expression().equals(c.path("date").path("text").asText())) {
          Verdict v = r.judge(c.path("date"));
          worst = worst == null || v.ordinal() > worst.ordinal() ? v : worst;
        }
      }
      String shown = r.report() ? (worst == null || worst != Verdict.WRONG ? "REPORT_KEPT_OFF" : "REPORT_AS_DAY")
          : worst == null ? "NOT_ATTACHED" : worst.toString();
      System.out.printf("fixture %s %-18s %-15s %s%n", r.seed(), r.expression(), shown, r.what());
      if (worst == Verdict.WRONG) {
        wrong.add(r.seed() + " " + r.expression());
      }
      if (r.report()) {
        reportsKeptOff += worst == Verdict.WRONG ? 0 : 1;
        continue;
      }
      events++;
      if (worst == null) {
        unattached++;
      } else {
        counts.merge(worst, 1, Integer::sum);
      }
    }
    System.out.printf("seed event dates: %d exact, %d coarser, %d with the year left open, %d undated, %d not attached"
        + " to an event claim, %d wrong (of %d event rows); report dates kept off their events: %d of %d%n",
        counts.getOrDefault(Verdict.EXACT, 0), counts.getOrDefault(Verdict.COARSER, 0),
        counts.getOrDefault(Verdict.YEAR_OPEN, 0), counts.getOrDefault(Verdict.UNDATED, 0), unattached, counts.getOrDefault(Verdict.WRONG, 0), events,
        reportsKeptOff, fixture.size() - events);
    assertEquals(List.of(), wrong);
    assertTrue(counts.getOrDefault(Verdict.EXACT, 0) + counts.getOrDefault(Verdict.COARSER, 0) >= 18,
        "fewer event dates placed than measured: " + counts);
    assertEquals(0, counts.getOrDefault(Verdict.UNDATED, 0),
        "an event date whose month and day the article gives must keep them even without a year: " + counts);
  }
}
