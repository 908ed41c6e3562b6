package org.storyline.core.time;

/** Where a publication date came from, as named by the contract. */
public enum DateBasis {
  /** Page metadata: JSON-LD, Open Graph, article meta tags, {@code <time>}. */
  METADATA,
  /** A dateline or "Published on" stamp in the text. */
  TEXT,
  /** A date pattern in the URL. */
  URL,
  /** Inferred from the content (latest reported date, tense); see confidence. */
  INFERRED,
  /** Given by the user: {@code --date}, a sidecar file, a JSONL field. */
  GIVEN;

  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static DateBasis fromWire(String s) {
    return valueOf(s.toUpperCase(java.util.Locale.ROOT));
  }
}
