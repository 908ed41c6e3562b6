package org.storyline.nlp.quantity;

import java.util.Objects;
import org.storyline.core.claim.Quantity;

/**
 * A quantity found in a text.
 *
 * @param start offset of the first character of the phrase in the text passed in
 * @param end offset just past the phrase (including the counted item, if any)
 * @param quantity the parsed quantity
 */
public record FoundQuantity(int start, int end, Quantity quantity) {
  public FoundQuantity {
    Objects.requireNonNull(quantity, "quantity");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid offsets [" + start + ", " + end + ")");
    }
  }
}
