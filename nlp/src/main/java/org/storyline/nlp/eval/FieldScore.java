package org.storyline.nlp.eval;

/**
 * Counts for one field: how many values the gold file expects, how many the extractor gave, and
 * how many agree. Precision is agreeing over given, recall agreeing over expected; both are 1
 * when there is nothing to count.
 */
public record FieldScore(String field, int expected, int found, int agreeing) {
  public FieldScore {
    if (expected < 0 || found < 0 || agreeing < 0 || agreeing > expected || agreeing > found) {
      throw new IllegalArgumentException(
          "inconsistent counts for " + field + ": " + expected + "/" + found + "/" + agreeing);
    }
  }

  public double precision() {
    return found == 0 ? 1.0 : (double) agreeing / found;
  }

  public double recall() {
    return expected == 0 ? 1.0 : (double) agreeing / expected;
  }

  /** Harmonic mean of precision and recall. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  FieldScore plus(FieldScore o) {
    return new FieldScore(field, expected + o.expected, found + o.found, agreeing + o.agreeing);
  }
}
