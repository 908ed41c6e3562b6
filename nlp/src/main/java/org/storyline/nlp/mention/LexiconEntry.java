package org.storyline.nlp.mention;

import java.util.Objects;
import org.storyline.core.entity.EntityType;

/**
 * One name of the domain lexicon.
 *
 * @param surface the name as written (matched case-sensitively)
 * @param type the entity type the name stands for
 * @param key the normalised key (a state, organisation or weapon name in lower case)
 * @param kind whether it is a proper name, a capital (state or place by role) or a demonym
 */
public record LexiconEntry(String surface, EntityType type, String key, Kind kind) {
  /** What sort of name an entry is. */
  public enum Kind { NAME, CAPITAL, DEMONYM }

  public LexiconEntry {
    if (surface == null || surface.isBlank()) {
      throw new IllegalArgumentException("lexicon entry without a surface form");
    }
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(kind, "kind");
  }
}
