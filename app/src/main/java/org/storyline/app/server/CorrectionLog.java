package org.storyline.app.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;
import org.storyline.fuse.entity.EntityCorrection;
import org.storyline.store.Store;

/**
 * Appends analysts' entity corrections to the {@code corrections} table of a store (schema
 * {@code corrections(seq, kind, json)}), through its own JDBC connection so the read-only
 * snapshot the server answers from is untouched. The next analysis applies them. Writes are
 * serialised: one correction at a time.
 */
public final class CorrectionLog {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path database;

  public CorrectionLog(Path storeFolder) {
    this.database = storeFolder.resolve(Store.FILE_NAME);
    if (!Files.isRegularFile(database)) {
      throw new StorylineException(ErrorCode.STORE_NOT_FOUND, "no storyline store at " + database);
    }
  }

  /** The JSON form stored for a correction: {@code kind}, {@code entities}, {@code new_name}, {@code mention_text}. */
  public static ObjectNode json(EntityCorrection c) {
    ObjectNode n = JSON.createObjectNode();
    n.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
    c.entityIdsOrNames().forEach(n.putArray("entities")::add);
    n.put("new_name", c.newName());
    n.put("mention_text", c.mentionText());
    return n;
  }

  /** Stores the correction; returns its sequence number (1 for the first). */
  public synchronized int append(EntityCorrection c) {
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath())) {
      try (Statement s = db.createStatement()) {
        s.execute("PRAGMA busy_timeout=10000");
      }
      db.setAutoCommit(false);
      int seq;
      try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM corrections")) {
        seq = r.next() ? r.getInt(1) + 1 : 1;
      }
      try (PreparedStatement p = db.prepareStatement("INSERT INTO corrections(seq, kind, json) VALUES (?, ?, ?)")) {
        p.setInt(1, seq);
        p.setString(2, c.kind().name().toLowerCase(Locale.ROOT));
        p.setString(3, JSON.writeValueAsString(json(c)));
        p.executeUpdate();
      }
      db.commit();
      return seq;
    } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new StorylineException(ErrorCode.STORE_FAILURE, "cannot record correction in " + database + ": " + e.getMessage(), e);
    }
  }

  /** All stored corrections in order, as their JSON text. */
  public List<String> all() {
    List<String> out = new ArrayList<>();
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
         Statement s = db.createStatement();
         ResultSet r = s.executeQuery("SELECT json FROM corrections ORDER BY seq")) {
      while (r.next()) {
        out.add(r.getString(1));
      }
      return out;
    } catch (SQLException e) {
      throw new StorylineException(ErrorCode.STORE_FAILURE, "cannot read corrections from " + database + ": " + e.getMessage(), e);
    }
  }
}
