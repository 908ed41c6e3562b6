package org.storyline.core.claim;

/** What a claim is at heart: an event, a bare quantity, a direct quote or another statement. */
public enum ClaimKind {
  EVENT, QUANTITY, QUOTE, STATEMENT;

  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static ClaimKind fromWire(String s) {
    return valueOf(s.toUpperCase(java.util.Locale.ROOT));
  }
}
