package org.storyline.app.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;
import org.storyline.store.StoreLocation;

/**
 * What to analyse and how.
 *
 * @param inputs files or folders, in the order given
 * @param out the store: a SQLite folder (the four JSON Lines files are written there too) or a
 *     PostgreSQL database
 * @param date a publication date (ISO yyyy[-mm[-dd]]) for every document whose input gives none,
 *     or null
 * @param threads worker threads for extraction and NLP, at least 1
 * @param kb a knowledge base file replacing the built-in one, or null
 * @param strict if true, the first input failure ends the run
 * @param limits limits that protect the machine ({@link RunLimits#DEFAULT} unless told otherwise)
 */
public record AnalyzeOptions(List<Path> inputs, StoreLocation out, String date, int threads, Path kb, boolean strict,
    RunLimits limits) {
  private static final Pattern ISO = Pattern.compile("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$");

  public AnalyzeOptions {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(limits, "limits");
    if (inputs.isEmpty()) {
      throw new StorylineException(ErrorCode.INVALID_ARGUMENT, "no inputs given");
    }
    if (date != null && !ISO.matcher(date).matches()) {
      throw new StorylineException(ErrorCode.INVALID_ARGUMENT, "--date must be yyyy, yyyy-mm or yyyy-mm-dd, not '" + date + "'");
    }
    if (threads < 1) {
      throw new StorylineException(ErrorCode.INVALID_ARGUMENT, "--threads must be at least 1, not " + threads);
    }
  }

  /** Options for a SQLite store in folder {@code out}. */
  public AnalyzeOptions(List<Path> inputs, Path out, String date, int threads, Path kb, boolean strict,
      RunLimits limits) {
    this(inputs, StoreLocation.sqlite(out), date, threads, kb, strict, limits);
  }

  /** Options for a SQLite store in folder {@code out}, with the default limits. */
  public AnalyzeOptions(List<Path> inputs, Path out, String date, int threads, Path kb, boolean strict) {
    this(inputs, StoreLocation.sqlite(out), date, threads, kb, strict, RunLimits.DEFAULT);
  }
}
