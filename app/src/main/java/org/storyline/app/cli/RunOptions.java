package org.storyline.app.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.storyline.app.pipeline.AnalyzeOptions;
import org.storyline.app.pipeline.RunLimits;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;
import org.storyline.ingest.source.InputLimits;
import org.storyline.nlp.NlpOptions;
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

  @Option(names = "--max-document-bytes", paramLabel = "BYTES",
      description = "Largest document (file, WARC record or JSONL line, after gunzip); default 20 MB.")
  long maxDocumentBytes = InputLimits.DEFAULT.maxDocumentBytes();

  @Option(names = "--max-expanded-bytes", paramLabel = "BYTES",
      description = "Most bytes one gzip file may expand to (gzip bombs); default 1 GB.")
  long maxExpandedBytes = InputLimits.DEFAULT.maxExpandedBytes();

  @Option(names = "--max-html-depth", paramLabel = "N", description = "Deepest HTML element nesting accepted; default 512.")
  int maxHtmlDepth = RunLimits.DEFAULT.maxHtmlDepth();

  @Option(names = "--nlp-timeout", paramLabel = "SECONDS", description = "NLP time budget per document; default 120.")
  long nlpTimeoutSeconds = RunLimits.DEFAULT_NLP_TIMEOUT.toSeconds();

  @Option(names = "--max-sentence-tokens", paramLabel = "N",
      description = "Sentences with more tokens are tagged but not dependency-parsed; default 120, at least 10.")
  int maxSentenceTokens = NlpOptions.defaults().maxParseTokens();

  @Option(names = "--max-body-chars", paramLabel = "N",
      description = "Only the first N characters of a body are analysed; default 100000, at least 1000.")
  int maxBodyChars = NlpOptions.defaults().maxBodyChars();

  /** The NLP settings from the options. */
  NlpOptions nlpOptions() {
    try {
      return new NlpOptions(maxSentenceTokens, maxBodyChars);
    } catch (IllegalArgumentException e) {
      throw new StorylineException(ErrorCode.INVALID_ARGUMENT, "bad limit: " + e.getMessage(), e);
    }
  }

  /** The run's limits from the options. */
  RunLimits limits() {
    try {
      return new RunLimits(new InputLimits(maxDocumentBytes, maxExpandedBytes), maxHtmlDepth,
          Duration.ofSeconds(nlpTimeoutSeconds), RunLimits.DEFAULT_MAX_ABANDONED);
    } catch (IllegalArgumentException e) {
      throw new StorylineException(ErrorCode.INVALID_ARGUMENT, "bad limit: " + e.getMessage(), e);
    }
  }

  /** The analysis options of a run over {@code inputs} into {@code out}. */
  AnalyzeOptions options(java.util.List<Path> inputs, org.storyline.store.StoreLocation out) {
    return new AnalyzeOptions(inputs, out, date, threads, kb, strict, limits());
  }
}
