package org.storyline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validator really rejects records that break the contract, including cross-file $refs. */
class ContractValidatorTest {
  @Test
  void rejectsBrokenRecordsAndAcceptsAGoodOne(@TempDir Path dir) throws IOException {
    ContractValidator v = new ContractValidator(SharedData.contract());
    Path good = Files.writeString(dir.resolve("good.jsonl"),
        "{\"id\":\"e1\",\"type\":\"CONSULT\",\"title\":\"A meets B\",\"date\":{\"start\":\"2024-06\",\"end\":\"2024-06\",\"granularity\":\"month\"},"
            + "\"actors\":[{\"name\":\"A\"}],\"status\":\"reported\",\"claims\":[\"c1\"],\"documents\":[\"d1\"],\"independent_sources\":1}\n");
    assertEquals(List.of(), v.violations(good, "event.schema.json"));
    Path bad = Files.writeString(dir.resolve("bad.jsonl"),
        // granularity outside the enum of the date defined in claim.schema.json, and no documents
        "{\"id\":\"e1\",\"type\":\"CONSULT\",\"title\":\"A meets B\",\"date\":{\"start\":null,\"end\":null,\"granularity\":\"week\"},"
            + "\"actors\":[],\"status\":\"reported\",\"claims\":[\"c1\"],\"independent_sources\":1}\n");
    List<String> errors = v.violations(bad, "event.schema.json");
    assertTrue(errors.size() >= 2, errors.toString());
    assertTrue(errors.stream().anyMatch(e -> e.contains("granularity")), errors.toString());
  }
}
