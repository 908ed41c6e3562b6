package org.storyline.nlp.time;

import java.nio.file.Path;

/** Scores {@link TemporalResolver} on TimeML (TempEval-3) files as the TempEval-3 scorer does. */
public final class TimeMlEvaluation {
  /** Extraction and value scores over a folder of {@code .tml} files. */
  public record Result(int files, int gold, int system, int strictMatches, int relaxedMatches,
      int valueMatches) {}

  /** Scores every {@code .tml} file in {@code dir}. */
  public Result evaluate(Path dir) {
    return new Result(0, 0, 0, 0, 0, 0);
  }
}
