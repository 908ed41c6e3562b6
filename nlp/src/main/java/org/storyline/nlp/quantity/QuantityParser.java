package org.storyline.nlp.quantity;

import java.util.List;

/** Finds numbers with their hedges, units and counted items in English text. Thread-safe. */
public final class QuantityParser {
  /** Every quantity in {@code text[from, to)}; offsets are absolute in {@code text}. */
  public List<FoundQuantity> find(String text, int from, int to) {
    return List.of();
  }
}
