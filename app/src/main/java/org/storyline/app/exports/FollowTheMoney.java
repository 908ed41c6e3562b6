package org.storyline.app.exports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.storyline.app.server.StoreSnapshot;
import org.storyline.core.entity.Entity;
import org.storyline.core.entity.EntityRef;
import org.storyline.core.entity.EntityType;
import org.storyline.core.event.Event;
import org.storyline.store.StoredDocument;

/**
 * The store as FollowTheMoney entities ({@code {"id", "schema", "properties": {name: [values]}}},
 * one per line), the format Aleph and {@code ftm} load: persons as {@code Person}, organisations
 * and outlets as {@code Organization}, states as {@code LegalEntity}, places as {@code Address},
 * weapons, facilities and other things as {@code Asset}, articles as {@code Article} and events as
 * {@code Event} with their actors as {@code involved}, their articles as {@code proof}.
 */
public final class FollowTheMoney {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final StoreSnapshot s;

  public FollowTheMoney(StoreSnapshot snapshot) {
    this.s = snapshot;
  }

  /** The FtM schema storyline uses for an entity type. */
  public static String schema(EntityType t) {
    return switch (t) {
      case PERSON -> "Person";
      case ORGANIZATION, MEDIA -> "Organization";
      case STATE -> "LegalEntity";
      case PLACE -> "Address";
      case WEAPON, FACILITY, OTHER -> "Asset";
    };
  }

  /** True for schemas an Event may name as {@code involved} (FtM's LegalEntity and its kinds). */
  static boolean legalEntity(String schema) {
    return List.of("Person", "Organization", "LegalEntity").contains(schema);
  }

  /** Every entity, article and event as an FtM entity. */
  public List<ObjectNode> entities() {
    List<ObjectNode> out = new ArrayList<>();
    for (Entity e : s.entities()) {
      String schema = schema(e.type());
      ObjectNode n = entity(e.id(), schema);
      ObjectNode p = (ObjectNode) n.get("properties");
      add(p, "name", e.name());
      if (!"Address".equals(schema)) {
        e.aliases().forEach(a -> add(p, "alias", a));
        add(p, "wikidataId", e.wikidata());
      } else {
        add(p, "full", e.name());
      }
      add(p, "description", "storyline " + e.type().name().toLowerCase(java.util.Locale.ROOT));
      out.add(n);
    }
    for (StoredDocument d : s.documents()) {
      ObjectNode n = entity(d.article().id(), "Article");
      ObjectNode p = (ObjectNode) n.get("properties");
      add(p, "title", d.article().title());
      add(p, "name", d.article().title() == null ? d.article().id() : d.article().title());
      add(p, "publisher", d.article().outlet());
      add(p, "publishedAt", d.article().published() == null ? null : d.article().published().date());
      add(p, "sourceUrl", d.article().source().url());
      add(p, "language", d.article().language());
      d.article().authors().forEach(a -> add(p, "author", a));
      out.add(n);
    }
    for (Event e : s.events()) {
      ObjectNode n = entity(e.id(), "Event");
      ObjectNode p = (ObjectNode) n.get("properties");
      add(p, "name", e.title());
      add(p, "summary", e.type().name() + (e.mode() == null ? "" : " / " + e.mode()) + ", " + e.status().wireName()
          + (e.evidence() == null ? "" : ": " + e.evidence()));
      add(p, "startDate", e.date().isoStart());
      add(p, "endDate", e.date().isoEnd());
      add(p, "location", e.place() == null ? null : e.place().name());
      Set<String> involved = new LinkedHashSet<>();
      for (EntityRef a : e.actors()) {
        Entity x = a.entity() == null ? null : s.entity(a.entity());
        if (x != null && legalEntity(schema(x.type()))) {
          involved.add(x.id());
        }
      }
      involved.forEach(id -> add(p, "involved", id));
      e.documents().forEach(d -> add(p, "proof", d));
      out.add(n);
    }
    return out;
  }

  private static ObjectNode entity(String id, String schema) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", id);
    n.put("schema", schema);
    n.putObject("properties");
    return n;
  }

  private static void add(ObjectNode props, String name, String value) {
    if (value != null && !value.isBlank()) {
      ArrayNode a = props.has(name) ? (ArrayNode) props.get(name) : props.putArray(name);
      a.add(value);
    }
  }
}
