package org.storyline.core.event;

import java.util.List;
import java.util.Objects;
import org.storyline.core.claim.EventType;
import org.storyline.core.claim.Quantity;
import org.storyline.core.entity.EntityRef;
import org.storyline.core.time.DateSpan;

/**
 * One real-world event, fused from all the claims that report it.
 *
 * @param claims ids of the claims reporting it, at least one
 * @param documents ids of the documents those claims come from, at least one
 * @param independentSources outlets and original sources counted once each; duplicates and
 *     copies citing the same original count once
 * @param evidence a short human-readable reason for the status
 */
public record Event(
    String id,
    EventType type,
    String mode,
    String title,
    DateSpan date,
    List<EntityRef> actors,
    EntityRef place,
    EventStatus status,
    List<String> claims,
    List<String> documents,
    int independentSources,
    List<Quantity> quantities,
    String evidence) {
  public Event {
    if (id == null || id.isEmpty()) {
      throw new IllegalArgumentException("event id must not be empty");
    }
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(status, "status");
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("event " + id + " has no title");
    }
    if (claims.isEmpty() || documents.isEmpty()) {
      throw new IllegalArgumentException("event " + id + " has no claims or no documents");
    }
    if (independentSources < 0) {
      throw new IllegalArgumentException("event " + id + ": negative source count");
    }
    actors = List.copyOf(actors);
    claims = List.copyOf(claims);
    documents = List.copyOf(documents);
    quantities = quantities == null ? List.of() : List.copyOf(quantities);
  }
}
