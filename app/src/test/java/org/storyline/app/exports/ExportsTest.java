package org.storyline.app.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storyline.app.server.HandMadeStore;
import picocli.CommandLine;

class ExportsTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path tmp;

  /** A strict RFC 4180 reader, to check what the writer makes. */
  static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          f.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(f.toString());
        f.setLength(0);
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        row.add(f.toString());
        f.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        assertTrue(c != '\n' && c != '\r', "bare line break outside quotes at " + i);
        f.append(c);
      }
    }
    assertTrue(row.isEmpty() && f.length() == 0, "last row not CRLF-terminated");
    return rows;
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "plain|plain",
      "a,b|\"a,b\"",
      "say \"hi\"|\"say \"\"hi\"\"\""})
  void fields(String in, String out) {
    assertEquals(out, Csv.field(in));
  }

  @Test
  void formulasAreDefused() {
    assertEquals("'=HYPERLINK(1)", Csv.field("=HYPERLINK(1)"));
    assertEquals("'-2+3", Csv.field("-2+3"));
    assertEquals("'@SUM", Csv.field("@SUM"));
    assertEquals("\"'+1,2\"", Csv.field("+1,2"));
    assertEquals("-5\r\n", Csv.row(List.of(-5)));
  }

  @Test
  void randomCellsRoundTrip() {
    Random rnd = new Random(5);
    String alphabet = "ab ,\"\r\n;x";
    for (int i = 0; i < 300; i++) {
      List<String> cells = new ArrayList<>();
      for (int k = 1 + rnd.nextInt(5); k > 0; k--) {
        StringBuilder sb = new StringBuilder("v");
        for (int j = rnd.nextInt(10); j > 0; j--) {
          sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        cells.add(sb.toString());
      }
      assertEquals(List.of(cells), parse(Csv.row(cells)));
    }
  }

  @Test
  void csvExportHasOneRowPerItem() throws Exception {
    Path store = HandMadeStore.write(tmp.resolve("store"));
    Path out = tmp.resolve("csv");
    assertEquals(0, new CommandLine(new ExportCsvCommand()).execute("--store", store.toString(), "--out", out.toString()));
    String events = Files.readString(out.resolve("events.csv"));
    assertTrue(events.startsWith(Csv.BOM));
    List<List<String>> rows = parse(events.substring(1));
    assertEquals(CsvExport.EVENT_COLUMNS, rows.get(0));
    assertEquals(4, rows.size());
    rows.forEach(r -> assertEquals(CsvExport.EVENT_COLUMNS.size(), r.size()));
    Map<String, List<String>> byId = rows.stream().skip(1).collect(Collectors.toMap(r -> r.get(0), r -> r));
    assertEquals("confirmed", byId.get(HandMadeStore.SUMMIT).get(CsvExport.EVENT_COLUMNS.indexOf("status")));
    assertEquals("verbal_cooperation", byId.get(HandMadeStore.SUMMIT).get(CsvExport.EVENT_COLUMNS.indexOf("quad_class")));
    List<List<String>> claims = parse(Files.readString(out.resolve("claims.csv")).substring(1));
    assertEquals(5, claims.size());
    int sentence = CsvExport.CLAIM_COLUMNS.indexOf("sentence");
    assertTrue(claims.stream().anyMatch(r -> r.get(sentence).contains(HandMadeStore.IMG)), "hostile text kept verbatim, quoted");
  }

  @Test
  void ploverAndFollowTheMoney() throws Exception {
    Path store = HandMadeStore.write(tmp.resolve("store"));
    Path plover = tmp.resolve("x/events.plover.jsonl");
    Path ftm = tmp.resolve("x/entities.ftm.json");
    assertEquals(0, new CommandLine(new ExportPloverCommand()).execute("--store", store.toString(), "-o", plover.toString()));
    assertEquals(0, new CommandLine(new ExportFtmCommand()).execute("--store", store.toString(), "-o", ftm.toString()));
    List<JsonNode> events = new ArrayList<>();
    for (String line : Files.readAllLines(plover)) {
      events.add(JSON.readTree(line));
    }
    assertEquals(3, events.size());
    JsonNode summit = events.stream().filter(e -> e.get("id").asText().equals(HandMadeStore.SUMMIT)).findFirst().orElseThrow();
    assertEquals("CONSULT", summit.get("event_type").asText());
    assertEquals("Turkey", summit.get("actor").get(0).asText());
    assertEquals("Iran", summit.get("recipient").get(0).asText());
    assertEquals("2024-03-04", summit.get("date").asText());
    assertEquals(2, summit.get("urls").size());

    Map<String, JsonNode> byId = new java.util.HashMap<>();
    for (String line : Files.readAllLines(ftm)) {
      JsonNode n = JSON.readTree(line);
      assertTrue(n.get("properties").isObject());
      n.get("properties").fields().forEachRemaining(p -> assertTrue(p.getValue().isArray(), "FtM values are lists: " + p.getKey()));
      byId.put(n.get("id").asText(), n);
    }
    assertEquals("LegalEntity", byId.get(HandMadeStore.TURKEY).get("schema").asText());
    assertEquals("Address", byId.get(HandMadeStore.ANKARA).get("schema").asText());
    assertEquals("Article", byId.get(HandMadeStore.D1).get("schema").asText());
    JsonNode ev = byId.get(HandMadeStore.SUMMIT);
    assertEquals("Event", ev.get("schema").asText());
    List<String> involved = new ArrayList<>();
    ev.get("properties").get("involved").forEach(x -> involved.add(x.asText()));
    assertEquals(List.of(HandMadeStore.TURKEY, HandMadeStore.IRAN), involved);
    assertEquals(2, ev.get("properties").get("proof").size());
    for (JsonNode n : byId.values()) {
      for (JsonNode ref : n.get("properties").path("involved")) {
        assertTrue(byId.containsKey(ref.asText()), "dangling reference " + ref);
      }
    }
  }
}
