package org.storyline.app.pipeline;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.storyline.core.document.Article;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;
import org.storyline.core.stage.DocumentAnalysis;
import org.storyline.core.stage.DocumentAnalyzer;

/**
 * Runs each analysis on a thread of its own and gives up on it after a time budget: the caller
 * gets {@code NLP_TIMEOUT} and goes on while the abandoned analysis runs to its end in the
 * background (it is never interrupted: CoreNLP cannot be stopped safely mid-document). Running
 * analyses, abandoned ones included, are bounded by {@code callers + maxAbandoned}; when the bound
 * is reached a new analysis waits for a running one to end, so abandoned work cannot pile up.
 * Used by the local run and by the Spark job's per-document stage alike.
 */
public final class TimedAnalyzer implements DocumentAnalyzer, AutoCloseable {
  private final DocumentAnalyzer analyzer;
  private final long budgetNanos;
  private final Semaphore running;
  private final AtomicInteger abandoned = new AtomicInteger();
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "storyline-nlp");
    t.setDaemon(true);
    return t;
  });

  /**
   * @param callers threads that call {@link #analyze} at the same time
   * @param budget time budget per document
   * @param maxAbandoned abandoned analyses that may run on before new ones wait
   */
  public TimedAnalyzer(DocumentAnalyzer analyzer, int callers, Duration budget, int maxAbandoned) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.budgetNanos = budget.toNanos();
    this.running = new Semaphore(callers + maxAbandoned);
  }

  /** Analyses given up so far (some may still be running). */
  public int abandoned() {
    return abandoned.get();
  }

  /**
   * @throws StorylineException {@code NLP_TIMEOUT} when the budget runs out, or what the wrapped
   *     analyzer threw
   */
  @Override
  public DocumentAnalysis analyze(Article article) {
    running.acquireUninterruptibly();
    Future<DocumentAnalysis> f;
    try {
      f = threads.submit(() -> {
        try {
          return analyzer.analyze(article);
        } finally {
          running.release();
        }
      });
    } catch (RuntimeException e) {
      running.release();
      throw e;
    }
    try {
      return f.get(budgetNanos, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      abandoned.incrementAndGet();
      throw new StorylineException(ErrorCode.NLP_TIMEOUT, "analysis took longer than the time budget of "
          + seconds(budgetNanos) + " and was abandoned");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StorylineException(ErrorCode.INTERNAL_ERROR, "interrupted while waiting for analysis", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new StorylineException(ErrorCode.NLP_FAILURE, "analysis failed: " + cause, cause);
    }
  }

  private static String seconds(long nanos) {
    double s = nanos / 1e9;
    return s == Math.rint(s) ? String.format("%.0f s", s) : String.format("%.3f s", s);
  }

  /** Stops accepting work; abandoned analyses still running end on their own (daemon threads). */
  @Override
  public void close() {
    threads.shutdown();
  }
}
