package org.storyline.core.entity;

import java.util.Objects;
import org.storyline.core.text.Span;

/**
 * A reference from a claim or event to an actor.
 *
 * @param entity the resolved entity id, or null before resolution or when none fits
 * @param name the name as written (or the entity's name in events)
 * @param role the actor's role: {@code source}, {@code target}, {@code speaker}, {@code cited},
 *     {@code place}, or null
 * @param span where the name stands in the document body, or null (events)
 */
public record EntityRef(String entity, String name, String role, Span span) {
  public EntityRef {
    Objects.requireNonNull(name, "name");
  }

  public EntityRef withEntity(String entityId, String canonicalName) {
    return new EntityRef(entityId, canonicalName == null ? name : canonicalName, role, span);
  }
}
