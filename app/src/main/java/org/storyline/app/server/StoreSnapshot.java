package org.storyline.app.server;

import org.storyline.app.pipeline.StoreRefresh;
import org.storyline.fuse.entity.KnowledgeBase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storyline.core.claim.Claim;
import org.storyline.core.document.Article;
import org.storyline.core.entity.Entity;
import org.storyline.core.entity.EntityRef;
import org.storyline.core.entity.Mention;
import org.storyline.core.event.Event;
import org.storyline.core.text.Span;
import org.storyline.fuse.trail.NumberTrails;
import org.storyline.fuse.trail.Trail;
import org.storyline.store.Store;
import org.storyline.store.StoreLocation;
import org.storyline.store.StoredDocument;
import org.storyline.store.search.SearchEntry;
import org.storyline.store.search.SearchIndex;

/**
 * Everything the workbench shows, read once from a store and then only read: documents with
 * their analyses, entities, claims, events, number trails, a search index and the links between
 * them. Safe to share between request threads because nothing in it changes after loading.
 */
public final class StoreSnapshot implements AutoCloseable {
  private final StoreLocation location;
  private final Map<String, StoredDocument> documents = new LinkedHashMap<>();
  private final Map<String, Entity> entities = new LinkedHashMap<>();
  private final Map<String, Claim> claims = new LinkedHashMap<>();
  private final Map<String, Event> events = new LinkedHashMap<>();
  private final Map<String, String> eventOfClaim = new HashMap<>();
  private final Map<String, List<String>> eventsOfEntity = new HashMap<>();
  private final Map<String, Map<String, Integer>> cooccurrence = new HashMap<>();
  private final Map<String, String> entityByName = new HashMap<>();
  private final Map<String, Map<Span, String>> entityOfMention = new HashMap<>();
  private final List<Trail> trails;
  private final SearchIndex search;
  private final KnowledgeBase kb;

  private StoreSnapshot(StoreLocation location, List<StoredDocument> docs, List<Entity> ents, List<Claim> storedClaims,
      List<Event> evs, KnowledgeBase kb) {
    this.location = location;
    this.kb = kb;
    docs.forEach(d -> documents.put(d.article().id(), d));
    ents.forEach(e -> entities.put(e.id(), e));
    storedClaims.forEach(c -> claims.put(c.id(), c));
    evs.forEach(e -> events.put(e.id(), e));
    for (Entity e : ents) {
      entityByName.putIfAbsent(e.name().toLowerCase(Locale.ROOT), e.id());
      e.aliases().forEach(a -> entityByName.putIfAbsent(a.toLowerCase(Locale.ROOT), e.id()));
      e.mentions().forEach(m -> entityOfMention.computeIfAbsent(m.document(), k -> new HashMap<>()).put(m.span(), e.id()));
    }
    for (Event e : evs) {
      e.claims().forEach(c -> eventOfClaim.putIfAbsent(c, e.id()));
      Set<String> ids = new LinkedHashSet<>();
      for (EntityRef r : e.actors()) {
        if (r.entity() != null && entities.containsKey(r.entity())) {
          ids.add(r.entity());
        }
      }
      if (e.place() != null && e.place().entity() != null && entities.containsKey(e.place().entity())) {
        ids.add(e.place().entity());
      }
      for (String a : ids) {
        eventsOfEntity.computeIfAbsent(a, k -> new ArrayList<>()).add(e.id());
        for (String b : ids) {
          if (!a.equals(b)) {
            cooccurrence.computeIfAbsent(a, k -> new HashMap<>()).merge(b, 1, Integer::sum);
          }
        }
      }
    }
    List<Article> articles = docs.stream().map(StoredDocument::article).toList();
    this.trails = new NumberTrails().build(articles, storedClaims);
    this.search = SearchIndex.build(searchEntries());
  }

  /** Reads the store in {@code folder} (which must exist) into memory. */
  public static StoreSnapshot load(Path folder) {
    return load(StoreLocation.sqlite(folder));
  }

  /** Reads the store at {@code location} (which must exist) into memory. */
  public static StoreSnapshot load(StoreLocation location) {
    try (Store s = Store.openExisting(location)) {
      return new StoreSnapshot(location, s.documents(), s.entities(), s.claims(), s.events(),
          StoreRefresh.knowledgeBaseOf(s, null));
    }
  }

  /** The knowledge base the store was analysed with (offices over time, Wikidata ids). */
  public KnowledgeBase knowledgeBase() {
    return kb;
  }

  private List<SearchEntry> searchEntries() {
    Map<String, String> typeOfEntity = new HashMap<>();
    entities.values().forEach(e -> typeOfEntity.put(e.id(), e.type().name()));
    List<SearchEntry> out = new ArrayList<>();
    for (StoredDocument d : documents.values()) {
      Article a = d.article();
      List<String> types = d.analysis().mentions().stream().map(m -> m.type().name()).distinct().toList();
      out.add(new SearchEntry("document", a.id(), a.id(), a.title(), a.body(), null, null, types, null));
    }
    for (Claim c : claims.values()) {
      Article a = documents.containsKey(c.document()) ? documents.get(c.document()).article() : null;
      Set<String> types = new LinkedHashSet<>();
      for (EntityRef r : refs(c)) {
        if (r.entity() != null && typeOfEntity.containsKey(r.entity())) {
          types.add(typeOfEntity.get(r.entity()));
        }
      }
      String eventId = eventOfClaim.get(c.id());
      Event e = eventId == null ? null : events.get(eventId);
      out.add(new SearchEntry("claim", c.id(), c.document(), a == null ? null : a.title(), c.sentence(),
          c.event() == null ? null : c.event().type().name(), e == null ? null : e.status().wireName(),
          List.copyOf(types), eventId));
    }
    return out;
  }

  /** The actors, place, speaker and cited source of a claim. */
  public static List<EntityRef> refs(Claim c) {
    List<EntityRef> out = new ArrayList<>(c.actors());
    if (c.place() != null) {
      out.add(c.place());
    }
    if (c.attribution() != null) {
      if (c.attribution().speaker() != null) {
        out.add(c.attribution().speaker());
      }
      if (c.attribution().cited() != null) {
        out.add(c.attribution().cited());
      }
    }
    return out;
  }

  /** Where the store this snapshot was read from lives. */
  public StoreLocation location() {
    return location;
  }

  public Collection<StoredDocument> documents() {
    return documents.values();
  }

  public StoredDocument document(String id) {
    return documents.get(id);
  }

  public Collection<Entity> entities() {
    return entities.values();
  }

  public Entity entity(String id) {
    return entities.get(id);
  }

  /** The id of the entity with this name or alias (case-insensitive), or null. */
  public String entityIdByName(String name) {
    return entityByName.get(name.toLowerCase(Locale.ROOT));
  }

  public Collection<Claim> claims() {
    return claims.values();
  }

  public Claim claim(String id) {
    return claims.get(id);
  }

  public Collection<Event> events() {
    return events.values();
  }

  public Event event(String id) {
    return events.get(id);
  }

  /** The event a claim was fused into, or null. */
  public String eventOfClaim(String claimId) {
    return eventOfClaim.get(claimId);
  }

  /** Ids of the events an entity takes part in (as actor or place), in timeline order. */
  public List<String> eventsOfEntity(String entityId) {
    return eventsOfEntity.getOrDefault(entityId, List.of());
  }

  /** Entities sharing events with this one, with the number of shared events. */
  public Map<String, Integer> cooccurring(String entityId) {
    return cooccurrence.getOrDefault(entityId, Map.of());
  }

  /** Mentions of an entity grouped by document id. */
  public Map<String, List<Mention>> mentionsByDocument(Entity e) {
    Map<String, List<Mention>> out = new LinkedHashMap<>();
    e.mentions().forEach(m -> out.computeIfAbsent(m.document(), k -> new ArrayList<>()).add(m));
    return out;
  }

  /** The entity a mention in a document was resolved to, or null. */
  public String entityAt(String documentId, Span span) {
    Map<Span, String> m = entityOfMention.get(documentId);
    return m == null ? null : m.get(span);
  }

  public List<Trail> trails() {
    return trails;
  }

  public SearchIndex search() {
    return search;
  }

  @Override
  public void close() {
    search.close();
  }
}
