package org.storyline.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The two store backends the store tests run on: SQLite in a temporary folder, and PostgreSQL in a
 * fresh schema of the database named by the environment variable {@code STORYLINE_TEST_PG}
 * (skipped when it is unset or no server answers there).
 */
enum StoreBackends {
  SQLITE, POSTGRESQL;

  /** The environment variable naming the test database, e.g. {@code postgresql://u:p@127.0.0.1:5432/db}. */
  static final String ENV = "STORYLINE_TEST_PG";

  static Stream<StoreBackends> all() {
    return Stream.of(values());
  }

  /** A new, empty store location on this backend; skips the test when PostgreSQL is unavailable. */
  String freshLocation(Path tempDir) {
    if (this == SQLITE) {
      return tempDir.resolve("store").toString();
    }
    String url = System.getenv(ENV);
    assumeTrue(url != null && !url.isBlank(), ENV + " is not set: PostgreSQL store tests skipped");
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
    StoreLocation at = StoreLocation.parse(url);
    Properties props = new Properties();
    if (at.user() != null) {
      props.setProperty("user", at.user());
    }
    if (at.password() != null) {
      props.setProperty("password", at.password());
    }
    props.setProperty("connectTimeout", "3");
    try (Connection c = DriverManager.getConnection(at.jdbcUrl(), props); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      assumeTrue(false, "no PostgreSQL server at " + at.describe() + ": " + e.getMessage());
    }
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }
}
