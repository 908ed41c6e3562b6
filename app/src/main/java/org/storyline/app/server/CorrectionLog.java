package org.storyline.app.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;
import org.storyline.fuse.entity.EntityCorrection;
import org.storyline.store.Store;
import org.storyline.store.StoreLocation;

/**
 * Appends analysts' entity corrections to the correction log of a store (SQLite or PostgreSQL),
 * each through a short-lived connection of its own so the in-memory snapshot the server answers
 * from is untouched. The next analysis or refresh applies them. Writes from this process are
 * serialised; the store numbers concurrent writers from other processes safely.
 */
public final class CorrectionLog {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final StoreLocation location;

  /**
   * A log over the existing store at {@code location}.
   *
   * @throws StorylineException {@code STORE_NOT_FOUND} if no store is there
   */
  public CorrectionLog(StoreLocation location) {
    this.location = Objects.requireNonNull(location, "location");
    Store.openExisting(location).close();
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
    String text;
    try {
      text = JSON.writeValueAsString(json(c));
    } catch (JsonProcessingException e) {
      throw new StorylineException(ErrorCode.INTERNAL_ERROR, "cannot write correction as JSON: " + e.getMessage(), e);
    }
    try (Store store = Store.openExisting(location)) {
      return store.appendCorrection(c.kind().name().toLowerCase(Locale.ROOT), text);
    }
  }

  /** All stored corrections in order, as their JSON text. */
  public List<String> all() {
    try (Store store = Store.openExisting(location)) {
      return store.corrections();
    }
  }
}
