package org.storyline.ingest.meta;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article facts a page states in JSON-LD ({@code <script type="application/ld+json">}):
 * the objects of an article type (or, failing that, any object) with their
 * {@code datePublished}, {@code dateModified}, {@code headline}, {@code author},
 * {@code publisher} and {@code articleBody}. Unparseable blocks are ignored.
 */
public final class JsonLd {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_JAVA_COMMENTS,
          JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .build();

  private final List<JsonNode> articles = new ArrayList<>();
  private final List<JsonNode> others = new ArrayList<>();

  private JsonLd() {}

  /** Reads all JSON-LD blocks of {@code page}. */
  public static JsonLd of(Document page) {
    JsonLd ld = new JsonLd();
    for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
      String json = script.data().strip();
      if (json.isEmpty()) {
        continue;
      }
      try {
        ld.collect(JSON.readTree(json), 0);
      } catch (Exception e) {
        // a broken block states nothing
      }
    }
    return ld;
  }

  private void collect(JsonNode node, int depth) {
    if (node == null || depth > 6) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collect(n, depth + 1));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    if (node.has("@graph")) {
      collect(node.get("@graph"), depth + 1);
    }
    String type = node.path("@type").toString().toLowerCase(Locale.ROOT);
    if (type.contains("article") || type.contains("posting") || type.contains("report")
        || type.contains("newsarticle") || type.contains("blog")) {
      articles.add(node);
    } else if (node.has("datePublished") || node.has("headline")) {
      others.add(node);
    }
    if (node.has("mainEntity")) {
      collect(node.get("mainEntity"), depth + 1);
    }
  }

  /** The first non-empty text value of {@code field} on an article object, else on another object. */
  public String text(String field) {
    for (List<JsonNode> group : List.of(articles, others)) {
      for (JsonNode n : group) {
        JsonNode v = n.get(field);
        if (v != null && v.isTextual() && !v.asText().isBlank()) {
          return v.asText().strip();
        }
        if (v != null && v.isArray() && v.size() > 0 && v.get(0).isTextual()) {
          return v.get(0).asText().strip();
        }
      }
    }
    return null;
  }

  /** Names of the authors of the first article object that names any. */
  public List<String> authors() {
    for (List<JsonNode> group : List.of(articles, others)) {
      for (JsonNode n : group) {
        List<String> names = new ArrayList<>();
        names(n.get("author"), names);
        if (!names.isEmpty()) {
          return names;
        }
      }
    }
    return List.of();
  }

  /** The publisher's name, or null. */
  public String publisher() {
    for (List<JsonNode> group : List.of(articles, others)) {
      for (JsonNode n : group) {
        List<String> names = new ArrayList<>();
        names(n.get("publisher"), names);
        if (!names.isEmpty()) {
          return names.get(0);
        }
      }
    }
    return null;
  }

  private static void names(JsonNode v, List<String> out) {
    if (v == null) {
      return;
    }
    if (v.isArray()) {
      v.forEach(x -> names(x, out));
    } else if (v.isTextual() && !v.asText().isBlank() && !v.asText().startsWith("http")) {
      out.add(v.asText().strip());
    } else if (v.isObject() && v.path("name").isTextual() && !v.path("name").asText().isBlank()) {
      out.add(v.path("name").asText().strip());
    }
  }
}
