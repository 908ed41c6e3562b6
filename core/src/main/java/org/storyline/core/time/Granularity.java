package org.storyline.core.time;

/** How precisely a date is known; names as in the output contract. */
public enum Granularity {
  DAY, MONTH, YEAR, DECADE, UNKNOWN;

  /** The contract's lower-case name. */
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Granularity fromWire(String s) {
    return valueOf(s.toUpperCase(java.util.Locale.ROOT));
  }

  /** True if this granularity is at least as fine as {@code other} (DAY finest, UNKNOWN coarsest). */
  public boolean finerOrEqual(Granularity other) {
    return ordinal() <= other.ordinal();
  }
}
