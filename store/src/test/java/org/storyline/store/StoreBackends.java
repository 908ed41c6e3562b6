package org.storyline.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The two store backends the store tests run on: SQLite in a temporary folder, and PostgreSQL in a
 * fresh schema of the test database ({@link TestPostgres}; skipped when there is none).
 */
enum StoreBackends {
  SQLITE, POSTGRESQL;

  static Stream<StoreBackends> all() {
    return Stream.of(values());
  }

  /** A new, empty store location on this backend; skips the test when PostgreSQL is unavailable. */
  String freshLocation(Path tempDir) {
    if (this == SQLITE) {
      return tempDir.resolve("store").toString();
    }
    java.util.Optional<String> schema = TestPostgres.freshSchema("t");
    assumeTrue(schema.isPresent(), TestPostgres.whyUnavailable());
    return schema.get();
  }
}
