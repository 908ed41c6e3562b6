package org.storyline.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.storyline.core.document.SourceDocument;
import org.storyline.ingest.ArticleFactory;

/** Ingest: main text and metadata of every input document (HTML cleaning, dates, byline). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MainTextBenchmark {
  private SampleCorpus corpus;
  private ArticleFactory factory;

  @Setup
  public void setUp() {
    corpus = SampleCorpus.load();
    factory = new ArticleFactory();
  }

  /** All documents of the corpus, one pass. */
  @Benchmark
  public void articles(Blackhole out) {
    for (SourceDocument d : corpus.sources()) {
      try {
        out.consume(factory.create(d));
      } catch (RuntimeException e) {
        out.consume(e);
      }
    }
  }
}
