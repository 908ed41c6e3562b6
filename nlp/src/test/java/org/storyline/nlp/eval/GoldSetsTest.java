package org.storyline.nlp.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.storyline.nlp.CoreNlpAnalyzer;

/**
 * Runs the analyzer on both gold sets and prints the per-field table (and, with
 * {@code -Dclaims.misses=true}, every miss). The floors are the figures reached, so a change
 * that loses ground fails here. Seeds type and stance precision fell from 0.90/0.92 when unnamed
 * actors ("Russian forces") began to anchor claims the gold does not list (a second event of
 * the sentence then takes a gold item of another type).
 */
class GoldSetsTest {
  private static final Path GOLD = Path.of("src/test/resources/gold");

  @Test
  void seedsGold() {
    Path seeds = Path.of(System.getProperty("storyline.shared", "../shared"), "seeds");
    Assumptions.assumeTrue(Files.isDirectory(seeds), "seeds not available");
    ClaimEvaluation.Result r = ClaimEvalRunner.run(GOLD.resolve("seeds.claims"), seeds, null, CoreNlpAnalyzer.shared());
    report("seeds", r);
    floors(r, Map.of(
        "claims", new double[] {0.93, 0.96}, "type", new double[] {0.92, 0.96},
        "actors", new double[] {0.94, 0.94}, "date", new double[] {0.99, 0.96},
        "quantity", new double[] {0.99, 0.99}, "speaker", new double[] {0.91, 0.97},
        "stance", new double[] {0.92, 0.95}));
  }

  @Test
  void otherConflictsGold() {
    ClaimEvaluation.Result r = ClaimEvalRunner.run(GOLD.resolve("other.claims"),
        GOLD.resolve("other-sentences.txt"), null, CoreNlpAnalyzer.shared());
    report("other", r);
    floors(r, Map.of(
        "claims", new double[] {0.98, 0.98}, "type", new double[] {0.98, 0.98},
        "actors", new double[] {0.99, 0.96}, "date", new double[] {0.99, 0.95},
        "quantity", new double[] {0.99, 0.99}, "speaker", new double[] {0.97, 0.99},
        "stance", new double[] {0.98, 0.98}));
  }

  private static void report(String name, ClaimEvaluation.Result r) {
    System.out.println("claims gold set '" + name + "'\n" + r);
    if (Boolean.getBoolean("claims.misses")) {
      r.misses().forEach(m -> System.out.println("  " + m));
    }
  }

  /** Each entry: field -> {precision floor, recall floor}. */
  private static void floors(ClaimEvaluation.Result r, Map<String, double[]> floors) {
    floors.forEach((field, f) -> {
      FieldScore s = r.field(field);
      assertTrue(s.precision() >= f[0], field + " precision " + s.precision() + " < " + f[0]);
      assertTrue(s.recall() >= f[1], field + " recall " + s.recall() + " < " + f[1]);
    });
  }
}
