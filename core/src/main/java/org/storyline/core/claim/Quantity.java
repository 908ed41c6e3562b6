package org.storyline.core.claim;

import java.util.Objects;

/**
 * A reported number with what it counts: "more than 5 million artillery shells" is value
 * 5,000,000, bound {@link Bound#AT_LEAST}, item "artillery shells".
 *
 * @param low lower end of a range or vague amount, or null
 * @param high upper end of a range or vague amount, or null
 * @param unit a unit of measure (km, tonnes, USD, percent), or null for counts
 * @param item what is counted, or null if unknown
 * @param text the quantity phrase as written
 */
public record Quantity(
    double value, Double low, Double high, Bound bound, String unit, String item, String text) {
  public Quantity {
    Objects.requireNonNull(bound, "bound");
    Objects.requireNonNull(text, "text");
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("quantity value is not finite: " + text);
    }
    if (low != null && high != null && high < low) {
      throw new IllegalArgumentException("quantity range inverted: " + text);
    }
  }
}
