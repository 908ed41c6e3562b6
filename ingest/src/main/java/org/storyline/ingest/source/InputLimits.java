package org.storyline.ingest.source;

/**
 * Size limits applied while reading inputs.
 *
 * @param maxDocumentBytes largest document (one file, WARC record or JSONL line), in bytes after
 *     gzip expansion; larger ones are reported as {@code INPUT_TOO_LARGE} and skipped
 * @param maxExpandedBytes most bytes one gzip-compressed file may expand to before reading stops
 *     with {@code INPUT_TOO_LARGE} (bounds decompression bombs)
 */
public record InputLimits(long maxDocumentBytes, long maxExpandedBytes) {
  /** 20 MB per document, 1 GB of expanded gzip per file. */
  public static final InputLimits DEFAULT = new InputLimits(20L << 20, 1L << 30);

  public InputLimits {
    if (maxDocumentBytes <= 0 || maxExpandedBytes <= 0) {
      throw new IllegalArgumentException(
          "input limits must be positive: " + maxDocumentBytes + ", " + maxExpandedBytes);
    }
  }
}
