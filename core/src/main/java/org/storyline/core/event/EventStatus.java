package org.storyline.core.event;

/** How well established a fused event is. */
public enum EventStatus {
  /** Two or more independent sources, or the actors' own statement. */
  CONFIRMED,
  /** One source. */
  REPORTED,
  /** Sources disagree. */
  DISPUTED,
  /** A party denies it. */
  DENIED,
  /** Only future-tense claims so far. */
  PLANNED;

  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static EventStatus fromWire(String s) {
    return valueOf(s.toUpperCase(java.util.Locale.ROOT));
  }
}
