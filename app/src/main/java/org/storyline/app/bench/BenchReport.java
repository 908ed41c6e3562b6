package org.storyline.app.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * The table of one thread count: per workload documents/s, tokens/s, load time and peak heap,
 * then storyline's throughput as a ratio of CoreNLP's default pipeline and of the floor.
 */
final class BenchReport {
  private final int threads;
  private final int documents;
  private final long tokens;
  private final List<StageTiming> timings;

  BenchReport(int threads, int documents, long tokens, List<StageTiming> timings) {
    this.threads = threads;
    this.documents = documents;
    this.tokens = tokens;
    this.timings = List.copyOf(timings);
  }

  void print(PrintStream out) {
    out.printf(Locale.ROOT, "%n%d thread(s), %d documents, %d tokens, median of timed rounds (load avg now %.1f)%n",
        threads, documents, tokens, BenchCommand.loadAverage());
    out.printf(Locale.ROOT, "%-24s %8s %10s %11s %8s %12s %14s%n", "workload", "load s", "docs/s", "tokens/s", "median s",
        "peak heap MB", "docs/cpu-s");
    for (StageTiming t : timings) {
      double s = t.medianSeconds();
      out.printf(Locale.ROOT, "%-24s %8.1f %10.2f %11.0f %8.2f %12d %14.2f%n", t.name(), t.loadMillis() / 1e3,
          documents / s, tokens / s, s, t.peakHeapBytes() >> 20, documents / t.cpuSecondsPerRound());
    }
    StageTiming storyline = find(BenchCommand.STORYLINE);
    if (storyline != null) {
      for (String other : List.of(BenchCommand.DEFAULT, BenchCommand.FLOOR)) {
        StageTiming o = find(other);
        if (o != null) {
          out.printf(Locale.ROOT, "throughput storyline/%s = %.2f (wall), %.2f (cpu)%n", other,
              o.medianSeconds() / storyline.medianSeconds(), o.cpuSecondsPerRound() / storyline.cpuSecondsPerRound());
        }
      }
    }
  }

  private StageTiming find(String name) {
    return timings.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
  }
}
