package org.storyline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command: the shipped sample corpus analyses cleanly, every format dated. */
class SampleCorpusTest {
  static Path samples() {
    return Path.of(System.getProperty("storyline.samples", "../samples")).resolve("rnk");
  }

  @Test
  void sampleCorpusAnalysesWithEveryDateBasis(@TempDir Path dir) throws IOException {
    String[] r = AnalyzeSeedsTest.run("analyze", samples().toString(), "--out", dir.toString(), "--quiet");
    assertEquals("0", r[0], r[1]);
    Map<String, String> dates = new TreeMap<>();
    for (JsonNode d : AnalyzeSeedsTest.read(dir, "documents")) {
      String file = Path.of(d.path("source").path("path").asText()).getFileName().toString();
      dates.put(file, d.path("published").path("date").asText() + "/" + d.path("published").path("basis").asText());
      assertTrue(d.path("dropped").size() > 0, file + " dropped no chrome");
    }
    assertEquals(Map.of(
        "01-summit.txt", "2023-09-14/text",
        "02-lavrov.html", "2023-10-19/text",
        "03-missiles.txt", "2024-01-05/given",
        "04-treaty.html", "2024-06-19/metadata",
        "05-shoigu.jsonl", "2024-09-14/given"), dates);
  }

  @Test
  void summitOnWednesdayLandsOnItsDay(@TempDir Path dir) throws IOException {
    String[] r = AnalyzeSeedsTest.run("analyze", samples().toString(), "--out", dir.toString(), "--quiet");
    assertEquals("0", r[0], r[1]);
    List<String> summit = AnalyzeSeedsTest.read(dir, "events").stream()
        .filter(e -> e.get("type").asText().equals("CONSULT"))
        .map(e -> e.path("date").path("start").asText())
        .filter(d -> d.startsWith("2023-09"))
        .toList();
    assertEquals(List.of("2023-09-13"), summit);
  }

  @Test
  void nlpLimitsAreOptionsAndBadValuesAreUserErrors(@TempDir Path dir) throws IOException {
    String[] bad = AnalyzeSeedsTest.run("analyze", samples().toString(), "--out", dir.resolve("bad").toString(), "-q",
        "--max-sentence-tokens", "3");
    assertEquals("4", bad[0], bad[1]);
    assertTrue(bad[1].contains("maxParseTokens must be at least 10"), bad[1]);
    // bodies cut at 1,000 characters: claims only from the first 1,000 characters of each body
    Path small = dir.resolve("small");
    String[] r = AnalyzeSeedsTest.run("analyze", samples().toString(), "--out", small.toString(), "-q",
        "--max-body-chars", "1000", "--max-sentence-tokens", "40");
    assertEquals("0", r[0], r[1]);
    List<JsonNode> claims = AnalyzeSeedsTest.read(small, "claims");
    assertTrue(!claims.isEmpty());
    for (JsonNode c : claims) {
      assertTrue(c.get("end").asInt() <= 1000, c.toString());
    }
  }
}
