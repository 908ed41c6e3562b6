package org.storyline.app.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storyline.app.server.StoreSnapshot;
import org.storyline.core.claim.Claim;
import org.storyline.core.claim.Quantity;
import org.storyline.core.document.Article;
import org.storyline.core.entity.Entity;
import org.storyline.core.entity.Mention;
import org.storyline.core.event.Event;
import org.storyline.core.stage.DocumentAnalysis.TimeMention;
import org.storyline.fuse.brief.DateLabels;
import org.storyline.fuse.trail.Trail;
import org.storyline.fuse.trail.TrailPoint;
import org.storyline.store.StoredDocument;
import org.storyline.store.json.ContractJson;
import org.storyline.store.search.SearchHit;
import org.storyline.store.search.SearchResults;

/**
 * The JSON the API answers: the contract records from {@link ContractJson}, plus the links the
 * workbench needs (the event of a claim, the context of a sentence, the spans of a document).
 * Text is returned as JSON strings only; the UI never renders it as HTML.
 */
public final class JsonViews {
  /** The mapper for all API answers. */
  public static final ObjectMapper MAPPER = new ObjectMapper();
  /** Characters of context kept on each side of a claim's sentence. */
  static final int CONTEXT = 400;

  private final StoreSnapshot s;

  public JsonViews(StoreSnapshot snapshot) {
    this.s = snapshot;
  }

  /** A page of items with the total before paging. */
  public ObjectNode page(int total, Page page, List<? extends com.fasterxml.jackson.databind.JsonNode> items) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("total", total);
    n.put("limit", page.limit());
    n.put("offset", page.offset());
    n.putArray("items").addAll(items);
    return n;
  }

  /** The lower-case PLOVER quad class of an event or claim type. */
  static String quad(org.storyline.core.claim.EventType t) {
    return t.quad().name().toLowerCase(Locale.ROOT);
  }

  /** An event as in the contract, plus its quad class and a date label. */
  public ObjectNode event(Event e) {
    ObjectNode n = ContractJson.event(e);
    n.put("quad", quad(e.type()));
    n.put("date_label", DateLabels.of(e.date()));
    return n;
  }

  /** A claim as in the contract, plus the id of its event (or null). */
  public ObjectNode claim(Claim c) {
    ObjectNode n = ContractJson.claim(c);
    n.put("event_id", s.eventOfClaim(c.id()));
    return n;
  }

  /** A name for a document: its title, else outlet and date, else its id. */
  public static String label(Article a) {
    if (a.title() != null && !a.title().isBlank()) {
      return a.title();
    }
    String date = a.published() == null ? null : a.published().date();
    if (a.outlet() != null) {
      return a.outlet() + (date == null ? "" : ", " + date);
    }
    return date == null ? a.id() : a.id() + ", " + date;
  }

  /** A document without its body and chrome, for lists. */
  public ObjectNode documentSummary(StoredDocument d) {
    Article a = d.article();
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", a.id());
    n.put("title", a.title());
    n.put("label", label(a));
    n.put("outlet", a.outlet());
    n.put("url", a.source().url());
    n.put("published", a.published() == null ? null : a.published().date());
    n.put("duplicate_of", a.duplicateOf());
    n.put("characters", a.body().length());
    n.put("claims", d.analysis().claims().size());
    return n;
  }

  /**
   * A document in full: the contract record (body, dropped chrome) plus {@code spans}, every
   * highlighted range of the body ({@code entity}, {@code date}, {@code quantity}, {@code claim})
   * with what it links to.
   */
  public ObjectNode document(StoredDocument d) {
    ObjectNode n = MAPPER.createObjectNode();
    Article a = d.article();
    n.set("document", ContractJson.document(a));
    ArrayNode spans = n.putArray("spans");
    for (Mention m : d.analysis().mentions()) {
      ObjectNode x = span(spans, "entity", m.span().start(), m.span().end());
      x.put("label", m.type().name());
      x.put("ref", s.entityAt(a.id(), m.span()));
    }
    for (TimeMention t : d.analysis().times()) {
      ObjectNode x = span(spans, "date", t.start(), t.end());
      x.put("label", t.date().value());
    }
    ArrayNode claims = n.putArray("claims");
    for (Claim c : d.analysis().claims()) {
      Claim resolved = s.claim(c.id()) == null ? c : s.claim(c.id());
      claims.add(claim(resolved));
      ObjectNode x = span(spans, "claim", c.start(), c.end());
      x.put("label", c.kind().wireName() + (c.event() == null ? "" : " " + c.event().type().name()));
      x.put("ref", c.id());
      x.put("event", s.eventOfClaim(c.id()));
      int from = 0;
      for (Quantity q : c.quantities()) {
        int at = c.sentence().indexOf(q.text(), from);
        if (at >= 0) {
          ObjectNode y = span(spans, "quantity", c.start() + at, c.start() + at + q.text().length());
          y.put("label", q.bound().wireName() + " " + format(q.value()) + (q.item() == null ? "" : " " + q.item()));
          from = at + q.text().length();
        }
      }
    }
    return n;
  }

  private static ObjectNode span(ArrayNode spans, String kind, int start, int end) {
    ObjectNode x = spans.addObject();
    x.put("kind", kind);
    x.put("start", start);
    x.put("end", end);
    return x;
  }

  private static String format(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  /** An entity without its mentions, with counts. */
  public ObjectNode entitySummary(Entity e) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", e.id());
    n.put("name", e.name());
    n.put("type", e.type().name());
    n.putArray("aliases").addAll(e.aliases().stream().map(MAPPER.getNodeFactory()::textNode).toList());
    n.put("wikidata", e.wikidata());
    n.put("mentions", e.mentions().size());
    n.put("events", s.eventsOfEntity(e.id()).size());
    return n;
  }

  /** An entity with its events, the documents that mention it and the entities it shares events with. */
  public ObjectNode entity(Entity e) {
    ObjectNode n = MAPPER.createObjectNode();
    n.set("entity", entitySummary(e));
    ArrayNode offices = n.putArray("offices");
    s.knowledgeBase().lookup(e.name(), e.type()).ifPresent(k -> k.offices().forEach(o -> {
      ObjectNode x = offices.addObject();
      x.put("role", o.role());
      x.put("qualifier", o.qualifier());
      x.put("from", o.from() == null ? null : o.from().toString());
      x.put("to", o.to() == null ? null : o.to().toString());
    }));
    ArrayNode events = n.putArray("events");
    s.eventsOfEntity(e.id()).forEach(id -> events.add(event(s.event(id))));
    ArrayNode docs = n.putArray("documents");
    for (Map.Entry<String, List<Mention>> m : s.mentionsByDocument(e).entrySet()) {
      StoredDocument d = s.document(m.getKey());
      ObjectNode x = docs.addObject();
      x.put("id", m.getKey());
      x.put("title", d == null ? null : d.article().title());
      x.put("label", d == null ? m.getKey() : label(d.article()));
      x.put("mentions", m.getValue().size());
      ArrayNode forms = x.putArray("forms");
      m.getValue().stream().map(Mention::text).distinct().forEach(forms::add);
    }
    ArrayNode co = n.putArray("cooccurring");
    s.cooccurring(e.id()).entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .limit(24)
        .forEach(x -> {
          Entity other = s.entity(x.getKey());
          ObjectNode o = co.addObject();
          o.put("id", other.id());
          o.put("name", other.name());
          o.put("type", other.type().name());
          o.put("shared_events", x.getValue());
        });
    return n;
  }

  /**
   * An event with every claim that reports it, each with the sentence in its context
   * ({@code before}, {@code sentence}, {@code after}: the enclosing paragraph, cut to
   * {@value #CONTEXT} characters each side) and its document.
   */
  public ObjectNode eventDetail(Event e) {
    ObjectNode n = MAPPER.createObjectNode();
    n.set("event", event(e));
    ArrayNode claims = n.putArray("claims");
    for (String id : e.claims()) {
      Claim c = s.claim(id);
      if (c == null) {
        continue;
      }
      ObjectNode x = claims.addObject();
      x.set("claim", claim(c));
      StoredDocument d = s.document(c.document());
      if (d != null) {
        x.set("document", documentSummary(d));
        String body = d.article().body();
        if (c.end() <= body.length()) {
          int from = Math.max(paragraphStart(body, c.start()), c.start() - CONTEXT);
          int to = Math.min(paragraphEnd(body, c.end()), c.end() + CONTEXT);
          ObjectNode ctx = x.putObject("context");
          ctx.put("before", body.substring(from, c.start()));
          ctx.put("sentence", body.substring(c.start(), c.end()));
          ctx.put("after", body.substring(c.end(), to));
        }
      }
    }
    return n;
  }

  static int paragraphStart(String body, int at) {
    int i = body.lastIndexOf('\n', Math.max(0, at - 1));
    return i < 0 ? 0 : i + 1;
  }

  static int paragraphEnd(String body, int at) {
    int i = body.indexOf('\n', at);
    return i < 0 ? body.length() : i;
  }

  /** A number trail with its points. */
  public ObjectNode trail(Trail t) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("item", t.item());
    n.put("from", t.from());
    n.put("to", t.to());
    ArrayNode pts = n.putArray("points");
    for (TrailPoint p : t.points()) {
      ObjectNode x = pts.addObject();
      x.put("claim", p.claimId());
      x.put("document", p.document());
      x.put("date", p.claimDate().isoStart());
      x.put("date_end", p.claimDate().isoEnd());
      x.put("date_label", DateLabels.of(p.claimDate()));
      x.put("claimant", p.claimant());
      x.put("value", p.value());
      if (p.low() != null) {
        x.put("low", p.low());
      }
      if (p.high() != null) {
        x.put("high", p.high());
      }
      x.put("bound", p.bound().wireName());
      x.put("text", p.text());
      x.put("event", s.eventOfClaim(p.claimId()));
    }
    return n;
  }

  /** Search results with facets. */
  public ObjectNode search(SearchResults r, String q, Page page) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("query", q);
    n.put("total", r.total());
    n.put("limit", page.limit());
    n.put("offset", page.offset());
    ArrayNode items = n.putArray("items");
    for (SearchHit h : r.hits()) {
      ObjectNode x = items.addObject();
      x.put("kind", h.entry().kind());
      x.put("id", h.entry().id());
      x.put("document", h.entry().document());
      x.put("title", h.entry().title());
      StoredDocument d = s.document(h.entry().document());
      x.put("label", d == null ? h.entry().document() : label(d.article()));
      x.put("snippet", h.snippet());
      x.put("type", h.entry().type());
      x.put("status", h.entry().status());
      x.put("event", h.entry().event());
      x.put("score", h.score());
    }
    n.set("facets", MAPPER.valueToTree(r.facets()));
    return n;
  }
}
