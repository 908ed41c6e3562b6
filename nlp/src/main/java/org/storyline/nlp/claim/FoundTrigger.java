package org.storyline.nlp.claim;

import java.util.Objects;

/** A trigger found in a sentence: its token (1-based) and the rule that fits it. */
public record FoundTrigger(int token, TriggerRule rule) {
  public FoundTrigger {
    if (token < 1) {
      throw new IllegalArgumentException("token indices start at 1");
    }
    Objects.requireNonNull(rule, "rule");
  }
}
