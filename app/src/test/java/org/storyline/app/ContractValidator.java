package org.storyline.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Validates JSON Lines files against the contract's JSON Schemas (draft 2020-12). */
final class ContractValidator {
  private static final String BASE = "https://contract.storyline.invalid/";
  private final JsonSchemaFactory factory;
  private final ObjectMapper mapper = new ObjectMapper();

  ContractValidator(Path contractDir) {
    // The schemas' $id values are relative ("storyline/claim.schema.json"); they are loaded under a
    // placeholder absolute base, and every IRI below it maps to the contract folder.
    String folder = contractDir.toUri().toString();
    factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
        b -> b.schemaMappers(m -> m.mapPrefix(BASE + "storyline/", folder).mapPrefix(BASE, folder)));
  }

  /** Every violation in the file, as "line N: message"; empty when all lines are valid. */
  List<String> violations(Path jsonl, String schemaFile) throws IOException {
    JsonSchema schema = factory.getSchema(SchemaLocation.of(BASE + schemaFile));
    List<String> out = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(jsonl)) {
      n++;
      JsonNode node = mapper.readTree(line);
      Set<ValidationMessage> errors = schema.validate(node);
      for (ValidationMessage e : errors) {
        out.add(jsonl.getFileName() + " line " + n + ": " + e.getMessage());
      }
    }
    return out;
  }
}
