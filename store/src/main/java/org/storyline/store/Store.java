package org.storyline.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.storyline.core.claim.Claim;
import org.storyline.core.document.Article;
import org.storyline.core.entity.Entity;
import org.storyline.core.entity.EntityType;
import org.storyline.core.entity.Mention;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.InputProblem;
import org.storyline.core.error.StorylineException;
import org.storyline.core.event.Event;
import org.storyline.core.stage.DocumentAnalysis;
import org.storyline.core.stage.DocumentAnalysis.TimeMention;
import org.storyline.core.text.Span;
import org.storyline.store.json.ContractJson;

/**
 * The store of one analysis: a single SQLite file {@code storyline.db} in a folder, readable with
 * any SQLite tool, or a PostgreSQL database (see {@link StoreLocation}); both hold the same tables
 * (versioned scripts, see {@link #SCHEMA_VERSION}) and behave the same, text ordered by code point. Each document is written in its own transaction together with its mentions,
 * time expressions and claims, so a killed run loses at most the document in flight; entities,
 * resolved claims and events are replaced together in one transaction at the end of a run.
 *
 * <p>Not thread-safe: one writer thread uses a store at a time.
 */
public final class Store implements AutoCloseable {
  /** The file name of the database inside the store folder. */
  public static final String FILE_NAME = "storyline.db";
  /** The latest schema script version; bumped whenever the schema or the meaning of stored rows changes. */
  public static final int SCHEMA_VERSION = Migrations.latest();

  private final StoreLocation location;
  private final Connection db;
  private final boolean postgres;

  private Store(StoreLocation location, Connection db) {
    this.location = location;
    this.db = db;
    this.postgres = location.isPostgres();
  }

  /**
   * Opens the store at {@code location}: a folder path (created with its database if needed) or a
   * PostgreSQL URL (tables created if needed; the database itself must exist).
   */
  public static Store open(String location) {
    StoreLocation at = StoreLocation.parse(location);
    return at.isPostgres() ? connect(at, false) : open(at.folder());
  }

  /** Opens an existing store at {@code location} (folder or PostgreSQL URL); a missing one is a user error. */
  public static Store openExisting(String location) {
    StoreLocation at = StoreLocation.parse(location);
    return at.isPostgres() ? connect(at, true) : openExisting(at.folder());
  }

  /**
   * Opens the store at {@code at}, creating a SQLite folder and database, or PostgreSQL tables, if
   * needed (a PostgreSQL database itself must exist).
   */
  public static Store open(StoreLocation at) {
    return at.isPostgres() ? connect(at, false) : open(at.folder());
  }

  /** Opens an existing store at {@code at}; a missing one is a user error naming it. */
  public static Store openExisting(StoreLocation at) {
    return at.isPostgres() ? connect(at, true) : openExisting(at.folder());
  }

  /** Opens the store in {@code folder}, creating folder and database if needed. */
  public static Store open(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new StorylineException(ErrorCode.STORE_FAILURE, "cannot create store folder " + folder + ": " + e.getMessage(), e);
    }
    return connect(StoreLocation.sqlite(folder), false);
  }

  /** Opens an existing store; a missing one is a user error naming the folder. */
  public static Store openExisting(Path folder) {
    if (!Files.isRegularFile(folder.resolve(FILE_NAME))) {
      throw new StorylineException(ErrorCode.STORE_NOT_FOUND,
          "no storyline store in " + folder + " (expected " + folder.resolve(FILE_NAME) + "; run 'storyline analyze ... --out " + folder + "' first)");
    }
    return connect(StoreLocation.sqlite(folder), false);
  }

  private static Store connect(StoreLocation at, boolean mustExist) {
    Connection c = null;
    try {
      java.util.Properties props = new java.util.Properties();
      if (at.user() != null) {
        props.setProperty("user", at.user());
      }
      if (at.password() != null) {
        props.setProperty("password", at.password());
      }
      if (!at.isPostgres()) {
        // transactions take SQLite's write lock at BEGIN and wait for it, so two processes
        // opening or writing one store queue instead of failing with SQLITE_BUSY
        props.setProperty("transaction_mode", "IMMEDIATE");
        props.setProperty("busy_timeout", "10000");
      }
      c = DriverManager.getConnection(at.jdbcUrl(), props);
      if (at.isPostgres()) {
        if (mustExist && !hasTable(c, "store_meta")) {
          throw new StorylineException(ErrorCode.STORE_NOT_FOUND, "no storyline store in " + at.describe()
              + " (run 'storyline analyze ... --out " + at.describe() + "' first)");
        }
      } else {
        try (Statement s = c.createStatement()) {
          s.execute("PRAGMA journal_mode=WAL");
          s.execute("PRAGMA synchronous=NORMAL");
          s.execute("PRAGMA foreign_keys=ON");
          s.execute("PRAGMA busy_timeout=10000");
        }
      }
      Store store = new Store(at, c);
      store.migrate();
      return store;
    } catch (SQLException e) {
      closeQuietly(c);
      throw new StorylineException(ErrorCode.STORE_FAILURE, "cannot open store " + at.describe() + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(c);
      throw e;
    }
  }

  private static boolean hasTable(Connection c, String table) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
      p.setString(1, table);
      try (ResultSet r = p.executeQuery()) {
        return r.next() && r.getBoolean(1);
      }
    }
  }

  private static void closeQuietly(Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // the open failure is what the caller reports
      }
    }
  }

  /**
   * The store folder of a SQLite store (where the four contract files are written by default);
   * null for a PostgreSQL store, which has no folder.
   */
  public Path folder() {
    return location.folder();
  }

  /** Where this store lives. */
  public StoreLocation location() {
    return location;
  }

  private void migrate() throws SQLException {
    db.setAutoCommit(false);
    try {
      if (postgres) {
        try (Statement s = db.createStatement()) {
          s.execute("SELECT pg_advisory_xact_lock(727190)"); // one migrating process at a time
        }
      }
      Migrations.apply(db);
      String found = meta("schema_version");
      if (found != null && Integer.parseInt(found) > SCHEMA_VERSION) {
        throw new StorylineException(ErrorCode.STORE_FAILURE,
            "store " + location.describe() + " has schema version " + found + ", newer than this storyline (" + SCHEMA_VERSION + ")");
      }
      if (!Integer.toString(SCHEMA_VERSION).equals(found)) {
        putMeta("schema_version", Integer.toString(SCHEMA_VERSION));
      }
      db.commit();
    } catch (SQLException | RuntimeException e) {
      db.rollback();
      throw e;
    } finally {
      db.setAutoCommit(true);
    }
  }

  /** A value from the store's key/value table, or null. */
  public String meta(String key) {
    try (PreparedStatement p = db.prepareStatement("SELECT value FROM store_meta WHERE key = ?")) {
      p.setString(1, key);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    } catch (SQLException e) {
      throw failure("read meta " + key, e);
    }
  }

  /** Sets a value in the store's key/value table (in its own transaction unless one is open). */
  public void setMeta(String key, String value) {
    inTransaction(() -> putMeta(key, value));
  }

  private void putMeta(String key, String value) throws SQLException {
    try (PreparedStatement p = db.prepareStatement(
        "INSERT INTO store_meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
      p.setString(1, key);
      p.setString(2, value);
      p.executeUpdate();
    }
  }

  // ------------------------------------------------------------------ documents

  /** Ids of all stored documents. */
  public Set<String> documentIds() {
    Set<String> ids = new LinkedHashSet<>();
    query("SELECT id FROM documents ORDER BY seq, " + ordered("id"), r -> ids.add(r.getString(1)));
    return ids;
  }

  /** The highest input sequence number stored, or -1. */
  public int maxSeq() {
    int[] max = {-1};
    query("SELECT MAX(seq) FROM documents", r -> max[0] = r.getObject(1) == null ? -1 : r.getInt(1));
    return max[0];
  }

  /**
   * Stores one analysed document atomically: the article, its mentions, time expressions and
   * claims. A document already stored under the same id is replaced.
   */
  public void putDocument(StoredDocument d) {
    inTransaction(() -> {
      deleteDocumentRows(d.article().id());
      Article a = d.article();
      try (PreparedStatement p = db.prepareStatement(
          "INSERT INTO documents(id, seq, path, url, format, title, outlet, published, published_basis, duplicate_of, language, tokens, body, json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
        p.setString(1, a.id());
        p.setInt(2, d.seq());
        p.setString(3, a.source().path());
        p.setString(4, a.source().url());
        p.setString(5, a.source().format().wireName());
        p.setString(6, a.title());
        p.setString(7, a.outlet());
        p.setString(8, a.published() == null ? null : a.published().date());
        p.setString(9, a.published() == null ? null : a.published().basis().wireName());
        p.setString(10, a.duplicateOf());
        p.setString(11, a.language());
        p.setInt(12, d.analysis().tokens());
        p.setString(13, text(a.body()));
        p.setString(14, ContractJson.line(ContractJson.document(a)));
        p.executeUpdate();
      }
      try (PreparedStatement p = db.prepareStatement(
          "INSERT INTO mentions(document, start, end_, text, type, key) VALUES (?,?,?,?,?,?)"
              + " ON CONFLICT(document, start, end_, type) DO UPDATE SET text = excluded.text, key = excluded.key")) {
        for (Mention m : d.analysis().mentions()) {
          p.setString(1, m.document());
          p.setInt(2, m.span().start());
          p.setInt(3, m.span().end());
          p.setString(4, text(m.text()));
          p.setString(5, m.type().name());
          p.setString(6, m.key());
          p.addBatch();
        }
        p.executeBatch();
      }
      try (PreparedStatement p = db.prepareStatement(
          "INSERT INTO times(document, start, end_, text, json) VALUES (?,?,?,?,?)"
              + " ON CONFLICT(document, start, end_) DO UPDATE SET text = excluded.text, json = excluded.json")) {
        for (TimeMention t : d.analysis().times()) {
          p.setString(1, a.id());
          p.setInt(2, t.start());
          p.setInt(3, t.end());
          p.setString(4, text(t.text()));
          p.setString(5, ContractJson.line(ContractJson.date(t.date())));
          p.addBatch();
        }
        p.executeBatch();
      }
      insertClaims(d.analysis().claims());
    });
  }

  private void insertClaims(List<Claim> claims) throws SQLException {
    try (PreparedStatement p = db.prepareStatement(
        "INSERT INTO claims(id, document, start, end_, kind, event_type, stance, date_start, date_end, json) VALUES (?,?,?,?,?,?,?,?,?,?)"
            + " ON CONFLICT(id) DO UPDATE SET document = excluded.document, start = excluded.start, end_ = excluded.end_,"
            + " kind = excluded.kind, event_type = excluded.event_type, stance = excluded.stance,"
            + " date_start = excluded.date_start, date_end = excluded.date_end, json = excluded.json")) {
      for (Claim c : claims) {
        p.setString(1, c.id());
        p.setString(2, c.document());
        p.setInt(3, c.start());
        p.setInt(4, c.end());
        p.setString(5, c.kind().wireName());
        p.setString(6, c.event() == null ? null : c.event().type().name());
        p.setString(7, c.stance().wireName());
        p.setString(8, c.date() == null ? null : c.date().isoStart());
        p.setString(9, c.date() == null ? null : c.date().isoEnd());
        p.setString(10, ContractJson.line(ContractJson.claim(c)));
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  /** Sets or clears the duplicate link of a stored document, in both its row and its JSON. */
  public void setDuplicateOf(String id, String original) {
    inTransaction(() -> {
      Article a = article(id);
      if (a == null) {
        return;
      }
      try (PreparedStatement p = db.prepareStatement("UPDATE documents SET duplicate_of = ?, json = ? WHERE id = ?")) {
        p.setString(1, original);
        p.setString(2, ContractJson.line(ContractJson.document(a.withDuplicateOf(original))));
        p.setString(3, id);
        p.executeUpdate();
      }
    });
  }

  /** Removes every document (with its rows) whose id is not in {@code keep}; returns how many. */
  public int removeDocumentsExcept(Set<String> keep) {
    List<String> gone = new ArrayList<>();
    for (String id : documentIds()) {
      if (!keep.contains(id)) {
        gone.add(id);
      }
    }
    inTransaction(() -> {
      for (String id : gone) {
        deleteDocumentRows(id);
      }
    });
    return gone.size();
  }

  private void deleteDocumentRows(String id) throws SQLException {
    for (String table : List.of("documents WHERE id", "mentions WHERE document", "times WHERE document", "claims WHERE document")) {
      try (PreparedStatement p = db.prepareStatement("DELETE FROM " + table + " = ?")) {
        p.setString(1, id);
        p.executeUpdate();
      }
    }
  }

  /** One stored article, or null. */
  public Article article(String id) {
    List<Article> out = new ArrayList<>();
    query("SELECT json FROM documents WHERE id = ?", List.of(id), r -> out.add(ContractJson.article(ContractJson.parse(r.getString(1)))));
    return out.isEmpty() ? null : out.get(0);
  }

  /** All stored articles in input order. */
  public List<Article> articles() {
    List<Article> out = new ArrayList<>();
    query("SELECT json FROM documents ORDER BY seq, " + ordered("id"), r -> out.add(ContractJson.article(ContractJson.parse(r.getString(1)))));
    return out;
  }

  /** All stored documents with their analyses, in input order. */
  public List<StoredDocument> documents() {
    Map<String, List<Mention>> mentions = new HashMap<>();
    query("SELECT document, start, end_, text, type, key FROM mentions ORDER BY document, start, end_", r ->
        mentions.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(new Mention(r.getString(1),
            new Span(r.getInt(2), r.getInt(3)), r.getString(4), EntityType.valueOf(r.getString(5)), r.getString(6))));
    Map<String, List<TimeMention>> times = new HashMap<>();
    query("SELECT document, start, end_, text, json FROM times ORDER BY document, start, end_", r ->
        times.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(new TimeMention(r.getInt(2), r.getInt(3),
            r.getString(4), ContractJson.date(ContractJson.parse(r.getString(5))))));
    Map<String, List<Claim>> claims = new HashMap<>();
    for (Claim c : claims()) {
      claims.computeIfAbsent(c.document(), k -> new ArrayList<>()).add(c);
    }
    List<StoredDocument> out = new ArrayList<>();
    query("SELECT seq, tokens, json FROM documents ORDER BY seq, " + ordered("id"), r -> {
      Article a = ContractJson.article(ContractJson.parse(r.getString(3)));
      out.add(new StoredDocument(r.getInt(1), a, new DocumentAnalysis(a.id(),
          mentions.getOrDefault(a.id(), List.of()), claims.getOrDefault(a.id(), List.of()),
          times.getOrDefault(a.id(), List.of()), r.getInt(2))));
    });
    return out;
  }

  // ------------------------------------------------------------------ results

  /**
   * Replaces entities, resolved claims and events in one transaction. Claims are matched by id;
   * claims not in {@code resolvedClaims} keep their stored form.
   */
  public void putResults(List<Entity> entities, List<Claim> resolvedClaims, List<Event> events) {
    inTransaction(() -> {
      try (Statement s = db.createStatement()) {
        s.executeUpdate("DELETE FROM entities");
        s.executeUpdate("DELETE FROM entity_mentions");
        s.executeUpdate("DELETE FROM events");
        s.executeUpdate("DELETE FROM event_claims");
      }
      try (PreparedStatement p = db.prepareStatement("INSERT INTO entities(id, name, type, json) VALUES (?,?,?,?)");
           PreparedStatement m = db.prepareStatement("INSERT INTO entity_mentions(entity, document, start, end_) VALUES (?,?,?,?)")) {
        for (Entity e : entities) {
          p.setString(1, e.id());
          p.setString(2, e.name());
          p.setString(3, e.type().name());
          p.setString(4, ContractJson.line(ContractJson.entity(e)));
          p.addBatch();
          for (Mention x : e.mentions()) {
            m.setString(1, e.id());
            m.setString(2, x.document());
            m.setInt(3, x.span().start());
            m.setInt(4, x.span().end());
            m.addBatch();
          }
        }
        p.executeBatch();
        m.executeBatch();
      }
      insertClaims(resolvedClaims);
      try (PreparedStatement p = db.prepareStatement(
          "INSERT INTO events(id, seq, type, title, date_start, date_end, status, sources, json) VALUES (?,?,?,?,?,?,?,?,?)");
           PreparedStatement c = db.prepareStatement("INSERT INTO event_claims(event, claim) VALUES (?,?) ON CONFLICT DO NOTHING")) {
        int seq = 0;
        for (Event e : events) {
          p.setString(1, e.id());
          p.setInt(2, seq++);
          p.setString(3, e.type().name());
          p.setString(4, e.title());
          p.setString(5, e.date().isoStart());
          p.setString(6, e.date().isoEnd());
          p.setString(7, e.status().wireName());
          p.setInt(8, e.independentSources());
          p.setString(9, ContractJson.line(ContractJson.event(e)));
          p.addBatch();
          for (String claim : e.claims()) {
            c.setString(1, e.id());
            c.setString(2, claim);
            c.addBatch();
          }
        }
        p.executeBatch();
        c.executeBatch();
      }
    });
  }

  public List<Entity> entities() {
    List<Entity> out = new ArrayList<>();
    query("SELECT json FROM entities ORDER BY " + ordered("id"), r -> out.add(ContractJson.entity(ContractJson.parse(r.getString(1)))));
    return out;
  }

  /** All claims, ordered by their document's input order, then position. */
  public List<Claim> claims() {
    List<Claim> out = new ArrayList<>();
    query("SELECT c.json FROM claims c JOIN documents d ON d.id = c.document ORDER BY d.seq, c.start, " + ordered("c.id"),
        r -> out.add(ContractJson.claim(ContractJson.parse(r.getString(1)))));
    return out;
  }

  /** All events in timeline order (as fused). */
  public List<Event> events() {
    List<Event> out = new ArrayList<>();
    query("SELECT json FROM events ORDER BY seq", r -> out.add(ContractJson.event(ContractJson.parse(r.getString(1)))));
    return out;
  }

  // ------------------------------------------------------------------ problems

  /** Replaces the list of input problems of the last run. */
  public void putProblems(List<InputProblem> problems) {
    inTransaction(() -> {
      try (Statement s = db.createStatement()) {
        s.executeUpdate("DELETE FROM problems");
      }
      try (PreparedStatement p = db.prepareStatement("INSERT INTO problems(seq, path, locator, stage, code, reason) VALUES (?,?,?,?,?,?)")) {
        int seq = 0;
        for (InputProblem x : problems) {
          p.setInt(1, seq++);
          p.setString(2, x.path());
          p.setString(3, x.locator());
          p.setString(4, x.stage());
          p.setString(5, x.code().name());
          p.setString(6, x.reason());
          p.addBatch();
        }
        p.executeBatch();
      }
    });
  }

  public List<InputProblem> problems() {
    List<InputProblem> out = new ArrayList<>();
    query("SELECT path, locator, stage, code, reason FROM problems ORDER BY seq", r -> out.add(new InputProblem(
        r.getString(1), r.getString(2), r.getString(3), ErrorCode.valueOf(r.getString(4)), r.getString(5))));
    return out;
  }

  // ------------------------------------------------------------------ export

  /** The four contract files, written from what is stored. */
  public record ExportCounts(int documents, int entities, int claims, int events) {}

  /**
   * Writes {@code documents.jsonl}, {@code entities.jsonl}, {@code claims.jsonl} and
   * {@code events.jsonl} into {@code dir}, each line one stored record as JSON.
   */
  public ExportCounts exportJsonl(Path dir) {
    try {
      Files.createDirectories(dir);
      int docs = writeLines(dir.resolve("documents.jsonl"), "SELECT json FROM documents ORDER BY seq, " + ordered("id"));
      int ents = writeLines(dir.resolve("entities.jsonl"), "SELECT json FROM entities ORDER BY " + ordered("id"));
      int claims = writeLines(dir.resolve("claims.jsonl"),
          "SELECT c.json FROM claims c JOIN documents d ON d.id = c.document ORDER BY d.seq, c.start, " + ordered("c.id"));
      int events = writeLines(dir.resolve("events.jsonl"), "SELECT json FROM events ORDER BY seq");
      return new ExportCounts(docs, ents, claims, events);
    } catch (IOException e) {
      throw new StorylineException(ErrorCode.STORE_FAILURE, "cannot write export to " + dir + ": " + e.getMessage(), e);
    }
  }

  private int writeLines(Path file, String sql) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    int[] n = {0};
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      query(sql, r -> {
        try {
          w.write(r.getString(1));
          w.write('\n');
          n[0]++;
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    return n[0];
  }

  // ------------------------------------------------------------------ plumbing

  /** A text column in ORDER BY: code-point order on both databases (SQLite compares bytes already). */
  private String ordered(String column) {
    return postgres ? column + " COLLATE \"C\"" : column;
  }

  /** Text for a plain column; PostgreSQL text cannot hold NUL, which the JSON column keeps escaped. */
  private String text(String s) {
    return postgres && s != null && s.indexOf('\0') >= 0 ? s.replace("\0", "") : s;
  }

  @FunctionalInterface
  private interface RowHandler {
    void row(ResultSet r) throws SQLException;
  }

  @FunctionalInterface
  private interface Work {
    void run() throws SQLException;
  }

  private void query(String sql, RowHandler h) {
    query(sql, List.of(), h);
  }

  private void query(String sql, List<Object> params, RowHandler h) {
    try (PreparedStatement p = db.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        p.setObject(i + 1, params.get(i));
      }
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          h.row(r);
        }
      }
    } catch (SQLException e) {
      throw failure(sql, e);
    }
  }

  private void inTransaction(Work work) {
    try {
      boolean outer = db.getAutoCommit();
      db.setAutoCommit(false);
      try {
        work.run();
        db.commit();
      } catch (SQLException | RuntimeException e) {
        db.rollback();
        throw e;
      } finally {
        db.setAutoCommit(outer);
      }
    } catch (SQLException e) {
      throw failure("transaction", e);
    }
  }

  private StorylineException failure(String what, SQLException e) {
    return new StorylineException(ErrorCode.STORE_FAILURE, "store " + location.describe() + ": " + what + ": " + e.getMessage(), e);
  }

  // ------------------------------------------------------------------ corrections

  /**
   * Appends an analyst's correction (its kind and JSON form) to the store's correction log, in its
   * own transaction; returns its sequence number, 1 for the first. Safe against other processes
   * appending at the same time: the next number is taken under a table lock on PostgreSQL and
   * inside SQLite's single-writer lock.
   */
  public int appendCorrection(String kind, String json) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(json, "json");
    int[] seq = {0};
    inTransaction(() -> {
      try (Statement s = db.createStatement()) {
        if (postgres) {
          s.execute("LOCK TABLE corrections IN EXCLUSIVE MODE");
        }
      }
      try (PreparedStatement p = db.prepareStatement(
          "INSERT INTO corrections(seq, kind, json) SELECT COALESCE(MAX(seq), 0) + 1, ?, ? FROM corrections")) {
        p.setString(1, kind);
        p.setString(2, json);
        p.executeUpdate();
      }
      try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(seq) FROM corrections")) {
        seq[0] = r.next() ? r.getInt(1) : 0;
      }
    });
    return seq[0];
  }

  /** The JSON form of every stored correction, oldest first. */
  public List<String> corrections() {
    List<String> out = new ArrayList<>();
    query("SELECT json FROM corrections ORDER BY seq", r -> out.add(r.getString(1)));
    return out;
  }

  /** Row counts per table, for summaries and tests. */
  public Map<String, Integer> counts() {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (String t : List.of("documents", "mentions", "times", "claims", "entities", "events", "problems")) {
      query("SELECT COUNT(*) FROM " + t, r -> out.put(t, r.getInt(1)));
    }
    return out;
  }

  @Override
  public void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw failure("close", e);
    }
  }

  /** Reads a JSON tree; visible for tools that read stored rows. */
  static JsonNode json(String s) {
    return ContractJson.parse(s);
  }
}
