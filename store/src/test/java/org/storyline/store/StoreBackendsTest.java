package org.storyline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.storyline.core.entity.Entity;
import org.storyline.core.entity.EntityType;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;
import org.storyline.core.stage.DocumentAnalysis;

/** Locations, versioned migrations and text order, on both backends. */
class StoreBackendsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "postgresql://ana:s3cr%40t@db.example:5433/news | jdbc:postgresql://db.example:5433/news | ana | s3cr@t",
      "postgres://ana@db.example/news?sslmode=require | jdbc:postgresql://db.example/news?sslmode=require | ana | ",
      "jdbc:postgresql://h/db?user=x | jdbc:postgresql://h/db?user=x | | ",
  })
  void postgresUrlsBecomeJdbcUrlsWithCredentialsApart(String given, String jdbc, String user, String password) {
    StoreLocation at = StoreLocation.parse(given);
    assertTrue(at.isPostgres());
    assertNull(at.folder());
    assertEquals(jdbc, at.jdbcUrl());
    assertEquals(user, at.user());
    assertEquals(password, at.password());
    assertFalse(at.describe().contains("s3cr"), at.describe());
  }

  @Test
  void aPathIsASqliteFolder(@TempDir Path dir) {
    StoreLocation at = StoreLocation.parse(dir.resolve("my store").toString());
    assertFalse(at.isPostgres());
    assertEquals(dir.resolve("my store"), at.folder());
    assertTrue(at.jdbcUrl().endsWith("/my store/" + Store.FILE_NAME), at.jdbcUrl());
  }

  @ParameterizedTest
  @CsvSource({"postgresql://", "postgresql://host-only", "'   '"})
  void incompleteLocationsAreUserErrors(String given) {
    StorylineException e = assertThrows(StorylineException.class, () -> StoreLocation.parse(given));
    assertEquals(ErrorCode.INVALID_ARGUMENT, e.code());
  }

  @ParameterizedTest
  @MethodSource("org.storyline.store.StoreBackends#all")
  void migrationsRunOnceAndRecordTheLatestVersion(StoreBackends backend, @TempDir Path dir) {
    String at = backend.freshLocation(dir);
    try (Store s = Store.open(at)) {
      assertEquals(Integer.toString(Store.SCHEMA_VERSION), s.meta("schema_version"));
      s.setMeta("note", "kept");
    }
    try (Store s = Store.openExisting(at)) { // migrations already recorded: nothing is re-created or lost
      assertEquals("kept", s.meta("note"));
      assertEquals(2, Store.SCHEMA_VERSION);
    }
  }

  @ParameterizedTest
  @MethodSource("org.storyline.store.StoreBackends#all")
  void openExistingOnAnEmptyLocationIsStoreNotFound(StoreBackends backend, @TempDir Path dir) {
    String at = backend.freshLocation(dir);
    StorylineException e = assertThrows(StorylineException.class, () -> Store.openExisting(at));
    assertEquals(ErrorCode.STORE_NOT_FOUND, e.code());
  }

  @ParameterizedTest
  @MethodSource("org.storyline.store.StoreBackends#all")
  void correctionsAreNumberedInOrderAndSurviveReopening(StoreBackends backend, @TempDir Path dir) throws Exception {
    String at = backend.freshLocation(dir);
    try (Store s = Store.open(at)) {
      assertEquals(List.of(), s.corrections());
      assertEquals(1, s.appendCorrection("merge", "{\"kind\":\"merge\"}"));
      assertEquals(2, s.appendCorrection("rename", "{\"kind\":\"rename\"}"));
    }
    // two writers at once, each with its own connection, still get distinct numbers
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      List<java.util.concurrent.Future<Integer>> seqs = new java.util.ArrayList<>();
      for (int i = 0; i < 6; i++) {
        int n = i;
        seqs.add(pool.submit(() -> {
          try (Store s = Store.openExisting(at)) {
            return s.appendCorrection("split", "{\"n\":" + n + "}");
          }
        }));
      }
      java.util.Set<Integer> got = new java.util.TreeSet<>();
      for (java.util.concurrent.Future<Integer> f : seqs) {
        got.add(f.get());
      }
      assertEquals(java.util.Set.of(3, 4, 5, 6, 7, 8), got);
    } finally {
      pool.shutdown();
    }
    try (Store s = Store.openExisting(at)) {
      List<String> all = s.corrections();
      assertEquals(8, all.size());
      assertEquals("{\"kind\":\"merge\"}", all.get(0));
      assertEquals("{\"kind\":\"rename\"}", all.get(1));
    }
  }

  /** Random ids mixing case, digits, punctuation and non-Latin letters come back in code-point order. */
  @ParameterizedTest
  @MethodSource("org.storyline.store.StoreBackends#all")
  void idsAreOrderedByCodePointOnBothBackends(StoreBackends backend, @TempDir Path dir) {
    String at = backend.freshLocation(dir);
    Random random = new Random(20240611L);
    String alphabet = "aAbBzZ09-_.~éÉжЖ한";
    List<Entity> entities = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      StringBuilder id = new StringBuilder("e");
      for (int k = 0, n = 1 + random.nextInt(6); k < n; k++) {
        id.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      id.append(i);
      entities.add(new Entity(id.toString(), "Name " + i, EntityType.STATE, List.of("Name " + i), null, List.of()));
    }
    try (Store s = Store.open(at)) {
      s.putResults(entities, List.of(), List.of());
      List<String> expected = entities.stream().map(Entity::id)
          .sorted(Comparator.comparing(x -> x.codePoints().toArray(), java.util.Arrays::compare)).toList();
      assertEquals(expected, s.entities().stream().map(Entity::id).toList());
    }
  }

  @ParameterizedTest
  @MethodSource("org.storyline.store.StoreBackends#all")
  void documentsComeBackInInputOrderWhateverTheirIds(StoreBackends backend, @TempDir Path dir) {
    String at = backend.freshLocation(dir);
    List<String> ids = List.of("doc-z", "doc-a", "doc-m", "doc-b");
    try (Store s = Store.open(at)) {
      for (int i = ids.size() - 1; i >= 0; i--) {
        String id = ids.get(i);
        s.putDocument(new StoredDocument(i, StoreTest.article(id, "Body of " + id + "."),
            new DocumentAnalysis(id, List.of(), List.of(), List.of(), 4)));
      }
      assertEquals(ids, List.copyOf(s.documentIds()));
      assertEquals(3, s.maxSeq());
      s.setDuplicateOf("doc-b", "doc-z");
      assertEquals("doc-z", s.article("doc-b").duplicateOf());
    }
  }
}
