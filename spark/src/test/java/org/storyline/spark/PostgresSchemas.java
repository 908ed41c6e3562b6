package org.storyline.spark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import org.storyline.store.StoreLocation;

/** A fresh, empty schema in the test PostgreSQL database, as a store location. */
final class PostgresSchemas {
  private PostgresSchemas() {}

  static String fresh(String url) {
    StoreLocation at = StoreLocation.parse(url);
    Properties props = new Properties();
    if (at.user() != null) {
      props.setProperty("user", at.user());
    }
    if (at.password() != null) {
      props.setProperty("password", at.password());
    }
    String schema = "spark_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = DriverManager.getConnection(at.jdbcUrl(), props); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create schema in " + at.describe() + ": " + e.getMessage(), e);
    }
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }
}
