package org.storyline.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.InputProblem;
import org.storyline.store.json.ContractJson;

/** An {@link InputProblem} as one JSON line. */
final class ProblemJson {
  private ProblemJson() {}

  static String write(InputProblem p) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("path", p.path());
    o.put("locator", p.locator());
    o.put("stage", p.stage());
    o.put("code", p.code().name());
    o.put("reason", p.reason());
    return ContractJson.line(o);
  }

  static InputProblem read(String json) {
    JsonNode o = ContractJson.parse(json);
    return new InputProblem(o.get("path").asText(), o.get("locator").isNull() ? null : o.get("locator").asText(),
        o.get("stage").asText(), ErrorCode.valueOf(o.get("code").asText()), o.get("reason").asText());
  }
}
