package org.storyline.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storyline.core.error.StorylineException;

/** The JSON API on a hand-made store: records, filters, paging, errors, security headers, corrections. */
class WorkbenchApiTest {
  @TempDir static Path tmp;
  static WorkbenchServer server;
  static Http http;

  @BeforeAll
  static void start() {
    Path store = HandMadeStore.write(tmp.resolve("store"));
    server = WorkbenchServer.create(StoreSnapshot.load(store), ServerOptions.loopback());
    http = new Http(server.start());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void listsAreaPagedWithTotals() {
    JsonNode all = http.get("/api/events").json();
    assertEquals(3, all.get("total").asInt());
    assertEquals(3, all.get("items").size());
    List<String> paged = new ArrayList<>();
    for (int off = 0; off < 3; off++) {
      JsonNode p = http.get("/api/events?limit=1&offset=" + off).json();
      assertEquals(3, p.get("total").asInt());
      assertEquals(1, p.get("items").size());
      paged.add(p.get("items").get(0).get("id").asText());
    }
    List<String> ids = new ArrayList<>();
    all.get("items").forEach(e -> ids.add(e.get("id").asText()));
    assertEquals(ids, paged);
    assertEquals(0, http.get("/api/events?offset=10").json().get("items").size());
  }

  @ParameterizedTest
  @CsvSource({
      "/api/events?type=consult, 1",
      "/api/events?type=AID, 1",
      "/api/events?status=confirmed, 1",
      "/api/events?status=reported, 1",
      "/api/events?actor=iran, 2",
      "/api/events?actor=" + HandMadeStore.TURKEY + ", 2",
      "/api/events?from=2024-03-05, 2",
      "/api/events?from=2024-03-05&to=2024-03-05, 1",
      "/api/events?to=2024-02, 0",
      "/api/events?text=wheat, 1",
      "/api/claims?type=CONSULT, 2",
      "/api/claims?status=confirmed, 2",
      "/api/claims?actor=turkey&type=AID, 1",
      "/api/claims?document=" + HandMadeStore.D2 + ", 2",
      "/api/claims?text=summit, 1",
      "/api/documents?text=grain, 1",
      "/api/documents?from=2024-03-05, 2",
      "/api/documents?type=AID, 1",
      "/api/documents?actor=iran, 2",
      "/api/entities?type=state, 2",
      "/api/entities?text=türkiye, 1",
      "/api/trails?text=trucks, 1",
      "/api/trails?actor=iran, 1"})
  void filters(String path, int total) {
    Http.Answer a = http.get(path);
    assertEquals(200, a.status(), a.body());
    assertEquals(total, a.json().get("total").asInt(), path);
  }

  @ParameterizedTest
  @CsvSource({
      "/api/events?type=BOMBARD, 400",
      "/api/events?status=rumoured, 400",
      "/api/events?from=2024-13-01, 400",
      "/api/events?from=yesterday, 400",
      "/api/events?from=2024-03-07&to=2024-03-01, 400",
      "/api/events?limit=0, 400",
      "/api/events?limit=501, 400",
      "/api/events?limit=ten, 400",
      "/api/events?offset=-1, 400",
      "/api/entities?status=confirmed, 400",
      "/api/search, 400",
      "/api/search?q=x&kind=video, 400",
      "/api/events/evt-doesnotexist, 404",
      "/api/documents/doc-doesnotexist, 404",
      "/api/entities/ent-nope, 404",
      "/api/claims/clm-nope, 404",
      "/api/events/..%2F..%2Fetc%2Fpasswd, 400",
      "/api/documents/%2e%2e, 400",
      "/api/documents/a%20b, 400",
      "/api/nothing-here, 404"})
  void errorsAreJsonWithTheRightStatus(String path, int status) {
    Http.Answer a = http.get(path);
    assertEquals(status, a.status(), path + " -> " + a.body());
    JsonNode j = a.json();
    assertEquals(status, j.get("status").asInt());
    assertFalse(j.get("error").asText().isBlank());
    assertTrue(a.raw().headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
  }

  @Test
  void eventDetailCarriesEveryClaimInContext() {
    JsonNode e = http.get("/api/events/" + HandMadeStore.SUMMIT).json();
    assertEquals("verbal_cooperation", e.get("event").get("quad").asText());
    assertEquals(2, e.get("claims").size());
    for (JsonNode c : e.get("claims")) {
      JsonNode ctx = c.get("context");
      assertEquals(c.get("claim").get("sentence").asText(), ctx.get("sentence").asText());
      assertTrue(ctx.get("before").asText().startsWith("Regional talks") || ctx.get("before").asText().startsWith("Leaders gather")
          || ctx.get("before").asText().isEmpty(), ctx.toString());
      assertTrue(c.get("document").get("title").asText().contains("Ankara"));
    }
  }

  @Test
  void documentDetailHasSpansThatFitTheBody() {
    JsonNode d = http.get("/api/documents/" + HandMadeStore.D2).json();
    String body = d.get("document").get("body").asText();
    List<String> kinds = new ArrayList<>();
    for (JsonNode s : d.get("spans")) {
      int start = s.get("start").asInt();
      int end = s.get("end").asInt();
      assertTrue(0 <= start && start < end && end <= body.length(), s.toString());
      kinds.add(s.get("kind").asText());
      if (s.get("kind").asText().equals("quantity")) {
        assertEquals("300 trucks", body.substring(start, end));
      }
    }
    assertTrue(kinds.containsAll(List.of("entity", "date", "quantity", "claim")), kinds.toString());
    assertEquals("share", d.get("document").get("dropped").get(0).get("reason").asText());
  }

  @Test
  void entityHasEventsAndCooccurrence() {
    JsonNode e = http.get("/api/entities/" + HandMadeStore.IRAN).json();
    assertEquals(2, e.get("events").size());
    List<String> co = new ArrayList<>();
    e.get("cooccurring").forEach(x -> co.add(x.get("name").asText()));
    assertEquals(List.of("Turkey", "Ankara"), co);
    assertEquals(2, e.get("cooccurring").get(0).get("shared_events").asInt());
  }

  @Test
  void searchHasFacetsAndFilters() {
    JsonNode r = http.get("/api/search?q=Ankara").json();
    assertTrue(r.get("total").asInt() >= 4, r.toString());
    assertTrue(r.get("facets").get("kind").has("document"));
    JsonNode claims = http.get("/api/search?q=Ankara&kind=claim&status=confirmed").json();
    assertEquals(2, claims.get("total").asInt());
    claims.get("items").forEach(h -> assertEquals(HandMadeStore.SUMMIT, h.get("event").asText()));
  }

  @Test
  void openApiDescribesEveryRoute() {
    JsonNode o = http.get("/openapi.json").json();
    assertEquals("3.0.3", o.get("openapi").asText());
    for (String p : List.of("/api/documents", "/api/documents/{id}", "/api/entities", "/api/entities/{id}", "/api/claims",
        "/api/events", "/api/events/{id}", "/api/trails", "/api/search", "/api/entities/corrections")) {
      assertTrue(o.get("paths").has(p), p);
    }
  }

  @Test
  void uiIsServedWithAStrictPolicyAndNoInlineScript() {
    Http.Answer page = http.get("/");
    assertEquals(200, page.status());
    String csp = page.raw().headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"), csp);
    assertFalse(page.body().matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"), "inline script in index.html");
    assertTrue(page.body().contains("js/app.js"));
    Http.Answer js = http.get("/js/app.js");
    assertEquals(200, js.status());
    assertFalse(js.body().contains("innerHTML") || js.body().contains("insertAdjacentHTML") || js.body().contains("document.write"));
    assertFalse(http.get("/js/dom.js").body().contains("innerHTML"));
    assertFalse(http.get("/js/charts.js").body().contains("innerHTML"));
    assertTrue(http.get("/api/summary").raw().headers().firstValue("Content-Security-Policy").isPresent());
  }

  @Test
  void hostileTextComesBackAsPlainJsonStrings() {
    Http.Answer a = http.get("/api/documents/" + HandMadeStore.D3);
    JsonNode d = a.json();
    assertEquals(HandMadeStore.HOSTILE_TITLE, d.get("document").get("title").asText());
    assertTrue(d.get("document").get("body").asText().contains(HandMadeStore.IMG));
    assertEquals("nosniff", a.raw().headers().firstValue("X-Content-Type-Options").orElse(""));
  }

  @Test
  void correctionsAreValidatedAndRecorded() {
    Http.Answer ok = http.post("/api/entities/corrections",
        "{\"kind\":\"rename\",\"entities\":[\"Turkey\"],\"new_name\":\"Republic of Türkiye\"}");
    assertEquals(201, ok.status(), ok.body());
    int seq = ok.json().get("seq").asInt();
    // applied at once: the API answers from the refreshed store
    assertTrue(http.get("/api/entities?limit=500").body().contains("Republic of Türkiye"));
    Http.Answer merge = http.post("/api/entities/corrections", "{\"kind\":\"merge\",\"entities\":[\"Iran\",\"Republic of Türkiye\"]}");
    assertEquals(201, merge.status(), merge.body());
    assertEquals(seq + 1, merge.json().get("seq").asInt());
    List<String> stored = new CorrectionLog(server.snapshot().location()).all();
    assertTrue(stored.get(stored.size() - 2).contains("Republic of Türkiye"));
    assertTrue(stored.get(stored.size() - 1).contains("\"merge\""));

    assertEquals(400, http.post("/api/entities/corrections", "not json").status());
    assertEquals(400, http.post("/api/entities/corrections", "[]").status());
    assertEquals(400, http.post("/api/entities/corrections", "{\"kind\":\"delete\",\"entities\":[\"Iran\"]}").status());
    assertEquals(400, http.post("/api/entities/corrections", "{\"kind\":\"merge\",\"entities\":[\"Iran\"]}").status());
    assertEquals(400, http.post("/api/entities/corrections", "{\"kind\":\"rename\",\"entities\":[\"Iran\"]}").status());
    assertEquals(400, http.post("/api/entities/corrections", "{\"kind\":\"split\",\"entities\":[\"Iran\"],\"new_name\":\"x\"}").status());
    assertEquals(404, http.post("/api/entities/corrections", "{\"kind\":\"rename\",\"entities\":[\"Atlantis\"],\"new_name\":\"x\"}").status());
    Http.Answer big = http.post("/api/entities/corrections", "{\"kind\":\"rename\",\"entities\":[\"Iran\"],\"new_name\":\"" + "x".repeat(40_000) + "\"}");
    assertEquals(413, big.status(), big.body());
    assertEquals(stored.size(), new CorrectionLog(server.snapshot().location()).all().size());
  }

  @Test
  void crossSiteWritesAndForeignHostNamesAreRefused() throws Exception {
    java.net.http.HttpClient c = java.net.http.HttpClient.newHttpClient();
    java.net.URI u = java.net.URI.create("http://127.0.0.1:" + server.port() + "/api/entities/corrections");
    String body = "{\"kind\":\"rename\",\"entities\":[\"Iran\"],\"new_name\":\"x\"}";
    java.net.http.HttpResponse<String> plain = c.send(java.net.http.HttpRequest.newBuilder(u)
        .header("Content-Type", "text/plain").POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertEquals(415, plain.statusCode(), plain.body());
    java.net.http.HttpResponse<String> foreign = c.send(java.net.http.HttpRequest.newBuilder(u)
        .header("Content-Type", "application/json").header("Origin", "http://evil.example")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    assertEquals(403, foreign.statusCode(), foreign.body());
    // a rebound DNS name reaches 127.0.0.1 but names another host
    try (java.net.Socket s = new java.net.Socket("127.0.0.1", server.port())) {
      s.getOutputStream().write(("GET /api/summary HTTP/1.1\r\nHost: rebound.example:" + server.port()
          + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      String status = new String(s.getInputStream().readNBytes(12), java.nio.charset.StandardCharsets.US_ASCII);
      assertEquals("HTTP/1.1 403", status);
    }
  }

  @Test
  void randomQueryStringsNeverCauseServerErrors() {
    Random rnd = new Random(11);
    String[] params = {"limit", "offset", "type", "status", "from", "to", "actor", "text", "q", "kind"};
    String alphabet = "az09-_%2F.:\"'<>()*&|!";
    for (int i = 0; i < 150; i++) {
      StringBuilder q = new StringBuilder();
      for (int k = rnd.nextInt(4); k >= 0; k--) {
        StringBuilder v = new StringBuilder();
        for (int j = rnd.nextInt(8); j >= 0; j--) {
          v.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        q.append(q.length() == 0 ? "" : "&").append(params[rnd.nextInt(params.length)]).append('=')
            .append(java.net.URLEncoder.encode(v.toString(), java.nio.charset.StandardCharsets.UTF_8));
      }
      String path = List.of("/api/events", "/api/claims", "/api/documents", "/api/entities", "/api/search", "/api/trails").get(rnd.nextInt(6));
      Http.Answer a = http.get(path + "?" + q);
      assertTrue(a.status() == 200 || a.status() == 400, path + "?" + q + " -> " + a.status() + " " + a.body());
    }
  }

  @Test
  void serverRefusesOpenHostsWithoutAToken() {
    assertThrows(StorylineException.class, () -> new ServerOptions("0.0.0.0", 8080, null));
    assertThrows(StorylineException.class, () -> new ServerOptions("127.0.0.1", 8080, "short"));
    assertThrows(StorylineException.class, () -> new ServerOptions("127.0.0.1", 70000, null));
    new ServerOptions("localhost", 0, null);
    new ServerOptions("0.0.0.0", 0, "a-long-enough-token-123");
  }

  @Test
  void tokenIsCheckedAsABearerToken() {
    String token = "test-token-0123456789";
    try (WorkbenchServer guarded = WorkbenchServer.create(server.snapshot(), new ServerOptions("127.0.0.1", 0, token))) {
      Http g = new Http(guarded.start());
      assertEquals(401, g.get("/api/events").status());
      assertEquals(401, g.getWith("/api/events", "Authorization", "Bearer wrong-token-000000000").status());
      assertEquals(401, g.get("/openapi.json").status());
      assertEquals(200, g.getWith("/api/events", "Authorization", "Bearer " + token).status());
      assertEquals(200, g.get("/").status());
    }
  }
}
