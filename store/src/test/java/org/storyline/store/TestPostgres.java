package org.storyline.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * The PostgreSQL database the tests of every module may use: named by the environment variable
 * {@code STORYLINE_TEST_PG} (e.g. {@code postgresql://u:p@127.0.0.1:54329/db}, set by
 * {@code .ci/run}). Each test gets a fresh, empty schema of it, so tests never see each other's
 * tables. Shipped to other modules in store's test jar.
 */
public final class TestPostgres {
  /** The environment variable naming the test database. */
  public static final String ENV = "STORYLINE_TEST_PG";

  private TestPostgres() {}

  /**
   * A new, empty schema in the test database, as a store location string ({@code
   * ...?currentSchema=<prefix>_<random>}); empty when {@link #ENV} is unset or no server answers,
   * with the reason in {@link #whyUnavailable()}.
   */
  public static Optional<String> freshSchema(String prefix) {
    String url = System.getenv(ENV);
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    StoreLocation at = StoreLocation.parse(url);
    Properties props = new Properties();
    if (at.user() != null) {
      props.setProperty("user", at.user());
    }
    if (at.password() != null) {
      props.setProperty("password", at.password());
    }
    props.setProperty("connectTimeout", "3");
    String schema = prefix + "_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = DriverManager.getConnection(at.jdbcUrl(), props); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      return Optional.empty();
    }
    return Optional.of(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
  }

  /** Why {@link #freshSchema} gave nothing, for test skip messages. */
  public static String whyUnavailable() {
    String url = System.getenv(ENV);
    return url == null || url.isBlank()
        ? ENV + " is not set: PostgreSQL tests skipped"
        : "no PostgreSQL server answers at " + StoreLocation.parse(url).describe() + ": PostgreSQL tests skipped";
  }
}
