package org.storyline.core.stage;

import java.util.List;
import java.util.Map;
import org.storyline.core.entity.Entity;
import org.storyline.core.text.Span;

/**
 * The result of resolving mentions into entities: the entities and, per document, which
 * entity each mention span belongs to.
 */
public record EntityResolution(List<Entity> entities, Map<String, Map<Span, String>> entityBySpan) {
  public EntityResolution {
    entities = List.copyOf(entities);
    entityBySpan = Map.copyOf(entityBySpan);
  }

  /** The entity id for a mention span in a document, or null. */
  public String entityAt(String document, Span span) {
    Map<Span, String> m = entityBySpan.get(document);
    return m == null ? null : m.get(span);
  }
}
