package org.storyline.app.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.storyline.app.pipeline.StoreRefresh;
import org.storyline.app.server.CorrectionLog;
import org.storyline.app.server.StoreSnapshot;
import org.storyline.core.claim.Claim;
import org.storyline.core.entity.Entity;
import org.storyline.core.entity.EntityRef;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;
import org.storyline.core.event.Event;
import org.storyline.core.time.DateSpan;
import org.storyline.fuse.entity.EntityCorrection;
import org.storyline.store.StoredDocument;
import org.storyline.store.search.SearchQuery;
import org.storyline.store.search.SearchResults;

/**
 * The JSON API over one {@link StoreSnapshot}: lists (paginated, filtered), single records by id,
 * trails, search, and the one write, {@code POST /api/entities/corrections}.
 */
public final class ApiRoutes {
  /** The largest correction body accepted, in bytes. */
  public static final int MAX_BODY = 8 * 1024;
  private static final String JSON_TYPE = "application/json; charset=utf-8";

  // replaced together, under this object's lock, when a correction has been applied
  private volatile StoreSnapshot s;
  private volatile JsonViews views;
  private volatile int generation;
  private final CorrectionLog corrections;

  public ApiRoutes(StoreSnapshot snapshot, CorrectionLog corrections) {
    this.s = snapshot;
    this.views = new JsonViews(snapshot);
    this.corrections = corrections;
  }

  /** Registers every route on {@code app}. */
  public void register(Javalin app) {
    app.before("/api/*", this::fromCache);
    app.after("/api/*", this::toCache);
    app.get("/api/summary", ctx -> send(ctx, summary()));
    app.get("/api/documents", this::documents);
    app.get("/api/documents/{id}", ctx -> {
      StoredDocument d = s.document(Ids.require("document", ctx.pathParam("id")));
      send(ctx, views.document(found(d, "document", ctx.pathParam("id"))));
    });
    app.get("/api/entities", this::entities);
    app.get("/api/entities/{id}", ctx -> {
      Entity e = s.entity(Ids.require("entity", ctx.pathParam("id")));
      send(ctx, views.entity(found(e, "entity", ctx.pathParam("id"))));
    });
    app.post("/api/entities/corrections", this::correct);
    app.get("/api/claims", this::claims);
    app.get("/api/claims/{id}", ctx -> {
      Claim c = s.claim(Ids.require("claim", ctx.pathParam("id")));
      send(ctx, views.claim(found(c, "claim", ctx.pathParam("id"))));
    });
    app.get("/api/events", this::events);
    app.get("/api/events/{id}", ctx -> {
      Event e = s.event(Ids.require("event", ctx.pathParam("id")));
      send(ctx, views.eventDetail(found(e, "event", ctx.pathParam("id"))));
    });
    app.get("/api/trails", this::trails);
    app.get("/api/search", this::search);
    app.get("/openapi.json", ctx -> send(ctx, OpenApiDocument.build()));
  }

  private final ResponseCache cache = new ResponseCache(1024, 256 * 1024, 64L * 1024 * 1024);

  /** Answers a GET from the cache when the same URL was answered before (cleared when a correction changes the snapshot). */
  private void fromCache(Context ctx) {
    if (!"GET".equals(ctx.method().name())) {
      return;
    }
    byte[] hit = cache.get(key(ctx));
    if (hit != null) {
      ctx.contentType(JSON_TYPE).result(hit);
      ctx.skipRemainingHandlers();
    }
  }

  private void toCache(Context ctx) {
    if ("GET".equals(ctx.method().name()) && ctx.statusCode() == 200 && ctx.resultInputStream() != null
        && ctx.attribute("cached") == null) {
      try {
        byte[] body = ctx.resultInputStream().readAllBytes();
        cache.put(key(ctx), body);
        ctx.result(body);
      } catch (IOException e) {
        // leave the answer uncached
      }
    }
  }

  private String key(Context ctx) {
    String q = ctx.queryString();
    return generation + ":" + (q == null ? ctx.path() : ctx.path() + "?" + q);
  }

  /** Writes a JSON answer. */
  public static void send(Context ctx, JsonNode body) throws IOException {
    ctx.contentType(JSON_TYPE).result(JsonViews.MAPPER.writeValueAsBytes(body));
  }

  private static <T> T found(T value, String what, String id) {
    if (value == null) {
      throw ApiError.notFound("no " + what + " with id " + id);
    }
    return value;
  }

  private ObjectNode summary() {
    ObjectNode n = JsonViews.MAPPER.createObjectNode();
    n.put("documents", s.documents().size());
    n.put("entities", s.entities().size());
    n.put("claims", s.claims().size());
    n.put("events", s.events().size());
    n.put("trails", s.trails().size());
    return n;
  }

  private static Filters filters(Context ctx, boolean entityTypes) {
    return Filters.parse(ctx::queryParam, entityTypes);
  }

  private static Page page(Context ctx) {
    return Page.parse(ctx.queryParam("limit"), ctx.queryParam("offset"));
  }

  private <T> void list(Context ctx, List<T> items, java.util.function.Function<T, ObjectNode> view) throws IOException {
    Page p = page(ctx);
    send(ctx, views.page(items.size(), p, p.of(items).stream().map(view).toList()));
  }

  private void events(Context ctx) throws IOException {
    Filters f = filters(ctx, false);
    List<Event> out = s.events().stream().filter(eventFilter(f)).toList();
    list(ctx, out, views::event);
  }

  private static Predicate<Event> eventFilter(Filters f) {
    return e -> {
      List<EntityRef> refs = new ArrayList<>(e.actors());
      refs.add(e.place());
      return (f.type() == null || e.type().name().equals(f.type()))
          && (f.status() == null || e.status() == f.status())
          && f.dateMatches(e.date())
          && f.actorMatches(refs)
          && f.textMatches(e.title(), e.evidence(), e.mode());
    };
  }

  private void claims(Context ctx) throws IOException {
    Filters f = filters(ctx, false);
    String doc = ctx.queryParam("document");
    if (doc != null) {
      Ids.require("document", doc);
    }
    List<Claim> out = s.claims().stream().filter(c -> {
      String eventId = s.eventOfClaim(c.id());
      Event e = eventId == null ? null : s.event(eventId);
      return (doc == null || c.document().equals(doc))
          && (f.type() == null || (c.event() != null && c.event().type().name().equals(f.type())))
          && (f.status() == null || (e != null && e.status() == f.status()))
          && f.dateMatches(c.date())
          && f.actorMatches(StoreSnapshot.refs(c))
          && f.textMatches(c.sentence());
    }).toList();
    list(ctx, out, views::claim);
  }

  private void documents(Context ctx) throws IOException {
    Filters f = filters(ctx, false);
    List<StoredDocument> out = s.documents().stream().filter(d -> {
      if (!f.textMatches(d.article().title(), d.article().body())) {
        return false;
      }
      if (f.from() != null || f.to() != null) {
        if (d.article().published() == null) {
          return false;
        }
        DateSpan p = new DateSpan(d.article().published().earliest(), d.article().published().latest(),
            d.article().published().granularity(), d.article().published().date(), null, null, null);
        if (!f.dateMatches(p)) {
          return false;
        }
      }
      if (f.actor() == null && f.type() == null && f.status() == null) {
        return true;
      }
      return d.analysis().claims().stream().map(c -> s.claim(c.id()) == null ? c : s.claim(c.id())).anyMatch(c -> {
        String eventId = s.eventOfClaim(c.id());
        Event e = eventId == null ? null : s.event(eventId);
        return (f.type() == null || (c.event() != null && c.event().type().name().equals(f.type())))
            && (f.status() == null || (e != null && e.status() == f.status()))
            && f.actorMatches(StoreSnapshot.refs(c));
      });
    }).toList();
    list(ctx, out, views::documentSummary);
  }

  private void entities(Context ctx) throws IOException {
    Filters f = filters(ctx, true);
    if (f.status() != null || f.from() != null || f.to() != null) {
      throw ApiError.badRequest("entities are filtered by type, actor and text only");
    }
    List<Entity> out = s.entities().stream().filter(e -> {
      List<String> names = new ArrayList<>(e.aliases());
      names.add(e.name());
      return (f.type() == null || e.type().name().equals(f.type()))
          && (f.actor() == null || e.id().toLowerCase(Locale.ROOT).equals(f.actor())
              || names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(f.actor())))
          && f.textMatches(names.toArray(String[]::new));
    }).sorted(java.util.Comparator.comparingInt((Entity e) -> -e.mentions().size()).thenComparing(Entity::name)).toList();
    list(ctx, out, views::entitySummary);
  }

  private void trails(Context ctx) throws IOException {
    Filters f = filters(ctx, false);
    list(ctx, s.trails().stream().filter(t -> (f.textMatches(t.item(), t.from(), t.to())
        || t.points().stream().anyMatch(p -> f.textMatches(p.text(), p.claimant())))
        && (f.actor() == null || contains(t.from(), f.actor()) || contains(t.to(), f.actor()))).toList(),
        views::trail);
  }

  private static boolean contains(String s, String part) {
    return s != null && s.toLowerCase(Locale.ROOT).contains(part);
  }

  private void search(Context ctx) throws IOException {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) {
      throw ApiError.badRequest("search needs a query: /api/search?q=...");
    }
    Page p = page(ctx);
    String kind = ctx.queryParam("kind");
    if (kind != null && !kind.isBlank() && !Set.of("document", "claim").contains(kind)) {
      throw ApiError.badRequest("kind must be document or claim");
    }
    Filters f = Filters.parse(name -> "type".equals(name) ? ctx.queryParam("type") : "status".equals(name) ? ctx.queryParam("status") : null, false);
    String entityType = null;
    if (ctx.queryParam("entity_type") != null && !ctx.queryParam("entity_type").isBlank()) {
      entityType = Filters.parse(name -> "type".equals(name) ? ctx.queryParam("entity_type") : null, true).type();
    }
    SearchResults r;
    try {
      r = s.search().search(new SearchQuery(q, kind == null || kind.isBlank() ? null : kind, f.type(),
          f.status() == null ? null : f.status().wireName(), entityType, p.limit(), p.offset()));
    } catch (StorylineException e) {
      throw ApiError.badRequest(e.getMessage());
    }
    send(ctx, views.search(r, q, p));
  }

  private void correct(Context ctx) throws IOException {
    String length = ctx.header("Content-Length");
    if (length != null && length.matches("[0-9]{1,12}") && Long.parseLong(length) > MAX_BODY) {
      throw new ApiError(413, "correction body larger than " + MAX_BODY + " bytes");
    }
    byte[] raw = ctx.bodyAsBytes();
    if (raw.length > MAX_BODY) {
      throw new ApiError(413, "correction body larger than " + MAX_BODY + " bytes");
    }
    JsonNode body;
    try {
      body = JsonViews.MAPPER.readTree(raw);
    } catch (IOException e) {
      throw ApiError.badRequest("body is not JSON");
    }
    if (body == null || !body.isObject()) {
      throw ApiError.badRequest("body must be a JSON object {kind, entities, new_name, mention_text}");
    }
    EntityCorrection c = correction(body);
    int seq;
    synchronized (this) {
      seq = corrections.append(c);
      // re-resolve entities and re-fuse events over the stored documents, then answer from the new store
      StoreRefresh.refreshStored(s.location(), null);
      StoreSnapshot fresh = StoreSnapshot.load(s.location());
      views = new JsonViews(fresh);
      s = fresh;
      generation++;
      cache.clear();
    }
    ObjectNode n = JsonViews.MAPPER.createObjectNode();
    n.put("seq", seq);
    n.set("correction", CorrectionLog.json(c));
    n.put("note", "recorded in the store and applied; later analyses of this store apply it too");
    ctx.status(201);
    send(ctx, n);
  }

  private EntityCorrection correction(JsonNode body) {
    String kind = body.path("kind").asText("").toUpperCase(Locale.ROOT);
    if (!Set.of("MERGE", "SPLIT", "RENAME").contains(kind)) {
      throw ApiError.badRequest("kind must be merge, split or rename");
    }
    JsonNode list = body.path("entities");
    if (!list.isArray() || list.isEmpty() || list.size() > 20) {
      throw ApiError.badRequest("entities must be a list of 1 to 20 entity ids or names");
    }
    List<String> names = new ArrayList<>();
    for (JsonNode x : (ArrayNode) list) {
      String v = x.asText("").strip();
      if (v.isEmpty() || v.length() > Filters.MAX_VALUE) {
        throw ApiError.badRequest("entity ids or names must be 1 to " + Filters.MAX_VALUE + " characters");
      }
      if (s.entity(v) == null && s.entityIdByName(v) == null) {
        throw ApiError.notFound("no entity with id or name " + Filters.shorten(v));
      }
      names.add(v);
    }
    String newName = text(body, "new_name");
    String mention = text(body, "mention_text");
    try {
      return new EntityCorrection(EntityCorrection.Kind.valueOf(kind), names, newName, mention);
    } catch (StorylineException e) {
      if (e.code() == ErrorCode.INVALID_ARGUMENT) {
        throw ApiError.badRequest(e.getMessage());
      }
      throw e;
    }
  }

  private static String text(JsonNode body, String field) {
    JsonNode n = body.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual() || n.asText().length() > Filters.MAX_VALUE) {
      throw ApiError.badRequest(field + " must be a string of at most " + Filters.MAX_VALUE + " characters");
    }
    return n.asText();
  }
}
