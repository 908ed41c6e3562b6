package org.storyline.nlp.pipeline;

/**
 * One dependency of a parsed sentence: relation ({@code nsubj}, {@code obl:with}, ...) from the
 * governor token to the dependent token, both 1-based token indices in the sentence.
 */
public record Arc(String relation, int governor, int dependent) {
  public Arc {
    if (relation == null || relation.isEmpty()) {
      throw new IllegalArgumentException("arc without a relation");
    }
    if (governor < 1 || dependent < 1) {
      throw new IllegalArgumentException("arc token indices start at 1: " + governor + "->" + dependent);
    }
  }

  /** The relation without its subtype: {@code obl} for {@code obl:with}. */
  public String base() {
    int c = relation.indexOf(':');
    return c < 0 ? relation : relation.substring(0, c);
  }

  /** The subtype after the colon ({@code with} for {@code obl:with}), or "". */
  public String subtype() {
    int c = relation.indexOf(':');
    return c < 0 ? "" : relation.substring(c + 1);
  }
}
