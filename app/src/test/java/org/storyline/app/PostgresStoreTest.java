package org.storyline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.app.server.ServerOptions;
import org.storyline.app.server.StoreSnapshot;
import org.storyline.app.server.WorkbenchServer;
import org.storyline.store.Store;
import org.storyline.store.StoreLocation;
import org.storyline.store.TestPostgres;

/**
 * The command line and the workbench on a PostgreSQL store ({@code --out/--store
 * postgresql://...}) behave as on the embedded store: {@code analyze} then {@code add} into
 * PostgreSQL gives, record for record, what {@code analyze} of all inputs gives in a SQLite
 * folder; timeline, corrections and the server work on it. Skipped without a test database
 * ({@link TestPostgres}); {@code .ci/run} provides one.
 */
class PostgresStoreTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void analyzeAddTimelineCorrectionsAndServeOnPostgres(@TempDir Path dir) throws Exception {
    Optional<String> schema = TestPostgres.freshSchema("cli");
    assumeTrue(schema.isPresent(), TestPostgres.whyUnavailable());
    String pg = schema.get();
    List<String> seeds = IncrementalAndCorrectionsTest.seedFiles();
    Path sqlite = dir.resolve("sqlite");

    String[] r = AnalyzeSeedsTest.run(args(Stream.of("analyze"), seeds.stream(), Stream.of("--out", sqlite.toString(), "-q")));
    assertEquals("0", r[0], r[1]);
    r = AnalyzeSeedsTest.run(args(Stream.of("analyze"), seeds.subList(0, 3).stream(), Stream.of("--out", pg, "-q")));
    assertEquals("0", r[0], r[1]);
    assertTrue(r[1].contains("stored in postgresql://"), r[1]);
    String password = StoreLocation.parse(pg).password();
    assertTrue(password == null || !r[1].contains(":" + password + "@"), "the password is never printed");
    r = AnalyzeSeedsTest.run(args(Stream.of("add", "--store", pg, "-q"), seeds.subList(3, seeds.size()).stream(), Stream.of()));
    assertEquals("0", r[0], r[1]);
    assertTrue(r[1].contains("2 analysed"), r[1]);

    // the same four files, ids included
    Path exported = dir.resolve("from-postgres");
    r = AnalyzeSeedsTest.run("export", "--store", pg, "-o", exported.toString());
    assertEquals("0", r[0], r[1]);
    for (String f : AnalyzeSeedsTest.FILES) {
      assertEquals(Files.readString(sqlite.resolve(f + ".jsonl")), Files.readString(exported.resolve(f + ".jsonl")), f);
    }
    String[] onSqlite = AnalyzeSeedsTest.run("timeline", "--store", sqlite.toString());
    String[] onPg = AnalyzeSeedsTest.run("timeline", "--store", pg);
    assertEquals("0", onPg[0], onPg[1]);
    assertEquals(onSqlite[1], onPg[1]);

    // a correction is stored in PostgreSQL, applied at once, and kept by a later add
    r = AnalyzeSeedsTest.run("entities", "rename", "--store", pg, "Sergey Shoigu", "Sergei K. Shoigu");
    assertEquals("0", r[0], r[1]);
    assertTrue(AnalyzeSeedsTest.run("entities", "list", "--store", pg)[1].contains("Sergei K. Shoigu"));
    Path extra = dir.resolve("extra.txt");
    Files.writeString(extra, "Sergei Shoigu met Kim Jong Un in Pyongyang on Friday, state media reported.\n\n"
        + "The two men discussed military cooperation between Russia and North Korea, the report said.\n");
    r = AnalyzeSeedsTest.run("add", "--store", pg, "--date", "2024-09-14", "-q", extra.toString());
    assertEquals("0", r[0], r[1]);
    try (Store s = Store.openExisting(pg)) {
      assertEquals(1, s.corrections().size());
      assertEquals(1, s.entities().stream().filter(e -> e.name().equals("Sergei K. Shoigu")).count());
      assertEquals(6, s.documents().size());
    }

    // the workbench answers from the PostgreSQL store and records corrections there
    StoreSnapshot snapshot = StoreSnapshot.load(StoreLocation.parse(pg));
    WorkbenchServer server = WorkbenchServer.create(snapshot, ServerOptions.loopback());
    try {
      int port = server.start();
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      URI base = URI.create("http://127.0.0.1:" + port);
      HttpResponse<String> events = http.send(HttpRequest.newBuilder(base.resolve("/api/events?limit=500")).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, events.statusCode(), events.body());
      assertEquals(snapshot.events().size(), JSON.readTree(events.body()).path("total").asInt(-1), events.body());
      HttpResponse<String> post = http.send(HttpRequest.newBuilder(base.resolve("/api/entities/corrections"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"rename\",\"entities\":[\"Kim Jong Un\"],\"new_name\":\"Kim Jong-un (DPRK)\"}"))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(201, post.statusCode(), post.body());
      assertEquals(2, JSON.readTree(post.body()).path("seq").asInt());
      HttpResponse<String> entities = http.send(HttpRequest.newBuilder(base.resolve("/api/entities?limit=500")).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertTrue(entities.body().contains("Kim Jong-un (DPRK)"), entities.body());
    } finally {
      server.close();
    }
    try (Store s = Store.openExisting(pg)) {
      assertEquals(2, s.corrections().size());
    }
  }

  @Test
  void aBadPostgresUrlIsAUsageErrorWithoutThePassword() {
    String[] r = AnalyzeSeedsTest.run("timeline", "--store", "postgresql://user:s3cret@/nodatabase");
    assertEquals("2", r[0], r[1]);
    assertTrue(r[1].contains("--store"), r[1]);
    assertTrue(!r[1].contains("s3cret"), r[1]);
  }

  private static String[] args(Stream<String> a, Stream<String> b, Stream<String> c) {
    return Stream.concat(a, Stream.concat(b, c)).toArray(String[]::new);
  }
}
