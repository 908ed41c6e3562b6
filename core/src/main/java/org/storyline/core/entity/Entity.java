package org.storyline.core.entity;

import java.util.List;
import java.util.Objects;

/**
 * A resolved entity: one real person, state, organisation, place, weapon, facility or outlet,
 * with every mention of it across documents.
 *
 * @param wikidata a Wikidata id from the knowledge base, or null
 */
public record Entity(
    String id, String name, EntityType type, List<String> aliases, String wikidata, List<Mention> mentions) {
  public Entity {
    if (id == null || id.isEmpty()) {
      throw new IllegalArgumentException("entity id must not be empty");
    }
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("entity " + id + " has no name");
    }
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
    mentions = List.copyOf(mentions);
  }
}
