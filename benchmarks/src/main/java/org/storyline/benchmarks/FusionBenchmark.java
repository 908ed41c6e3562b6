package org.storyline.benchmarks;

import java.util.ArrayList;
import java.util.List;
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
import org.storyline.core.claim.Claim;
import org.storyline.core.document.Article;
import org.storyline.core.event.Event;
import org.storyline.fuse.event.ClaimFuser;
import org.storyline.nlp.CoreNlpAnalyzer;
import org.storyline.nlp.NlpOptions;

/**
 * Cross-document fusion of the corpus's real claims into events (the claims are made once, in
 * the setup). For fusion at scale, see the synthetic {@code FusionBenchmark} in fuse's tests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-XX:+UseParallelGC"})
public class FusionBenchmark {
  private List<Article> articles;
  private final List<Claim> claims = new ArrayList<>();
  private final ClaimFuser fuser = new ClaimFuser();

  @Setup
  public void setUp() {
    articles = SampleCorpus.load().articles();
    CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer(NlpOptions.defaults());
    for (Article a : articles) {
      claims.addAll(analyzer.analyze(a).claims());
    }
  }

  /** All claims of the corpus into events. */
  @Benchmark
  public List<Event> fuse() {
    return fuser.fuse(articles, claims);
  }
}
