package org.storyline.core.claim;

import java.util.List;
import java.util.Objects;
import org.storyline.core.entity.EntityRef;
import org.storyline.core.time.DateSpan;

/**
 * One assertion found in one sentence of one document.
 *
 * @param id stable id
 * @param document the article id
 * @param sentence the sentence text, exactly {@code body.substring(start, end)}
 * @param start offset of the sentence in the article body
 * @param end end offset (exclusive) of the sentence
 * @param event the event reported, or null for a bare quantity, quote or statement
 * @param actors the actors with their roles ({@code source}, {@code target})
 * @param place where it happened, or null
 * @param date when it happened (not when it was reported), or null
 * @param attribution who says so, or null when the outlet states it
 * @param quote the directly quoted words, or null
 * @param denies for a denial, the id of the claim it denies, or null
 * @param confidence extractor's confidence in [0, 1]
 */
public record Claim(
    String id,
    String document,
    String sentence,
    int start,
    int end,
    ClaimKind kind,
    EventFrame event,
    List<EntityRef> actors,
    EntityRef place,
    DateSpan date,
    List<Quantity> quantities,
    Attribution attribution,
    Stance stance,
    String quote,
    String denies,
    double confidence) {
  public Claim {
    if (id == null || id.isEmpty()) {
      throw new IllegalArgumentException("claim id must not be empty");
    }
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(stance, "stance");
    if (start < 0 || end < start || end - start != sentence.length()) {
      throw new IllegalArgumentException(
          "claim " + id + ": offsets [" + start + "," + end + ") do not fit its sentence");
    }
    if (kind == ClaimKind.EVENT && event == null) {
      throw new IllegalArgumentException("claim " + id + " is an event claim without an event");
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("claim " + id + ": confidence outside [0,1]");
    }
    actors = List.copyOf(actors);
    quantities = List.copyOf(quantities);
  }

  /** This claim with its actors, place and attribution replaced (after entity resolution). */
  public Claim withRefs(List<EntityRef> newActors, EntityRef newPlace, Attribution newAttribution) {
    return new Claim(id, document, sentence, start, end, kind, event, newActors, newPlace, date,
        quantities, newAttribution, stance, quote, denies, confidence);
  }

  /** This claim with its date replaced. */
  public Claim withDate(DateSpan newDate) {
    return new Claim(id, document, sentence, start, end, kind, event, actors, place, newDate,
        quantities, attribution, stance, quote, denies, confidence);
  }
}
