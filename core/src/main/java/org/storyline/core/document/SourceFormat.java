package org.storyline.core.document;

/** The kind of input a document was read from, as named by the contract. */
public enum SourceFormat {
  TEXT, HTML, WARC, JSONL, FEED, OTHER;

  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static SourceFormat fromWire(String s) {
    return valueOf(s.toUpperCase(java.util.Locale.ROOT));
  }
}
