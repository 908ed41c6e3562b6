package org.storyline.nlp.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.storyline.core.time.DateBasis;
import org.storyline.core.time.PublicationDate;

/**
 * Infers a window for the date of a document that carries none, from the dates it mentions.
 * Stateless and thread-safe.
 *
 * <p>Rules, per date expression, with the tense {@link TenseGuess#near} gives its clause:
 * <ol>
 *   <li>The latest fully written day or month (with its year) that is not a deadline ("by",
 *       "until", "before") is a lower bound: the document was written on or after its first day.
 *       In the body only past-tense clauses count, because web pages list coming events and
 *       validity dates without a verb; in the extra texts (photo captions, written in the
 *       present about a past moment) any clause not in the future tense counts. On 711 web
 *       pages with known dates this lower bound held for 44 of the 57 pages where it was set
 *       (several misses are pages updated after their first publication).</li>
 *   <li>Year-less days and months in past-tense sentences that fall after that bound in the
 *       same calendar year push the lower bound to their first day ("January 2, 2024" and "In
 *       July" → written in or after July 2024); earlier ones are taken as that year and push
 *       nothing.</li>
 *   <li>"last September" says the document was written after the most recent September ended
 *       and within a year of it.</li>
 * </ol>
 * The upper bound is open, except when rule 2 or 3 applied. News writing drops the year of
 * dates in the current year, so after rule 2 the upper bound is the end of the lower bound's
 * year; after rule 3 it is a year after that month; the earlier of the two wins. The anchor's
 * basis is "inferred" either way.
 */
public final class DocumentDateInference {
  private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+|\\n+");
  private final DateExpressionFinder finder = new DateExpressionFinder();

  private record Deferred(DateCore core, Tense tense) {}

  /** A window for the document date from its body and extra texts (captions); unknown if none. */
  public Anchor infer(String body, List<String> extraTexts) {
    Objects.requireNonNull(body, "body");
    List<String> texts = new ArrayList<>();
    texts.add(body);
    if (extraTexts != null) {
      extraTexts.stream().filter(Objects::nonNull).forEach(texts::add);
    }
    LocalDate lower = null;
    List<Deferred> yearless = new ArrayList<>();
    for (int t = 0; t < texts.size(); t++) {
      boolean caption = t > 0;
      for (String sentence : SENTENCE_BREAK.split(texts.get(t))) {
        for (DateExpression e : finder.find(sentence, 0, sentence.length())) {
          Tense tense = TenseGuess.near(sentence, e.start(), e.end());
          DateCore c = e.core();
          boolean calendar = c.kind() == DateCore.Kind.DAY || c.kind() == DateCore.Kind.MONTH;
          boolean deadline = e.bound() != null && !e.bound().equals("since") && !e.bound().equals("after");
          boolean reported = tense == Tense.PAST || caption && tense != Tense.FUTURE;
          if (calendar && e.explicit() && reported && !deadline) {
            Period p = TemporalResolver.place(e, LocalDate.of(2000, 1, 1), tense);
            if (p != null && (lower == null || p.start().isAfter(lower))) {
              lower = p.start();
            }
          } else if (calendar && c.year() == null && tense == Tense.PAST) {
            yearless.add(new Deferred(c, tense));
          }
        }
      }
    }
    if (lower == null) {
      return Anchor.unknown();
    }
    LocalDate pushed = lower;
    LocalDate cap = null;
    boolean recent = false;
    for (Deferred d : yearless) {
      DateCore c = d.core();
      if (c.relation() == DateCore.Relation.LAST) {
        Period p = CalendarResolution.resolve(DateCore.month(null, c.month(), DateCore.Relation.NONE), lower,
            Tense.FUTURE);
        LocalDate after = p.end().plusDays(1);
        pushed = after.isAfter(pushed) ? after : pushed;
        LocalDate within = p.end().plusYears(1);
        cap = cap == null || within.isBefore(cap) ? within : cap;
      } else if (c.relation() == DateCore.Relation.NONE) {
        Period p = CalendarResolution.resolve(c.withYear(lower.getYear()), lower, Tense.UNKNOWN);
        if (p != null && p.start().isAfter(lower)) {
          pushed = p.start().isAfter(pushed) ? p.start() : pushed;
          recent = true;
        }
      }
    }
    LocalDate upper = recent ? LocalDate.of(pushed.getYear(), 12, 31) : null;
    if (cap != null && (upper == null || cap.isBefore(upper))) {
      upper = cap;
    }
    if (upper != null && upper.isBefore(pushed)) {
      upper = null;
    }
    return new Anchor(pushed, upper, DateBasis.INFERRED.wireName());
  }

  /**
   * The coarsest honest publication date the anchor supports, basis INFERRED: the day of an
   * exact anchor (confidence 0.6); the month when the window lies in one month (0.7); the year
   * when it lies in one year (0.7) or mostly in one year (0.7 times the share of the window's
   * days in it, if at least two thirds); empty for unknown or open-ended windows.
   */
  public Optional<PublicationDate> asPublicationDate(Anchor anchor) {
    if (anchor == null || anchor.earliest() == null || anchor.latest() == null) {
      return Optional.empty();
    }
    LocalDate a = anchor.earliest();
    LocalDate b = anchor.latest();
    if (anchor.isExactDay()) {
      return Optional.of(PublicationDate.of(a, DateBasis.INFERRED, 0.6));
    }
    if (a.getYear() == b.getYear() && a.getMonthValue() == b.getMonthValue()) {
      return Optional.of(new PublicationDate(Period.month(a.getYear(), a.getMonthValue()).value(), null,
          DateBasis.INFERRED, 0.7));
    }
    if (a.getYear() == b.getYear()) {
      return Optional.of(new PublicationDate(Integer.toString(a.getYear()), null, DateBasis.INFERRED, 0.7));
    }
    double days = ChronoUnit.DAYS.between(a, b) + 1;
    int bestYear = a.getYear();
    double bestShare = 0;
    for (int y = a.getYear(); y <= b.getYear(); y++) {
      LocalDate s = y == a.getYear() ? a : LocalDate.of(y, 1, 1);
      LocalDate e = y == b.getYear() ? b : LocalDate.of(y, 12, 31);
      double share = (ChronoUnit.DAYS.between(s, e) + 1) / days;
      if (share > bestShare) {
        bestShare = share;
        bestYear = y;
      }
    }
    if (bestShare < 2.0 / 3) {
      return Optional.empty();
    }
    double confidence = Math.round(0.7 * bestShare * 100) / 100.0;
    return Optional.of(new PublicationDate(Integer.toString(bestYear), null, DateBasis.INFERRED, confidence));
  }
}
