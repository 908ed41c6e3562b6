package org.storyline.nlp.claim;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.storyline.core.claim.Claim;
import org.storyline.core.id.StableId;
import org.storyline.core.time.DateSpan;
import org.storyline.nlp.pipeline.ParsedSentence;
import org.storyline.nlp.time.ResolvedTime;

/**
 * The earlier occurrence that "the first X since DATE" implies: "they met last September, in their
 * first meeting since 2019" tells that the same parties also met in 2019. For an event claim whose
 * sentence holds "first" before an event noun of the same type (a few words on, in the same
 * phrase) followed by "since" and a resolved time, this gives a copy of the claim dated on that
 * time as a point (the "since" bound's own period: 2019, not "2019 onwards"), with a lower
 * confidence and the id {@code StableId.of("claim", claimId, "previous")}. Nothing for "since"
 * without "first" ("the fiercest fighting since 2022" tells of no earlier fighting of the same
 * parties) or for an event noun of another type.
 */
final class PreviousOccurrence {
  /** Characters between "first" and the event noun: "first official visit", "first face-to-face talks". */
  private static final int MAX_GAP_CHARS = 24;
  private static final double CONFIDENCE = 0.6;

  private final TriggerTable table;

  PreviousOccurrence(TriggerTable table) {
    this.table = table;
  }

  /**
   * The implied earlier occurrence of {@code claim}'s event, if its sentence says "first ... since".
   *
   * @param s the claim's sentence
   * @param times the resolved times of the sentence
   */
  Optional<Claim> implied(Claim claim, ParsedSentence s, List<ResolvedTime> times) {
    if (claim.event() == null) {
      return Optional.empty();
    }
    for (int k = 1; k <= s.size(); k++) {
      if (!"first".equals(s.word(k).toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (int n = k + 1; n < s.size() && s.begin(n) - s.finish(k) <= MAX_GAP_CHARS; n++) {
        if (s.tag(n).equals(",") || s.tag(n).equals(".") || s.tag(n).equals(":")) {
          break;
        }
        if (!s.tag(n).startsWith("NN")) {
          continue;
        }
        boolean sameType = table.rules(s.lemma(n).toLowerCase(Locale.ROOT), false).stream()
            .anyMatch(r -> r.type() == claim.event().type());
        if (!sameType || !"since".equals(s.word(n + 1).toLowerCase(Locale.ROOT))) {
          continue;
        }
        int after = s.finish(n + 1);
        for (ResolvedTime t : times) {
          if (t.start() >= s.begin(n + 1) && t.start() <= after + 1 && t.date().isPlaced() && t.date().start() != null) {
            DateSpan d = t.date();
            LocalDate end = periodEnd(d);
            if (end == null) {
              return Optional.empty();
            }
            DateSpan point = new DateSpan(d.start(), end, d.granularity(), d.value(), d.text(), d.basis(), null);
            return Optional.of(copy(claim, point));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The last day of the period that starts a "since" bound (its own year, month or day). */
  private static LocalDate periodEnd(DateSpan d) {
    LocalDate s = d.start();
    return switch (d.granularity()) {
      case DAY -> s;
      case MONTH -> s.withDayOfMonth(s.lengthOfMonth());
      case YEAR -> s.withDayOfYear(s.lengthOfYear());
      case DECADE -> s.plusYears(10).minusDays(1);
      default -> null;
    };
  }

  private static Claim copy(Claim c, DateSpan date) {
    return new Claim(StableId.of("claim", c.id(), "previous"), c.document(), c.sentence(), c.start(), c.end(), c.kind(),
        c.event(), c.actors(), c.place(), date, List.of(), c.attribution(), c.stance(), c.quote(), c.denies(),
        Math.min(c.confidence(), CONFIDENCE));
  }
}
