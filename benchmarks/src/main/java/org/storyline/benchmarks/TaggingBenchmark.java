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
import org.storyline.nlp.NlpOptions;
import org.storyline.nlp.pipeline.CoreNlpPipeline;

/**
 * CoreNLP as storyline runs it, without and with the dependency parser: tokenize, ssplit, pos,
 * lemma and NER on every sentence ({@code tagOnly}), then the parser on the sentences storyline's
 * rules would want too ({@code tagAndParseAll} parses every sentence, the upper bound).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-XX:+UseParallelGC"})
public class TaggingBenchmark {
  private SampleCorpus corpus;
  private CoreNlpPipeline pipeline;

  @Setup
  public void setUp() {
    corpus = SampleCorpus.load();
    NlpOptions o = NlpOptions.defaults();
    pipeline = new CoreNlpPipeline(o.maxParseTokens(), o.nerModels());
  }

  /** Tokens, sentences, tags, lemmas and names; no parse. */
  @Benchmark
  public void tagOnly(Blackhole out) {
    for (Article a : corpus.articles()) {
      out.consume(pipeline.parse(a.body(), (text, tokens) -> false));
    }
  }

  /** The same, and every sentence of at most the parser's limit parsed. */
  @Benchmark
  public void tagAndParseAll(Blackhole out) {
    for (Article a : corpus.articles()) {
      out.consume(pipeline.parse(a.body()));
    }
  }
}
