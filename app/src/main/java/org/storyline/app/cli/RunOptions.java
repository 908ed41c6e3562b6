package org.storyline.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands that run the pipeline ({@code analyze}, {@code add}). */
final class RunOptions {
  @Option(names = "--date", paramLabel = "YYYY[-MM[-DD]]",
      description = "Publication date for every document whose input gives none (sidecar <file>.meta.json or JSONL field).")
  String date;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--kb", paramLabel = "FILE", description = "Knowledge base file replacing the built-in one.")
  Path kb;

  @Option(names = "--strict", description = "Stop at the first input that cannot be read or analysed.")
  boolean strict;

  @Option(names = {"-q", "--quiet"}, description = "No progress line.")
  boolean quiet;
}
