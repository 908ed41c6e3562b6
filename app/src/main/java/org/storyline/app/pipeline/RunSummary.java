package org.storyline.app.pipeline;

import java.util.List;
import org.storyline.core.error.InputProblem;

/**
 * What a run did: documents read (analysed now or kept from an interrupted run), documents
 * skipped with reasons, records written, seconds and peak heap.
 */
public record RunSummary(
    int documentsRead,
    int documentsAnalysed,
    int documentsResumed,
    int duplicates,
    List<InputProblem> problems,
    int entities,
    int claims,
    int events,
    long tokens,
    double seconds,
    long peakHeapBytes) {
  public RunSummary {
    problems = List.copyOf(problems);
  }

  /** The closing lines printed after a run. */
  public String describe() {
    StringBuilder b = new StringBuilder();
    b.append(String.format("documents: %d read (%d analysed, %d kept from an earlier run, %d duplicates), %d skipped%n",
        documentsRead, documentsAnalysed, documentsResumed, duplicates, problems.size()));
    for (InputProblem p : problems) {
      b.append("  skipped ").append(p.describe()).append('\n');
    }
    b.append(String.format("entities: %d, claims: %d, events: %d%n", entities, claims, events));
    b.append(String.format("time: %.1f s (%.2f docs/s, %d tokens), peak heap %d MB%n", seconds,
        seconds > 0 ? documentsAnalysed / seconds : 0.0, tokens, peakHeapBytes / (1024 * 1024)));
    return b.toString();
  }
}
