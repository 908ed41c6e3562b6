package org.storyline.core.claim;

/** How a document holds a claim. */
public enum Stance {
  /** Stated as fact by the outlet. */
  ASSERTED,
  /** Attributed to a source. */
  REPORTED,
  /** An accusation or suspicion, unproven. */
  ALLEGED,
  /** Someone rejects it. */
  DENIED,
  /** Future or intended. */
  PLANNED,
  /** Conditional or possible. */
  HYPOTHETICAL;

  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Stance fromWire(String s) {
    return valueOf(s.toUpperCase(java.util.Locale.ROOT));
  }
}
