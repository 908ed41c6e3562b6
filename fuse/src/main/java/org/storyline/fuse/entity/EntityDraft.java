package org.storyline.fuse.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.storyline.core.entity.Entity;
import org.storyline.core.entity.EntityType;
import org.storyline.core.entity.Mention;
import org.storyline.core.id.StableId;

/** An entity being assembled or corrected: mutable, turned into an {@link Entity} at the end. */
final class EntityDraft {
  String id;
  String name;
  final EntityType type;
  String wikidata;
  final List<Mention> mentions = new ArrayList<>();
  /** Surface forms of names (not of title references). */
  final List<String> names = new ArrayList<>();

  EntityDraft(String id, String name, EntityType type, String wikidata) {
    this.id = id;
    this.name = name;
    this.type = type;
    this.wikidata = wikidata;
  }

  /** The stable id of an entity of this type and canonical key (a KB id or a normalised name). */
  static String idOf(EntityType type, String canonicalKey) {
    return StableId.of("ent", type.name(), canonicalKey);
  }

  /** Moves everything of {@code other} into this draft. */
  void absorb(EntityDraft other) {
    mentions.addAll(other.mentions);
    names.addAll(other.names);
    names.add(other.name);
    if (wikidata == null) {
      wikidata = other.wikidata;
    }
  }

  /** All distinct surface forms, sorted. */
  List<String> aliases() {
    TreeSet<String> set = new TreeSet<>(names);
    return List.copyOf(set);
  }

  Entity toEntity(Map<String, Integer> documentOrder) {
    List<Mention> sorted = new ArrayList<>(mentions);
    sorted.sort(Comparator.<Mention>comparingInt(m -> documentOrder.getOrDefault(m.document(), Integer.MAX_VALUE))
        .thenComparing(Mention::document).thenComparing(Mention::span));
    return new Entity(id, name, type, aliases(), wikidata, sorted);
  }
}
