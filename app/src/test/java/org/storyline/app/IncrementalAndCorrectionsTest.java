package org.storyline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code add} gives what a fresh {@code analyze} of all inputs gives; entity corrections are kept
 * in the store and survive re-analysis.
 */
class IncrementalAndCorrectionsTest {
  static List<String> seedFiles() throws IOException {
    try (Stream<Path> s = Files.list(SharedData.seeds())) {
      return s.filter(p -> p.toString().endsWith(".txt")).map(Path::toString).sorted().toList();
    }
  }

  @Test
  void addingDocumentsEqualsAnalysingThemAllAtOnce(@TempDir Path dir) throws IOException {
    List<String> seeds = seedFiles();
    Path fresh = dir.resolve("fresh");
    Path grown = dir.resolve("grown");
    String[] args = Stream.concat(Stream.of("analyze"), Stream.concat(seeds.stream(), Stream.of("--out", fresh.toString(), "-q")))
        .toArray(String[]::new);
    assertEquals("0", AnalyzeSeedsTest.run(args)[0]);
    String[] first = Stream.concat(Stream.of("analyze"), Stream.concat(seeds.subList(0, 3).stream(), Stream.of("--out", grown.toString(), "-q")))
        .toArray(String[]::new);
    assertEquals("0", AnalyzeSeedsTest.run(first)[0]);
    String[] add = Stream.concat(Stream.of("add", "--store", grown.toString(), "-q"), seeds.subList(3, seeds.size()).stream())
        .toArray(String[]::new);
    String[] r = AnalyzeSeedsTest.run(add);
    assertEquals("0", r[0], r[1]);
    assertTrue(r[1].contains("2 analysed"), "add analysed only the new documents:\n" + r[1]);
    for (String f : AnalyzeSeedsTest.FILES) {
      assertEquals(Files.readString(fresh.resolve(f + ".jsonl")), Files.readString(grown.resolve(f + ".jsonl")), f);
    }
  }

  @Test
  void correctionsSurviveReanalysis(@TempDir Path dir) throws IOException {
    Path store = dir.resolve("store");
    List<String> seeds = seedFiles();
    String[] analyze = Stream.concat(Stream.of("analyze"), Stream.concat(seeds.stream(), Stream.of("--out", store.toString(), "-q")))
        .toArray(String[]::new);
    assertEquals("0", AnalyzeSeedsTest.run(analyze)[0]);
    String[] r = AnalyzeSeedsTest.run("entities", "rename", "--store", store.toString(), "Sergey Shoigu", "Sergei Kuzhugetovich Shoigu");
    assertEquals("0", r[0], r[1]);
    assertEquals(1, named(store, "Sergei Kuzhugetovich Shoigu"));
    r = AnalyzeSeedsTest.run("entities", "merge", "--store", store.toString(), "John Kirby", "Matthew Miller", "--name", "US spokespeople");
    assertEquals("0", r[0], r[1]);
    assertEquals(1, named(store, "US spokespeople"));
    assertEquals(0, named(store, "Matthew Miller"));
    // the same analysis again, and with a document more: the corrections still hold
    assertEquals("0", AnalyzeSeedsTest.run(analyze)[0]);
    assertEquals(1, named(store, "Sergei Kuzhugetovich Shoigu"));
    assertEquals(1, named(store, "US spokespeople"));
    assertEquals(0, named(store, "Matthew Miller"));
  }

  static long named(Path store, String name) throws IOException {
    return AnalyzeSeedsTest.read(store, "entities").stream().map(e -> e.get("name").asText()).filter(name::equals).count();
  }

}
