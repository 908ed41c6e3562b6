package org.storyline.app.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.core.stage.DocumentAnalysis;
import org.storyline.core.stage.DocumentAnalyzer;
import org.storyline.fuse.entity.KnowledgeBase;
import org.storyline.fuse.entity.MentionResolver;
import org.storyline.fuse.event.ClaimFuser;
import org.storyline.store.Store;

/**
 * A run resumes stored documents only when they were analysed by the same build with the same
 * settings: after an upgrade or a settings change every document is analysed again.
 */
class AnalysisStampTest {
  private final AtomicInteger analysed = new AtomicInteger();

  private DocumentAnalyzer counting() {
    return article -> {
      analysed.incrementAndGet();
      return new DocumentAnalysis(article.id(), List.of(), List.of(), List.of(), 1);
    };
  }

  private static void write(Path dir, int n) throws IOException {
    Files.createDirectories(dir);
    for (int i = 0; i < n; i++) {
      Files.writeString(dir.resolve("d" + i + ".txt"), "Ceasefire talks, round " + i + "\n\n"
          + "Negotiators met for round " + i + " of talks on a ceasefire along the river border, a spokesman said, "
          + "and agreed to exchange lists of detainees before the next meeting.");
    }
  }

  private int run(Path in, Path store, String stamp, AnalyzeRun.Mode mode) {
    return run(List.of(in), store, stamp, mode);
  }

  private int run(List<Path> in, Path store, String stamp, AnalyzeRun.Mode mode) {
    analysed.set(0);
    StoreRefresh refresh = new StoreRefresh(new MentionResolver(KnowledgeBase.builtIn()), new ClaimFuser());
    new AnalyzeRun(counting(), refresh, new AnalysisStamp(stamp))
        .run(new AnalyzeOptions(in, store, "2024-02-02", 2, null, false), mode, ProgressListener.NONE);
    return analysed.get();
  }

  @Test
  void sameStampResumesOtherStampAnalysesAgain(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("in");
    Path out = dir.resolve("out");
    write(in, 3);
    assertEquals(3, run(in, out, "build-1", AnalyzeRun.Mode.ANALYZE));
    assertEquals(0, run(in, out, "build-1", AnalyzeRun.Mode.ANALYZE), "unchanged inputs, same build: resumed");
    assertEquals(3, run(in, out, "build-2", AnalyzeRun.Mode.ANALYZE), "a new build analyses everything again");
    assertEquals(0, run(in, out, "build-2", AnalyzeRun.Mode.ANALYZE));
    try (Store store = Store.open(out)) {
      assertEquals("build-2", store.meta(AnalyzeRun.ANALYSIS_STAMP_META));
    }
  }

  @Test
  void addUnderANewStampLeavesTheStoreMarkedStale(@TempDir Path dir) throws IOException {
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");
    Path out = dir.resolve("out");
    write(first, 2);
    Files.createDirectories(second);
    Files.writeString(second.resolve("e.txt"), "Grain corridor\n\nShips left the port on Tuesday under a deal "
        + "brokered by two mediators, officials said, the first sailings since the spring.");
    assertEquals(2, run(first, out, "build-1", AnalyzeRun.Mode.ANALYZE));
    assertEquals(1, run(second, out, "build-2", AnalyzeRun.Mode.ADD));
    try (Store store = Store.open(out)) {
      assertEquals("build-1", store.meta(AnalyzeRun.ANALYSIS_STAMP_META),
          "the first two documents are still build-1 analyses");
      assertEquals(3, store.articles().size());
    }
    assertEquals(3, run(List.of(first, second), out, "build-2", AnalyzeRun.Mode.ANALYZE), "the next analyze redoes the stale ones");
  }

  @Test
  void buildStampNamesTheVersion() {
    String build = AnalysisStamp.build();
    assertTrue(build.startsWith("storyline "), build);
    assertTrue(AnalysisStamp.of("NlpOptions[x=1]").value().endsWith(" NlpOptions[x=1]"));
    assertThrows(IllegalArgumentException.class, () -> new AnalysisStamp(" "));
  }
}
