package org.storyline.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The versioned schema: scripts {@code sql/V<n>__<name>.sql}, applied in version order, each in
 * the caller's transaction, and recorded in table {@code schema_migrations(version, name,
 * applied)} so each runs once per store. The same scripts serve SQLite and PostgreSQL (plain
 * {@code TEXT}/{@code INTEGER} columns, {@code IF NOT EXISTS} everywhere), so a store created
 * before the table existed takes V1 again harmlessly.
 */
final class Migrations {
  /** The scripts in version order; a new one is appended here and never edited afterwards. */
  static final List<String> SCRIPTS = List.of("V1__schema.sql", "V2__document_order.sql");

  private Migrations() {}

  /** The highest version known to this build. */
  static int latest() {
    return version(SCRIPTS.get(SCRIPTS.size() - 1));
  }

  /** Applies the scripts not yet recorded; returns how many ran. The caller commits. */
  static int apply(Connection db) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)");
    }
    Set<Integer> done = new HashSet<>();
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT version FROM schema_migrations")) {
      while (r.next()) {
        done.add(r.getInt(1));
      }
    }
    int ran = 0;
    for (String script : SCRIPTS) {
      int version = version(script);
      if (done.contains(version)) {
        continue;
      }
      try (Statement s = db.createStatement()) {
        for (String stmt : statements(read(script))) {
          s.execute(stmt);
        }
      }
      try (PreparedStatement p = db.prepareStatement("INSERT INTO schema_migrations(version, name, applied) VALUES (?,?,?)")) {
        p.setInt(1, version);
        p.setString(2, script);
        p.setString(3, Instant.now().toString());
        p.executeUpdate();
      }
      ran++;
    }
    return ran;
  }

  /** The statements of a script: comment lines dropped, split at ';'. */
  static List<String> statements(String sql) {
    return java.util.Arrays.stream(sql.replaceAll("(?m)^--.*$", "").split(";"))
        .map(String::strip).filter(x -> !x.isEmpty()).toList();
  }

  static int version(String script) {
    return Integer.parseInt(script.substring(1, script.indexOf("__")));
  }

  private static String read(String script) throws SQLException {
    try (InputStream in = Migrations.class.getResourceAsStream("sql/" + script)) {
      if (in == null) {
        throw new SQLException("schema script missing: sql/" + script);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SQLException("cannot read schema script sql/" + script, e);
    }
  }
}
