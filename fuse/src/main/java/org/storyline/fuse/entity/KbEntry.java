package org.storyline.fuse.entity;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.storyline.core.entity.EntityType;

/**
 * One entity of the knowledge base.
 *
 * @param id a slug of a-z, 0-9 and "-" that never changes; entity ids derive from it
 * @param type the entity's type
 * @param name the canonical name
 * @param aliases other names, acronyms and translations
 * @param wikidata a Wikidata id ({@code Q} and digits) or null
 * @param offices posts held, with dates (people)
 * @param standsFor the id of the state or body the name stands for as an actor, or null
 */
public record KbEntry(String id, EntityType type, String name, List<String> aliases, String wikidata,
    List<Office> offices, String standsFor) {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Pattern QID = Pattern.compile("Q[0-9]+");

  public KbEntry {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("knowledge-base id '" + id + "' is not a slug of a-z, 0-9 and -");
    }
    Objects.requireNonNull(type, "type of " + id);
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("knowledge-base entry " + id + " has no name");
    }
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    offices = offices == null ? List.of() : List.copyOf(offices);
    if (wikidata != null && wikidata.isBlank()) {
      wikidata = null;
    }
    if (wikidata != null && !QID.matcher(wikidata).matches()) {
      throw new IllegalArgumentException("knowledge-base entry " + id + ": wikidata '" + wikidata + "' is not a Q-id");
    }
    if (standsFor != null && standsFor.isBlank()) {
      standsFor = null;
    }
  }
}
