package org.storyline.app.exports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.storyline.app.server.StoreSnapshot;
import org.storyline.core.entity.EntityRef;
import org.storyline.core.event.Event;
import org.storyline.store.StoredDocument;

/**
 * Events in the shape of PLOVER event records: {@code event_type}, {@code mode},
 * {@code quad_class}, {@code actor} (the source side) and {@code recipient} (the target side)
 * with their entity ids, {@code date} at its precision, {@code location}, plus storyline's
 * status, source count and the claims, texts and URLs that back the event.
 */
public final class PloverEvents {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final StoreSnapshot s;

  public PloverEvents(StoreSnapshot snapshot) {
    this.s = snapshot;
  }

  /** One PLOVER-style record per event, in timeline order. */
  public List<ObjectNode> records() {
    return s.events().stream().map(this::record).toList();
  }

  /** The PLOVER-style record of one event. */
  public ObjectNode record(Event e) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", e.id());
    n.put("date", e.date().isoStart());
    n.put("date_end", e.date().isoEnd());
    n.put("date_precision", e.date().granularity().wireName());
    n.put("event_type", e.type().name());
    n.put("mode", e.mode());
    n.put("quad_class", e.type().quad().name().toLowerCase(Locale.ROOT));
    side(n, "actor", e.actors(), "source");
    side(n, "recipient", e.actors(), "target");
    n.put("location", e.place() == null ? null : e.place().name());
    n.put("location_id", e.place() == null ? null : e.place().entity());
    n.put("headline", e.title());
    n.put("status", e.status().wireName());
    n.put("independent_sources", e.independentSources());
    n.put("evidence", e.evidence());
    ArrayNode texts = n.putArray("sentences");
    e.claims().stream().map(s::claim).filter(c -> c != null).forEach(c -> texts.add(c.sentence()));
    e.claims().forEach(n.putArray("claim_ids")::add);
    ArrayNode urls = n.putArray("urls");
    for (String d : e.documents()) {
      StoredDocument doc = s.document(d);
      if (doc != null && doc.article().source().url() != null) {
        urls.add(doc.article().source().url());
      }
    }
    e.documents().forEach(n.putArray("document_ids")::add);
    return n;
  }

  private static void side(ObjectNode n, String field, List<EntityRef> actors, String role) {
    ArrayNode names = n.putArray(field);
    ArrayNode ids = n.putArray(field + "_ids");
    for (EntityRef a : actors) {
      if (role.equals(a.role())) {
        names.add(a.name());
        if (a.entity() != null) {
          ids.add(a.entity());
        }
      }
    }
  }
}
