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
import org.storyline.core.document.Article;
import org.storyline.nlp.CoreNlpAnalyzer;
import org.storyline.nlp.NlpOptions;

/** The whole per-document NLP stage: CoreNLP, mentions, time expressions and claims. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-XX:+UseParallelGC"})
public class AnalysisBenchmark {
  private SampleCorpus corpus;
  private CoreNlpAnalyzer analyzer;

  @Setup
  public void setUp() {
    corpus = SampleCorpus.load();
    analyzer = new CoreNlpAnalyzer(NlpOptions.defaults());
  }

  /** Every article of the corpus, one pass. */
  @Benchmark
  public void analyze(Blackhole out) {
    for (Article a : corpus.articles()) {
      out.consume(analyzer.analyze(a));
    }
  }
}
