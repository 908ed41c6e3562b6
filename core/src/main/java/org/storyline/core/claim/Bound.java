package org.storyline.core.claim;

/** How a reported number bounds the true one. */
public enum Bound {
  EXACT, APPROX, AT_LEAST, AT_MOST, RANGE, VAGUE;

  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Bound fromWire(String s) {
    return valueOf(s.toUpperCase(java.util.Locale.ROOT));
  }
}
