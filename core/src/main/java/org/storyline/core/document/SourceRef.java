package org.storyline.core.document;

import java.util.Objects;

/**
 * Where a document came from: the file path as given, the URL if known, the input format and,
 * inside a multi-record file (WARC, JSONL), the record's locator ({@code line 12},
 * {@code record 3 @ offset 5120}); null for a file holding one document.
 */
public record SourceRef(String path, String url, SourceFormat format, String locator) {
  public SourceRef {
    Objects.requireNonNull(format, "format");
  }

  /** Path plus locator, for messages. */
  public String describe() {
    String p = path == null ? (url == null ? "<unknown>" : url) : path;
    return locator == null ? p : p + " (" + locator + ")";
  }
}
