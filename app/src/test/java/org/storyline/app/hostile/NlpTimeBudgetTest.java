package org.storyline.app.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.app.pipeline.AnalyzeOptions;
import org.storyline.app.pipeline.AnalyzeRun;
import org.storyline.app.pipeline.ProgressListener;
import org.storyline.app.pipeline.RunLimits;
import org.storyline.app.pipeline.RunSummary;
import org.storyline.app.pipeline.StoreRefresh;
import org.storyline.core.document.Article;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.InputProblem;
import org.storyline.core.stage.DocumentAnalysis;
import org.storyline.core.stage.DocumentAnalyzer;
import org.storyline.fuse.entity.KnowledgeBase;
import org.storyline.fuse.entity.MentionResolver;
import org.storyline.fuse.event.ClaimFuser;

/**
 * A document whose analysis stalls is recorded as {@code NLP_TIMEOUT} at the {@code nlp} stage and
 * the run goes on; abandoned analyses are bounded, so stalled work never piles up.
 */
class NlpTimeBudgetTest {
  private static final String BODY = "Officials in Warsaw said on Monday that talks on air defence would resume next "
      + "month.\n\nThe foreign minister told reporters the two governments had agreed on a timetable for the "
      + "delivery of the first batteries.\n\nNeither side gave figures for the cost of the programme.";

  private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday"};

  /** Stalls on documents whose file name says so, counting analyses running at once. */
  private static final class StallingAnalyzer implements DocumentAnalyzer {
    final AtomicInteger running = new AtomicInteger();
    final AtomicInteger maxRunning = new AtomicInteger();
    final AtomicInteger finished = new AtomicInteger();

    @Override
    public DocumentAnalysis analyze(Article article) {
      int now = running.incrementAndGet();
      maxRunning.accumulateAndGet(now, Math::max);
      try {
        if (article.source().path().contains("stall")) {
          Thread.sleep(1200);
        }
        return new DocumentAnalysis(article.id(), List.of(), List.of(), List.of(), 1);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      } finally {
        running.decrementAndGet();
        finished.incrementAndGet();
      }
    }
  }

  @Test
  void stalledDocumentsTimeOutAndTheRunGoesOn(@TempDir Path dir) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (int i = 0; i < 8; i++) {
      String name = String.format(i % 3 == 1 ? "stall-%02d.txt" : "doc-%02d.txt", i);
      Files.writeString(in.resolve(name), "Talks resume in round " + i + "\n\n" + BODY.replace("month", WEEKDAYS[i % 7])
          + "\n\nThis is report number " + i + " of the series, filed by desk " + (char) ('A' + i) + ".");
    }
    StallingAnalyzer analyzer = new StallingAnalyzer();
    RunLimits limits = RunLimits.DEFAULT.withNlpTimeout(Duration.ofMillis(250));
    AnalyzeOptions options = new AnalyzeOptions(List.of(in), dir.resolve("store"), "2024-05-01", 2, null, false, limits);
    StoreRefresh refresh = new StoreRefresh(new MentionResolver(KnowledgeBase.builtIn()), new ClaimFuser());

    long start = System.nanoTime();
    RunSummary summary = new AnalyzeRun(analyzer, refresh).run(options, AnalyzeRun.Mode.ANALYZE, ProgressListener.NONE);
    double seconds = (System.nanoTime() - start) / 1e9;

    List<InputProblem> timeouts = summary.problems().stream().filter(p -> p.code() == ErrorCode.NLP_TIMEOUT).toList();
    assertEquals(List.of("stall-01.txt", "stall-04.txt", "stall-07.txt"),
        timeouts.stream().map(p -> Path.of(p.path()).getFileName().toString()).sorted().toList(), summary.describe());
    for (InputProblem p : timeouts) {
      assertEquals("nlp", p.stage());
      assertTrue(p.reason().contains("0.250 s"), p.reason());
    }
    assertEquals(5, summary.documentsRead());
    assertEquals(3, summary.problems().size(), summary.describe());
    // 2 callers + 2 abandoned analyses at most, whatever the number of stalls
    assertTrue(analyzer.maxRunning.get() <= 2 + RunLimits.DEFAULT_MAX_ABANDONED, "ran at once: " + analyzer.maxRunning);
    assertTrue(seconds < 8, "took " + seconds + " s");
  }
}
