package org.storyline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.app.cli.ExitCodes;
import org.storyline.app.cli.StorylineCommand;

/**
 * Issue 2 end to end: {@code storyline analyze} on the five seeds (plus three broken files) through
 * the real command line, real CoreNLP and a real SQLite store; checks the output files against the
 * contract and the facts the seeds hold.
 */
class AnalyzeSeedsTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final List<String> FILES = List.of("documents", "entities", "claims", "events");
  static final Map<String, String> SCHEMAS = Map.of("documents", "document.schema.json",
      "entities", "entity.schema.json", "claims", "claim.schema.json", "events", "event.schema.json");

  @TempDir static Path tmp;
  static Path out;
  static Path bad;
  static int exit;
  static String stdout;

  @BeforeAll
  static void analyzeSeedsAndBrokenFiles() throws IOException {
    bad = Files.createDirectories(tmp.resolve("bad"));
    byte[] binary = new byte[4096];
    new Random(7).nextBytes(binary);
    Files.write(bad.resolve("binary.html"), binary);
    Files.write(bad.resolve("empty.txt"), new byte[0]);
    Files.write(bad.resolve("broken.txt.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3});
    out = tmp.resolve("run1");
    String[] r = run("analyze", SharedData.seeds().toString(), bad.toString(), "--out", out.toString(), "--quiet");
    exit = Integer.parseInt(r[0]);
    stdout = r[1];
  }

  /** Runs the command line in-process; returns {exit code, stdout+stderr}. */
  static String[] run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream both = new PrintStream(new TeeStream(buf, oldOut), true, StandardCharsets.UTF_8);
    System.setOut(both);
    System.setErr(both);
    try {
      int code = StorylineCommand.commandLine().execute(args);
      return new String[] {Integer.toString(code), buf.toString(StandardCharsets.UTF_8)};
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  static List<JsonNode> read(Path dir, String name) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve(name + ".jsonl"))) {
      out.add(JSON.readTree(line));
    }
    return out;
  }

  static JsonNode seed(String prefix) throws IOException {
    for (JsonNode d : read(out, "documents")) {
      if (d.path("source").path("path").asText().contains(prefix)) {
        return d;
      }
    }
    throw new AssertionError("no document from seed " + prefix);
  }

  @Test
  void writesFourContractValidFiles() throws IOException {
    ContractValidator v = new ContractValidator(SharedData.contract());
    for (String f : FILES) {
      assertTrue(Files.size(out.resolve(f + ".jsonl")) > 0, f + " is empty");
      assertEquals(List.of(), v.violations(out.resolve(f + ".jsonl"), SCHEMAS.get(f)));
    }
    assertEquals(5, read(out, "documents").size());
  }

  @Test
  void brokenInputsAreReportedByNameAndTheOthersAnalysed() {
    assertEquals(ExitCodes.SOME_SKIPPED, exit, stdout);
    for (String name : List.of("binary.html", "empty.txt", "broken.txt.gz")) {
      assertTrue(stdout.lines().anyMatch(l -> l.contains("skipped") && l.contains(name)), name + " not reported:\n" + stdout);
    }
    assertTrue(stdout.contains("3 skipped"), stdout);
  }

  @Test
  void bodiesHoldNoPageChrome() throws IOException {
    for (JsonNode d : read(out, "documents")) {
      String body = d.get("body").asText();
      for (String chrome : List.of("Subscribe", "Advertisement", "ADVERTISEMENT", "indicates required", "Share this article",
          "You might also like", "JOIN US ON TELEGRAM", "Pragmatic Dialogue with Trump", "Reuters: Half of North Korean",
          "Become a member", "This audio is created")) {
        assertFalse(body.contains(chrome), d.path("source").path("path") + " keeps '" + chrome + "'");
      }
    }
  }

  @Test
  void statedPublicationDatesAreFound() throws IOException {
    assertEquals("2023-07-26", seed("001_").path("published").path("date").asText());
    assertEquals("2023-10-06", seed("004_").path("published").path("date").asText());
  }

  @Test
  void moreThanFiveMillionShellsIsAnAtLeastQuantity() throws IOException {
    JsonNode q = null;
    for (JsonNode c : read(out, "claims")) {
      for (JsonNode x : c.path("quantities")) {
        if (x.path("value").asDouble() == 5_000_000d) {
          q = x;
        }
      }
    }
    assertNotNull(q, "no claim with 5,000,000");
    assertEquals("at_least", q.get("bound").asText());
    assertEquals("artillery shells", q.get("item").asText());
  }

  @Test
  void shoiguIsOneEntityAcrossSpellings() throws IOException {
    List<JsonNode> shoigu = read(out, "entities").stream()
        .filter(e -> e.get("name").asText().contains("Shoigu")).toList();
    assertEquals(1, shoigu.size(), shoigu.toString());
    String aliases = shoigu.get(0).get("aliases").toString();
    assertTrue(aliases.contains("Sergei Shoigu") && aliases.contains("Sergey Shoigu"), aliases);
  }

  @Test
  void kimPutinSummitIsOneEventWithTwoDocuments() throws IOException {
    String d003 = seed("003_").get("id").asText();
    String d004 = seed("004_").get("id").asText();
    List<JsonNode> summits = new ArrayList<>();
    for (JsonNode e : read(out, "events")) {
      String docs = e.get("documents").toString();
      if (e.get("type").asText().equals("CONSULT") && e.path("date").path("start").asText().startsWith("2023-09")
          && docs.contains(d003) && docs.contains(d004)) {
        summits.add(e);
      }
    }
    assertEquals(1, summits.size(), "events of the Kim–Putin summit with both seeds: " + summits);
    assertEquals("2023-09-13", summits.get(0).path("date").path("start").asText());
  }

  @Test
  void timelinePrintsEventsInDateOrder() throws IOException {
    String[] r = run("timeline", "--store", out.toString());
    assertEquals("0", r[0], r[1]);
    List<String> lines = r[1].lines().filter(l -> !l.isBlank()).toList();
    assertEquals(read(out, "events").size(), lines.size(), r[1]);
    List<String> dates = lines.stream().map(l -> l.split("\\s+")[0]).filter(d -> d.matches("\\d{4}.*")).toList();
    assertEquals(dates.stream().sorted().toList(), dates, "timeline not in date order:\n" + r[1]);
  }

  @Test
  void exportGivesTheSameFilesAgain() throws IOException {
    Path again = tmp.resolve("again");
    String[] r = run("export", "--store", out.toString(), "--out", again.toString());
    assertEquals("0", r[0], r[1]);
    for (String f : FILES) {
      assertEquals(Files.readString(out.resolve(f + ".jsonl")), Files.readString(again.resolve(f + ".jsonl")), f);
    }
  }

  @Test
  void rerunningGivesTheSameIdsAndRecords() throws IOException {
    Path run2 = tmp.resolve("run2");
    String[] r = run("analyze", SharedData.seeds().toString(), bad.toString(), "--out", run2.toString(), "--quiet");
    assertEquals(Integer.toString(ExitCodes.SOME_SKIPPED), r[0], r[1]);
    for (String f : FILES) {
      assertEquals(Files.readString(out.resolve(f + ".jsonl")), Files.readString(run2.resolve(f + ".jsonl")), f);
    }
  }

  @Test
  void fridayResolvesOnceTheDateIsGiven(@TempDir Path dir) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path seed = SharedData.seeds().resolve("002_6881012dfa7ffe4d.txt");
    Files.copy(seed, in.resolve(seed.getFileName()));
    Files.writeString(in.resolve(seed.getFileName() + ".meta.json"), "{\"published\": \"2024-09-14\"}");
    Path store = dir.resolve("store");
    String[] r = run("analyze", in.toString(), "--out", store.toString(), "--quiet");
    assertEquals("0", r[0], r[1]);
    Map<String, String> dates = new TreeMap<>();
    for (JsonNode c : read(store, "claims")) {
      if (c.path("sentence").asText().contains("on Friday")) {
        dates.put(c.path("event").path("type").asText(), c.path("date").path("start").asText());
      }
    }
    assertEquals("2024-09-13", dates.get("CONSULT"), "claims of the Friday sentence: " + dates);
    JsonNode doc = read(store, "documents").get(0);
    assertEquals("given", doc.path("published").path("basis").asText());
  }

  /** Writes to two streams. */
  static final class TeeStream extends OutputStream {
    private final OutputStream a;
    private final OutputStream b;

    TeeStream(OutputStream a, OutputStream b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public void write(int c) throws IOException {
      a.write(c);
      b.write(c);
    }

    @Override
    public void write(byte[] buf, int off, int len) throws IOException {
      a.write(buf, off, len);
      b.write(buf, off, len);
    }
  }

  static String ids(List<JsonNode> nodes) {
    return nodes.stream().map(n -> n.get("id").asText()).collect(Collectors.joining(","));
  }
}
