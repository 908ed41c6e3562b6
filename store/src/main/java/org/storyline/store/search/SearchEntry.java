package org.storyline.store.search;

import java.util.List;
import java.util.Objects;

/**
 * One searchable item: a document or a claim.
 *
 * @param kind {@code document} or {@code claim}
 * @param id the document or claim id
 * @param document the document id (the item's own id for a document)
 * @param title the document title, or null
 * @param text the searchable text: the body of a document, the sentence of a claim
 * @param type the PLOVER event type of a claim's event, or null
 * @param status the status of the event a claim belongs to, or null
 * @param entityTypes the types of the entities mentioned in the item
 * @param event the id of the event a claim belongs to, or null
 */
public record SearchEntry(String kind, String id, String document, String title, String text,
    String type, String status, List<String> entityTypes, String event) {
  public SearchEntry {
    if (!"document".equals(kind) && !"claim".equals(kind)) {
      throw new IllegalArgumentException("search entry kind must be document or claim, got " + kind);
    }
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(text, "text");
    entityTypes = entityTypes == null ? List.of() : List.copyOf(entityTypes);
  }
}
