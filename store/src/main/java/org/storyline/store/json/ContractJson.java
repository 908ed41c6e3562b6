package org.storyline.store.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.storyline.core.claim.Attribution;
import org.storyline.core.claim.Bound;
import org.storyline.core.claim.Claim;
import org.storyline.core.claim.ClaimKind;
import org.storyline.core.claim.EventFrame;
import org.storyline.core.claim.EventType;
import org.storyline.core.claim.Quantity;
import org.storyline.core.claim.Stance;
import org.storyline.core.document.Article;
import org.storyline.core.document.DroppedBlock;
import org.storyline.core.document.SourceFormat;
import org.storyline.core.document.SourceRef;
import org.storyline.core.entity.Entity;
import org.storyline.core.entity.EntityRef;
import org.storyline.core.entity.EntityType;
import org.storyline.core.entity.Mention;
import org.storyline.core.event.Event;
import org.storyline.core.event.EventStatus;
import org.storyline.core.text.Span;
import org.storyline.core.time.DateBasis;
import org.storyline.core.time.DateSpan;
import org.storyline.core.time.Granularity;
import org.storyline.core.time.PublicationDate;

/**
 * Maps the pipeline's records to and from the JSON shapes of the output contract
 * ({@code shared/contract/*.schema.json}). Field names are the contract's (snake_case); fields
 * beyond the contract ({@code dropped}, {@code denies}, {@code evidence}, spans) are added where
 * they help the UI and the audit. Writing then reading gives back an equal record.
 */
public final class ContractJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ContractJson() {}

  /** One compact JSON line (no trailing newline). */
  public static String line(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Parses one JSON text into a tree. */
  public static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
  }

  // ---------------------------------------------------------------- documents

  public static ObjectNode document(Article a) {
    ObjectNode n = F.objectNode();
    n.put("id", a.id());
    ObjectNode src = n.putObject("source");
    src.put("path", a.source().path());
    src.put("url", a.source().url());
    src.put("format", a.source().format().wireName());
    if (a.source().locator() != null) {
      src.put("locator", a.source().locator());
    }
    n.put("title", a.title());
    n.put("outlet", a.outlet());
    ArrayNode authors = n.putArray("authors");
    a.authors().forEach(authors::add);
    if (a.published() == null) {
      n.putNull("published");
    } else {
      ObjectNode p = n.putObject("published");
      p.put("date", a.published().date());
      p.put("time", a.published().time());
      p.put("basis", a.published().basis().wireName());
      p.put("confidence", a.published().confidence());
    }
    n.put("language", a.language());
    n.put("body", a.body());
    n.put("duplicate_of", a.duplicateOf());
    ArrayNode dropped = n.putArray("dropped");
    for (DroppedBlock b : a.dropped()) {
      ObjectNode d = dropped.addObject();
      d.put("reason", b.reason());
      d.put("text", b.text());
    }
    return n;
  }

  public static Article article(JsonNode n) {
    JsonNode src = n.get("source");
    SourceRef ref = new SourceRef(text(src, "path"), text(src, "url"),
        SourceFormat.fromWire(src.get("format").asText()), text(src, "locator"));
    List<String> authors = new ArrayList<>();
    n.path("authors").forEach(x -> authors.add(x.asText()));
    PublicationDate published = null;
    JsonNode p = n.get("published");
    if (p != null && !p.isNull()) {
      published = new PublicationDate(p.get("date").asText(), text(p, "time"),
          DateBasis.fromWire(p.get("basis").asText()), p.path("confidence").asDouble(1.0));
    }
    List<DroppedBlock> dropped = new ArrayList<>();
    n.path("dropped").forEach(d -> dropped.add(new DroppedBlock(d.get("text").asText(), d.get("reason").asText())));
    return new Article(n.get("id").asText(), ref, text(n, "title"), text(n, "outlet"), authors,
        published, text(n, "language"), n.get("body").asText(), text(n, "duplicate_of"), dropped);
  }

  // ---------------------------------------------------------------- entities

  public static ObjectNode entity(Entity e) {
    ObjectNode n = F.objectNode();
    n.put("id", e.id());
    n.put("name", e.name());
    n.put("type", e.type().name());
    ArrayNode aliases = n.putArray("aliases");
    e.aliases().forEach(aliases::add);
    ObjectNode kb = n.putObject("kb");
    kb.put("wikidata", e.wikidata());
    ArrayNode mentions = n.putArray("mentions");
    for (Mention m : e.mentions()) {
      mentions.add(mention(m));
    }
    return n;
  }

  public static ObjectNode mention(Mention m) {
    ObjectNode o = F.objectNode();
    o.put("document", m.document());
    o.put("start", m.span().start());
    o.put("end", m.span().end());
    o.put("text", m.text());
    o.put("type", m.type().name());
    if (m.key() != null) {
      o.put("key", m.key());
    }
    return o;
  }

  public static Mention mention(JsonNode m, EntityType fallbackType) {
    EntityType type = m.hasNonNull("type") ? EntityType.valueOf(m.get("type").asText()) : fallbackType;
    return new Mention(m.get("document").asText(), new Span(m.get("start").asInt(), m.get("end").asInt()),
        m.get("text").asText(), type, text(m, "key"));
  }

  public static Entity entity(JsonNode n) {
    EntityType type = EntityType.valueOf(n.get("type").asText());
    List<String> aliases = new ArrayList<>();
    n.path("aliases").forEach(x -> aliases.add(x.asText()));
    List<Mention> mentions = new ArrayList<>();
    n.path("mentions").forEach(m -> mentions.add(mention(m, type)));
    return new Entity(n.get("id").asText(), n.get("name").asText(), type, aliases,
        text(n.path("kb"), "wikidata"), mentions);
  }

  // ---------------------------------------------------------------- claims

  public static ObjectNode claim(Claim c) {
    ObjectNode n = F.objectNode();
    n.put("id", c.id());
    n.put("document", c.document());
    n.put("sentence", c.sentence());
    n.put("start", c.start());
    n.put("end", c.end());
    n.put("kind", c.kind().wireName());
    if (c.event() == null) {
      n.putNull("event");
    } else {
      ObjectNode ev = n.putObject("event");
      ev.put("type", c.event().type().name());
      ev.put("mode", c.event().mode());
      ev.put("trigger", c.event().trigger());
    }
    n.set("actors", refs(c.actors()));
    n.set("place", ref(c.place()));
    n.set("date", date(c.date()));
    n.set("quantities", quantities(c.quantities()));
    if (c.attribution() == null) {
      n.putNull("attribution");
    } else {
      ObjectNode at = n.putObject("attribution");
      at.set("speaker", ref(c.attribution().speaker()));
      at.set("cited", ref(c.attribution().cited()));
      at.put("cue", c.attribution().cue());
    }
    n.put("stance", c.stance().wireName());
    n.put("quote", c.quote());
    n.put("denies", c.denies());
    n.put("confidence", c.confidence());
    return n;
  }

  public static Claim claim(JsonNode n) {
    EventFrame frame = null;
    JsonNode ev = n.get("event");
    if (ev != null && !ev.isNull()) {
      frame = new EventFrame(EventType.valueOf(ev.get("type").asText()), text(ev, "mode"), text(ev, "trigger"));
    }
    Attribution attribution = null;
    JsonNode at = n.get("attribution");
    if (at != null && !at.isNull()) {
      attribution = new Attribution(ref(at.get("speaker")), ref(at.get("cited")), text(at, "cue"));
    }
    return new Claim(n.get("id").asText(), n.get("document").asText(), n.get("sentence").asText(),
        n.get("start").asInt(), n.get("end").asInt(), ClaimKind.fromWire(n.get("kind").asText()), frame,
        refs(n.get("actors")), ref(n.get("place")), date(n.get("date")), quantities(n.get("quantities")),
        attribution, Stance.fromWire(n.get("stance").asText()), text(n, "quote"), text(n, "denies"),
        n.path("confidence").asDouble(1.0));
  }

  // ---------------------------------------------------------------- events

  public static ObjectNode event(Event e) {
    ObjectNode n = F.objectNode();
    n.put("id", e.id());
    n.put("type", e.type().name());
    n.put("mode", e.mode());
    n.put("title", e.title());
    n.set("date", date(e.date()));
    n.set("actors", refs(e.actors()));
    n.set("place", ref(e.place()));
    n.put("status", e.status().wireName());
    ArrayNode claims = n.putArray("claims");
    e.claims().forEach(claims::add);
    ArrayNode docs = n.putArray("documents");
    e.documents().forEach(docs::add);
    n.put("independent_sources", e.independentSources());
    n.set("quantities", quantities(e.quantities()));
    n.put("evidence", e.evidence());
    return n;
  }

  public static Event event(JsonNode n) {
    List<String> claims = new ArrayList<>();
    n.path("claims").forEach(x -> claims.add(x.asText()));
    List<String> docs = new ArrayList<>();
    n.path("documents").forEach(x -> docs.add(x.asText()));
    return new Event(n.get("id").asText(), EventType.valueOf(n.get("type").asText()), text(n, "mode"),
        n.get("title").asText(), date(n.get("date")), refs(n.get("actors")), ref(n.get("place")),
        EventStatus.fromWire(n.get("status").asText()), claims, docs, n.get("independent_sources").asInt(),
        quantities(n.get("quantities")), text(n, "evidence"));
  }

  // ---------------------------------------------------------------- parts

  /** A date span as the contract's date object; null stays JSON null. */
  public static JsonNode date(DateSpan d) {
    if (d == null) {
      return F.nullNode();
    }
    ObjectNode n = F.objectNode();
    n.put("start", d.isoStart());
    n.put("end", d.isoEnd());
    n.put("granularity", d.granularity().wireName());
    n.put("text", d.text());
    n.put("basis", d.basis());
    n.put("value", d.value());
    n.put("modifier", d.modifier());
    // exact days, so a reader does not lose a part-of-month or a range inside a month
    n.put("first_day", d.start() == null ? null : d.start().toString());
    n.put("last_day", d.end() == null ? null : d.end().toString());
    return n;
  }

  public static DateSpan date(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    LocalDate start = n.hasNonNull("first_day") ? LocalDate.parse(n.get("first_day").asText())
        : n.hasNonNull("start") ? DateSpan.parseStart(n.get("start").asText()) : null;
    LocalDate end = n.hasNonNull("last_day") ? LocalDate.parse(n.get("last_day").asText())
        : n.hasNonNull("end") ? DateSpan.parseEnd(n.get("end").asText()) : null;
    return new DateSpan(start, end, Granularity.fromWire(n.get("granularity").asText()), text(n, "value"),
        text(n, "text"), text(n, "basis"), text(n, "modifier"));
  }

  public static JsonNode ref(EntityRef r) {
    if (r == null) {
      return F.nullNode();
    }
    ObjectNode n = F.objectNode();
    n.put("entity", r.entity());
    n.put("name", r.name());
    n.put("role", r.role());
    if (r.span() != null) {
      n.put("start", r.span().start());
      n.put("end", r.span().end());
    }
    return n;
  }

  public static EntityRef ref(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    Span span = n.has("start") && n.has("end") ? new Span(n.get("start").asInt(), n.get("end").asInt()) : null;
    return new EntityRef(text(n, "entity"), n.get("name").asText(), text(n, "role"), span);
  }

  private static ArrayNode refs(List<EntityRef> refs) {
    ArrayNode a = F.arrayNode();
    refs.forEach(r -> a.add(ref(r)));
    return a;
  }

  private static List<EntityRef> refs(JsonNode a) {
    List<EntityRef> out = new ArrayList<>();
    if (a != null) {
      a.forEach(r -> out.add(ref(r)));
    }
    return out;
  }

  private static ArrayNode quantities(List<Quantity> qs) {
    ArrayNode a = F.arrayNode();
    for (Quantity q : qs) {
      ObjectNode n = a.addObject();
      n.put("value", q.value());
      n.put("low", q.low());
      n.put("high", q.high());
      n.put("bound", q.bound().wireName());
      n.put("unit", q.unit());
      n.put("item", q.item());
      n.put("text", q.text());
    }
    return a;
  }

  private static List<Quantity> quantities(JsonNode a) {
    List<Quantity> out = new ArrayList<>();
    if (a != null) {
      for (JsonNode n : a) {
        out.add(new Quantity(n.get("value").asDouble(), dbl(n, "low"), dbl(n, "high"),
            Bound.fromWire(n.get("bound").asText()), text(n, "unit"), text(n, "item"), n.get("text").asText()));
      }
    }
    return out;
  }

  private static Double dbl(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asDouble();
  }

  private static String text(JsonNode n, String field) {
    if (n == null) {
      return null;
    }
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
