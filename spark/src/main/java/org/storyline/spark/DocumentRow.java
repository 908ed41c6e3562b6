package org.storyline.spark;

import java.io.Serializable;

/**
 * What an executor sends back for one input record or one unreadable input: the article and its
 * analysis as JSON, or the problem that stopped it. Ordered by ({@code file}, {@code record}), the
 * order of the local pipeline; {@code record} is -1 for a problem of the file itself.
 *
 * @param file the input file's index
 * @param record the record's index within the file, or -1
 * @param id the article id when the article was built (also when its analysis then failed), or null
 * @param article the contract JSON of the article, or null
 * @param analysis the analysis as {@link AnalysisJson}, or null
 * @param problem the problem as {@link ProblemJson}, or null
 */
record DocumentRow(int file, int record, String id, String article, String analysis, String problem) implements Serializable {
  DocumentRow {
    if ((article == null) != (analysis == null) || (article == null) == (problem == null)) {
      throw new IllegalArgumentException("a row holds an article with its analysis, or a problem");
    }
  }

  /** True if this row is a document that consumed an input sequence number (analysed or failed). */
  boolean isRecord() {
    return record >= 0;
  }
}
