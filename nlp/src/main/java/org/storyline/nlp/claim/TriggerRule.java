package org.storyline.nlp.claim;

import java.util.Objects;
import org.storyline.core.claim.EventType;

/**
 * One row of the trigger table: a lemma (verb or noun) that reports a PLOVER event.
 *
 * @param lemma the lower-case lemma
 * @param verb true for a verb trigger, false for a noun trigger
 * @param type the PLOVER type
 * @param mode the mode ({@code visit}, {@code military}, ...)
 * @param needs the word class the trigger's object must belong to, or null for anything
 * @param frame who is who around the trigger
 */
public record TriggerRule(String lemma, boolean verb, EventType type, String mode, String needs, Frame frame) {
  public TriggerRule {
    if (lemma == null || lemma.isBlank()) {
      throw new IllegalArgumentException("trigger rule without a lemma");
    }
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(frame, "frame");
  }
}
