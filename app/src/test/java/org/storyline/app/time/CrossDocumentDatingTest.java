package org.storyline.app.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.app.cli.StorylineCommand;

/**
 * Cross-document narrowing through the real pipeline, on short articles written for this test:
 * an undated report of a planned trip "on Thursday" is dated by a dated report of the same trip
 * having happened on a given day; an undated plan for "Friday" that no day can reconcile with
 * that report, and an undated plan of another minister's trip elsewhere, stay undated.
 */
class CrossDocumentDatingTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  static Map<String, String> fileOf = new HashMap<>();
  static List<JsonNode> claims = new ArrayList<>();

  private static final String PLAN = """
      Russian Foreign Minister Sergey Lavrov will travel to Pyongyang on Thursday, the Russian foreign ministry said in a statement.

      The ministry said the talks would cover the treaty on comprehensive strategic partnership and the situation on the Korean peninsula.

      Officials in Seoul said they were watching the preparations closely and would raise the matter with their partners.
      """;
  private static final String DONE = """
      Russian Foreign Minister Sergey Lavrov visited Pyongyang on November 28, 2024, and held talks with his North Korean counterpart.

      The two ministers discussed the partnership treaty and further cooperation between their countries, according to the foreign ministry in Moscow.

      South Korean officials criticised the visit and said they would consult their allies about a response.
      """;
  private static final String WRONG_DAY = """
      Russian Foreign Minister Sergey Lavrov will travel to Pyongyang on Friday, a spokeswoman for the foreign ministry told reporters.

      She said the minister would discuss trade, transport links and the partnership treaty during the visit.

      Analysts in Seoul said the visit showed how close the two governments had become since the treaty was signed.
      """;
  private static final String ELSEWHERE = """
      Turkish Foreign Minister Hakan Fidan will visit Kyiv on Monday to discuss grain shipments across the Black Sea, his ministry said.

      Fidan is expected to meet Ukrainian officials and to present proposals on the safety of merchant ships.

      Diplomats in Ankara said the talks could prepare a wider meeting on navigation later in the year.
      """;

  @BeforeAll
  static void analyze() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("a-plan.txt"), PLAN);
    Files.writeString(in.resolve("b-done.txt"), DONE);
    Files.writeString(in.resolve("b-done.txt.meta.json"), "{\"published\": \"2024-11-29\"}");
    Files.writeString(in.resolve("c-wrong-day.txt"), WRONG_DAY);
    Files.writeString(in.resolve("d-elsewhere.txt"), ELSEWHERE);
    Path out = tmp.resolve("store");
    int exit = StorylineCommand.commandLine().execute("analyze", in.toString(), "--out", out.toString(), "--quiet");
    assertEquals(0, exit, "analyze exit code");
    for (String line : Files.readAllLines(out.resolve("documents.jsonl"))) {
      JsonNode d = JSON.readTree(line);
      fileOf.put(d.path("id").asText(), Path.of(d.path("source").path("path").asText()).getFileName().toString());
    }
    for (String line : Files.readAllLines(out.resolve("claims.jsonl"))) {
      claims.add(JSON.readTree(line));
    }
  }

  private static JsonNode dateOf(String file, String expression) {
    for (JsonNode c : claims) {
      if (file.equals(fileOf.get(c.path("document").asText())) && expression.equals(c.path("date").path("text").asText())) {
        return c.path("date");
      }
    }
    throw new AssertionError("no claim of " + file + " dated by '" + expression + "' in " + claims);
  }

  @Test
  void thePlannedTripIsDatedByTheReportOfIt() {
    JsonNode d = dateOf("a-plan.txt", "Thursday");
    assertEquals("2024-11-28", d.path("first_day").asText(), d.toString());
    assertEquals("2024-11-28", d.path("last_day").asText(), d.toString());
    assertEquals("day", d.path("granularity").asText());
    assertEquals("inferred", d.path("basis").asText());
  }

  @Test
  void aWeekdayNoDayCanReconcileStaysUndated() {
    JsonNode d = dateOf("c-wrong-day.txt", "Friday");
    assertTrue(d.path("first_day").isNull() && d.path("last_day").isNull(), d.toString());
  }

  @Test
  void anotherMinistersTripElsewhereStaysUndated() {
    JsonNode d = dateOf("d-elsewhere.txt", "Monday");
    assertFalse(d.path("first_day").isTextual(), d.toString());
  }
}
