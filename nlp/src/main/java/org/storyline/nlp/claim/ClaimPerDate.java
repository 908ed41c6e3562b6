package org.storyline.nlp.claim;

import java.util.ArrayList;
import java.util.List;
import org.storyline.core.claim.Claim;
import org.storyline.core.id.StableId;
import org.storyline.core.time.DateSpan;

/**
 * One event claim per coordinated date: the claim of the first date stays as built, and each
 * further date gives a copy with the same sentence, offsets, event, actors, place, quantities,
 * attribution and stance, its own date, and an id made from the first claim's id and the date's
 * position ({@code StableId.of("claim", firstId, "date", "2")}), so ids stay deterministic and
 * distinct. Quantities are the sentence's for the whole set of dates and are kept on each copy.
 */
final class ClaimPerDate {
  private ClaimPerDate() {}

  /**
   * The copies of {@code first} for {@code dates} after the first one (empty for one date or none).
   *
   * @param first the claim carrying {@code dates.get(0)}
   * @param dates every date of the claim's event, in text order
   */
  static List<Claim> further(Claim first, List<DateSpan> dates) {
    List<Claim> out = new ArrayList<>();
    for (int k = 1; k < dates.size(); k++) {
      Claim c = first.withDate(dates.get(k));
      out.add(new Claim(StableId.of("claim", first.id(), "date", String.valueOf(k + 1)), c.document(), c.sentence(),
          c.start(), c.end(), c.kind(), c.event(), c.actors(), c.place(), c.date(), c.quantities(), c.attribution(),
          c.stance(), c.quote(), c.denies(), c.confidence()));
    }
    return out;
  }
}
