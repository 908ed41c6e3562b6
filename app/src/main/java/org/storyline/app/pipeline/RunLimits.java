package org.storyline.app.pipeline;

import java.time.Duration;
import java.util.Objects;
import org.storyline.ingest.ArticleFactory;
import org.storyline.ingest.source.InputLimits;

/**
 * Limits that protect the machine during a run; a document that exceeds one is reported as a
 * problem and the run goes on.
 *
 * @param input bytes per document and expanded bytes per gzip-compressed file
 * @param maxHtmlDepth deepest element nesting of an HTML page that is extracted; deeper pages are
 *     reported as {@code INPUT_UNSUPPORTED} at the {@code extract} stage; at least 16
 * @param nlpTimeout longest time the NLP stage may spend on one document; a document that takes
 *     longer is reported as {@code NLP_TIMEOUT} and its analysis abandoned; positive
 * @param maxAbandoned most abandoned analyses that may still be running before new analyses wait
 *     for one of them to end (CoreNLP threads cannot be stopped safely); at least 1
 */
public record RunLimits(InputLimits input, int maxHtmlDepth, Duration nlpTimeout, int maxAbandoned) {
  /** Default NLP time budget per document: 120 seconds. */
  public static final Duration DEFAULT_NLP_TIMEOUT = Duration.ofSeconds(120);

  /** Default bound on abandoned analyses still running: 2. */
  public static final int DEFAULT_MAX_ABANDONED = 2;

  /**
   * The defaults: 20 MB per document, 1 GB expanded per gzip file, HTML nesting depth 512, 120 s of
   * NLP per document, at most 2 abandoned analyses.
   */
  public static final RunLimits DEFAULT = new RunLimits(InputLimits.DEFAULT, ArticleFactory.DEFAULT_MAX_HTML_DEPTH,
      DEFAULT_NLP_TIMEOUT, DEFAULT_MAX_ABANDONED);

  public RunLimits {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(nlpTimeout, "nlpTimeout");
    if (maxHtmlDepth < ArticleFactory.MIN_HTML_DEPTH) {
      throw new IllegalArgumentException("HTML nesting depth limit must be at least " + ArticleFactory.MIN_HTML_DEPTH
          + ": " + maxHtmlDepth);
    }
    if (nlpTimeout.isNegative() || nlpTimeout.isZero()) {
      throw new IllegalArgumentException("NLP time budget must be positive: " + nlpTimeout);
    }
    if (maxAbandoned < 1) {
      throw new IllegalArgumentException("abandoned analyses bound must be at least 1: " + maxAbandoned);
    }
  }

  /** These limits with another NLP time budget per document. */
  public RunLimits withNlpTimeout(Duration timeout) {
    return new RunLimits(input, maxHtmlDepth, timeout, maxAbandoned);
  }
}
