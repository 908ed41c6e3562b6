package org.storyline.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.app.pipeline.AnalyzeOptions;
import org.storyline.app.pipeline.AnalyzeRun;
import org.storyline.app.pipeline.ProgressListener;
import org.storyline.app.pipeline.StoreRefresh;
import org.storyline.fuse.entity.KnowledgeBase;
import org.storyline.fuse.entity.MentionResolver;
import org.storyline.fuse.event.ClaimFuser;
import org.storyline.nlp.CoreNlpAnalyzer;
import org.storyline.store.Store;

/**
 * The Spark job in {@code local[2]} against {@code storyline analyze}'s own run on the same
 * inputs: the four contract files must be identical, byte for byte (ids, order, everything), and
 * the job's Parquet loaded into a store (SQLite, and PostgreSQL when {@code STORYLINE_TEST_PG} is
 * set) must give the same files again.
 */
class SparkLocalAgreementTest {
  static final List<String> FILES = List.of("documents.jsonl", "entities.jsonl", "claims.jsonl", "events.jsonl");
  /**
   * Every how many WCXB pages the test takes: 30 by default (24 of the 711 pages, about a minute
   * and a half on two cores), {@code -Dstoryline.spark.wcxb.step=1} for all of them.
   */
  static final int WCXB_STEP = Integer.getInteger("storyline.spark.wcxb.step", 30);

  static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder().master("local[2]").appName("storyline-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.host", "127.0.0.1").getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      spark.stop();
    }
  }

  static Path shared() {
    Path p = Path.of(System.getProperty("storyline.shared", "../shared"));
    assumeTrue(Files.isDirectory(p), "no shared data folder at " + p);
    return p;
  }

  @Test
  void seedsAgreeWithTheLocalRunAndSurviveImport(@TempDir Path dir) throws IOException {
    Path seeds = shared().resolve("seeds");
    assumeTrue(Files.isDirectory(seeds));
    compare(List.of(seeds), dir, true);
  }

  @Test
  void wcxbPagesAgreeWithTheLocalRun(@TempDir Path dir) throws IOException {
    assumeTrue(WCXB_STEP >= 1, "storyline.spark.wcxb.step must be at least 1");
    Path html = shared().resolve("datasets/wcxb-dev-articles/html");
    assumeTrue(Files.isDirectory(html));
    List<Path> pages = new ArrayList<>();
    try (Stream<Path> s = Files.list(html)) {
      List<Path> all = s.sorted().toList();
      for (int i = 0; i < all.size(); i += WCXB_STEP) {
        pages.add(all.get(i));
      }
    }
    compare(pages, dir, false);
  }

  private static void compare(List<Path> inputs, Path dir, boolean viaImport) throws IOException {
    Path local = dir.resolve("local");
    new AnalyzeRun(CoreNlpAnalyzer.shared(), new StoreRefresh(new MentionResolver(KnowledgeBase.builtIn()), new ClaimFuser()))
        .run(new AnalyzeOptions(inputs, local, null, 1, null, false), AnalyzeRun.Mode.ANALYZE, ProgressListener.NONE);

    Path out = dir.resolve("spark");
    SparkAnalyzeJob.Summary summary = SparkAnalyzeJob.run(spark, new SparkAnalyzeJob.Options(
        inputs.stream().map(Path::toString).toList(), out.toString(), null, 0, true, null));
    assertTrue(summary.documents() > 0, summary.describe());
    assertSameFiles(local, out);
    try (Store l = Store.openExisting(local)) {
      assertEquals(l.counts().get("documents"), summary.documents() );
    }

    if (viaImport) {
      Path imported = dir.resolve("imported");
      try (Store s = Store.open(imported.toString())) {
        ParquetImport.load(spark, out.toString(), s);
      }
      assertSameFiles(local, imported);
      java.util.Optional<String> pg = org.storyline.store.TestPostgres.freshSchema("spark");
      if (pg.isPresent()) {
        try (Store s = Store.open(pg.get())) {
          ParquetImport.load(spark, out.toString(), s);
          Path exported = dir.resolve("from-postgres");
          s.exportJsonl(exported);
          assertSameFiles(local, exported);
          try (Store l = Store.openExisting(local)) {
            assertEquals(l.counts(), s.counts());
            assertEquals(l.problems(), s.problems());
          }
        }
      }
    }
  }

  private static void assertSameFiles(Path expected, Path actual) throws IOException {
    for (String f : FILES) {
      List<String> want = Files.readAllLines(expected.resolve(f));
      List<String> got = Files.readAllLines(actual.resolve(f));
      assertEquals(want.size(), got.size(), f + " line count");
      for (int i = 0; i < want.size(); i++) {
        assertEquals(want.get(i), got.get(i), f + " line " + (i + 1));
      }
    }
  }
}
