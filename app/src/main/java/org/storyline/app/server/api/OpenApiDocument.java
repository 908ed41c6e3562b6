package org.storyline.app.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The OpenAPI 3.0 description of the workbench API, served at {@code /openapi.json}. */
public final class OpenApiDocument {
  private static final List<String> PAGE = List.of("limit", "offset");
  private static final List<String> FILTERS = List.of("actor", "type", "status", "from", "to", "text");

  private OpenApiDocument() {}

  /** The document. */
  public static ObjectNode build() {
    ObjectNode root = JsonViews.MAPPER.createObjectNode();
    root.put("openapi", "3.0.3");
    ObjectNode info = root.putObject("info");
    info.put("title", "storyline workbench API");
    info.put("version", "0.1.0");
    info.put("description", "Read-only access to one storyline store: documents, entities, claims, events, "
        + "number trails and full-text search. Lists are paginated (limit, offset) and answer "
        + "{total, limit, offset, items}. Errors answer {error, status}. Records follow the storyline JSON contract.");
    ObjectNode components = root.putObject("components");
    ObjectNode schemas = components.putObject("schemas");
    ObjectNode err = schemas.putObject("Error");
    err.put("type", "object");
    err.putArray("required").add("error").add("status");
    err.putObject("properties").set("error", type("string"));
    ((ObjectNode) err.get("properties")).set("status", type("integer"));
    ObjectNode pageSchema = schemas.putObject("Page");
    pageSchema.put("type", "object");
    ObjectNode pp = pageSchema.putObject("properties");
    pp.set("total", type("integer"));
    pp.set("limit", type("integer"));
    pp.set("offset", type("integer"));
    pp.putObject("items").put("type", "array").putObject("items").put("type", "object");
    ObjectNode security = components.putObject("securitySchemes");
    security.putObject("bearer").put("type", "http").put("scheme", "bearer");
    root.putArray("security").addObject().putArray("bearer");

    ObjectNode paths = root.putObject("paths");
    get(paths, "/api/summary", "Counts of documents, entities, claims, events and trails.", List.of(), false);
    get(paths, "/api/documents", "Documents (without body). actor, type and status select documents with a matching claim; from/to the publication date.", join(FILTERS, PAGE), true);
    get(paths, "/api/documents/{id}", "One document: the contract record (body, dropped chrome) and highlight spans (entity, date, quantity, claim) and its claims.", List.of("id"), false);
    get(paths, "/api/entities", "Entities, most mentioned first. type is an entity type (PERSON, STATE, ...); actor and text match names and aliases.", join(List.of("actor", "type", "text"), PAGE), true);
    get(paths, "/api/entities/{id}", "One entity with its events, documents and co-occurring entities.", List.of("id"), false);
    get(paths, "/api/claims", "Claims; type is the PLOVER event type, status that of the claim's event, from/to the claim's date; document restricts to one document.", join(FILTERS, List.of("document", "limit", "offset")), true);
    get(paths, "/api/claims/{id}", "One claim.", List.of("id"), false);
    get(paths, "/api/events", "Events in timeline order with their PLOVER quad class.", join(FILTERS, PAGE), true);
    get(paths, "/api/events/{id}", "One event with every claim reporting it, each sentence in its context and its document.", List.of("id"), false);
    get(paths, "/api/trails", "Number trails: reported values of one counted item over claim date, per claimant. actor matches the giving or receiving side, text the item.", join(List.of("actor", "text"), PAGE), true);
    get(paths, "/api/search", "Full-text search (Lucene syntax) over document text and claims, with facets kind, type, status and entity_type.", join(List.of("q", "kind", "type", "status", "entity_type"), PAGE), false);

    ObjectNode post = paths.putObject("/api/entities/corrections").putObject("post");
    post.put("summary", "Records an entity correction (merge, split, rename); the next analysis applies it.");
    ObjectNode body = post.putObject("requestBody");
    body.put("required", true);
    ObjectNode schema = body.putObject("content").putObject("application/json").putObject("schema");
    schema.put("type", "object");
    schema.putArray("required").add("kind").add("entities");
    ObjectNode props = schema.putObject("properties");
    props.putObject("kind").put("type", "string").putArray("enum").add("merge").add("split").add("rename");
    props.putObject("entities").put("type", "array").put("minItems", 1).put("maxItems", 20).set("items", type("string"));
    props.set("new_name", type("string"));
    props.set("mention_text", type("string"));
    ObjectNode responses = post.putObject("responses");
    responses.putObject("201").put("description", "recorded");
    errors(responses);
    responses.putObject("413").put("description", "body larger than " + ApiRoutes.MAX_BODY + " bytes")
        .putObject("content").putObject("application/json").putObject("schema").put("$ref", "#/components/schemas/Error");
    return root;
  }

  private static List<String> join(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  private static ObjectNode type(String t) {
    return JsonViews.MAPPER.createObjectNode().put("type", t);
  }

  private static void get(ObjectNode paths, String path, String summary, List<String> params, boolean paged) {
    ObjectNode op = paths.putObject(path).putObject("get");
    op.put("summary", summary);
    ArrayNode ps = op.putArray("parameters");
    for (String p : params) {
      ObjectNode x = ps.addObject();
      x.put("name", p);
      x.put("in", "id".equals(p) ? "path" : "query");
      x.put("required", "id".equals(p) || "q".equals(p));
      ObjectNode schema = x.putObject("schema");
      switch (p) {
        case "limit" -> schema.put("type", "integer").put("minimum", 1).put("maximum", Page.MAX_LIMIT).put("default", Page.DEFAULT_LIMIT);
        case "offset" -> schema.put("type", "integer").put("minimum", 0).put("default", 0);
        case "from", "to" -> schema.put("type", "string").put("pattern", "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$");
        case "id" -> schema.put("type", "string").put("pattern", "^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$");
        default -> schema.put("type", "string").put("maxLength", Filters.MAX_VALUE);
      }
    }
    ObjectNode responses = op.putObject("responses");
    ObjectNode ok = responses.putObject("200");
    ok.put("description", "OK");
    ObjectNode okSchema = ok.putObject("content").putObject("application/json").putObject("schema");
    if (paged) {
      okSchema.put("$ref", "#/components/schemas/Page");
    } else {
      okSchema.put("type", "object");
    }
    errors(responses);
  }

  private static void errors(ObjectNode responses) {
    for (String code : List.of("400", "401", "404")) {
      ObjectNode r = responses.putObject(code);
      r.put("description", switch (code) {
        case "400" -> "a parameter is invalid";
        case "401" -> "missing or wrong bearer token (servers bound beyond loopback)";
        default -> "no record with that id";
      });
      r.putObject("content").putObject("application/json").putObject("schema").put("$ref", "#/components/schemas/Error");
    }
  }
}
