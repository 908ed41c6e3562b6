package org.storyline.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.storyline.core.claim.Claim;
import org.storyline.core.entity.EntityType;
import org.storyline.core.entity.Mention;
import org.storyline.core.stage.DocumentAnalysis;
import org.storyline.core.stage.DocumentAnalysis.TimeMention;
import org.storyline.store.json.ContractJson;

/**
 * A {@link DocumentAnalysis} as one JSON line, so per-document results travel from executors to
 * the driver and into Parquet without Java serialisation of the core records. Mentions, claims and
 * dates use the contract's JSON forms ({@link ContractJson}); the round trip is exact.
 */
final class AnalysisJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private AnalysisJson() {}

  static String write(DocumentAnalysis a) {
    ObjectNode o = F.objectNode();
    o.put("document", a.document());
    o.put("tokens", a.tokens());
    ArrayNode mentions = o.putArray("mentions");
    for (Mention m : a.mentions()) {
      mentions.add(ContractJson.mention(m));
    }
    ArrayNode claims = o.putArray("claims");
    for (Claim c : a.claims()) {
      claims.add(ContractJson.claim(c));
    }
    ArrayNode times = o.putArray("times");
    for (TimeMention t : a.times()) {
      ObjectNode x = times.addObject();
      x.put("start", t.start());
      x.put("end", t.end());
      x.put("text", t.text());
      x.set("date", ContractJson.date(t.date()));
    }
    return ContractJson.line(o);
  }

  static DocumentAnalysis read(String json) {
    JsonNode o = ContractJson.parse(json);
    List<Mention> mentions = new ArrayList<>();
    for (JsonNode m : o.get("mentions")) {
      mentions.add(ContractJson.mention(m, EntityType.valueOf(m.get("type").asText())));
    }
    List<Claim> claims = new ArrayList<>();
    for (JsonNode c : o.get("claims")) {
      claims.add(ContractJson.claim(c));
    }
    List<TimeMention> times = new ArrayList<>();
    for (JsonNode t : o.get("times")) {
      times.add(new TimeMention(t.get("start").asInt(), t.get("end").asInt(), t.get("text").asText(),
          ContractJson.date(t.get("date"))));
    }
    return new DocumentAnalysis(o.get("document").asText(), mentions, claims, times, o.get("tokens").asInt());
  }
}
