package org.storyline.nlp.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;
import org.storyline.core.time.DateSpan;
import org.storyline.core.time.Granularity;

/**
 * Finds and resolves date expressions in English text against what is known of the document
 * date. Pure rules over the text (no CoreNLP); stateless and thread-safe.
 *
 * <p>Covered: full dates in common English and numeric forms ("13 September 2023", "Sept. 13,
 * 2023", "2023-09-13", "13/09/2023" day-first when unambiguous), lists sharing a month and year
 * ("January 2 and 6, 2024" gives two days), year-less days and months, months with a year,
 * years, decades, year ranges, seasons (modifier approx), weekdays, weekends,
 * today/yesterday/tomorrow, this/last/next year/month/week, "the previous year", "N units ago",
 * parts of a period ("early January", "mid-2022", "the end of the year" → modifier
 * early|mid|late; "the first half of 2024" → h1|h2; "the third quarter of 2023" → q1..q4),
 * open bounds ("by March 14" →
 * modifier before, "until May 24" → until, "since mid-2022" → since, "after" → after) and
 * ranges ("from May 20 to 24", "May 20-24", "between 2019 and 2021").
 *
 * <p>Not dates: durations ("two days", "in 24 years"), times of day, counts, calibres, model
 * names. Prepositions are not part of a span (TimeML style) but set the modifier.
 *
 * <p>Placement: {@code basis} is "explicit" for fully written dates, "document" when placed
 * against an exact-day anchor, "inferred" when placed against a window anchor (when every
 * day of the window gives the same answer, or, coarsened to month or year, when all answers lie
 * in one month or one year: see {@code placeInWindow}) and "unresolved" when it cannot be placed; then
 * start and end are null, granularity UNKNOWN and {@code value} keeps what is known
 * ({@code XXXX-05-20}, {@code XXXX-WXX-5}).
 */
public final class TemporalResolver {
  /** Longest anchor window, in days, that is searched for a common answer. */
  private static final int MAX_WINDOW_DAYS = 1100;

  private final DateExpressionFinder finder = new DateExpressionFinder();

  /**
   * Finds every date expression in {@code text[from, to)} and resolves it against the anchor.
   * Offsets in the result are absolute in {@code text}.
   *
   * @throws StorylineException INVALID_ARGUMENT if the range is not within the text
   */
  public List<ResolvedTime> resolve(String text, int from, int to, Anchor anchor, Tense tense) {
    Tense t = tense == null ? Tense.UNKNOWN : tense;
    return resolve(text, from, to, anchor, (s, e) -> t);
  }

  /**
   * As {@link #resolve(String, int, int, Anchor, Tense)}, with a tense per expression: for
   * sentences whose clauses differ ("said on Monday that he would visit on Tuesday"). See
   * {@link TenseGuess#near(String, int, int)} for a text-only one.
   */
  public List<ResolvedTime> resolve(String text, int from, int to, Anchor anchor, TenseAt tenseAt) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(tenseAt, "tenseAt");
    if (from < 0 || to > text.length() || to < from) {
      throw new StorylineException(ErrorCode.INVALID_ARGUMENT,
          "time range [" + from + ", " + to + ") is outside a text of length " + text.length());
    }
    List<ResolvedTime> out = new ArrayList<>();
    for (DateExpression e : finder.find(text, from, to)) {
      String written = text.substring(e.start(), e.end());
      Tense t = tenseAt.at(e.start(), e.end());
      out.add(new ResolvedTime(e.start(), e.end(), written,
          span(e, written, anchor, t == null ? Tense.UNKNOWN : t)));
    }
    return out;
  }

  /** Convenience: the whole text. */
  public List<ResolvedTime> resolve(String text, Anchor anchor, Tense tense) {
    return resolve(text, 0, text.length(), anchor, tense);
  }

  private static DateSpan span(DateExpression e, String written, Anchor anchor, Tense tense) {
    Period p = null;
    String basis;
    if (e.explicit()) {
      p = place(e, anchor.isExactDay() ? anchor.earliest() : LocalDate.of(2000, 1, 1), tense);
      basis = "explicit";
    } else if (anchor.isExactDay()) {
      p = place(e, anchor.earliest(), tense);
      basis = "document";
    } else {
      p = placeInWindow(e, anchor, tense);
      basis = "inferred";
    }
    if (p == null) {
      String value = CalendarResolution.unplacedValue(e.core())
          + (e.rangeEnd() == null ? "" : "/" + CalendarResolution.unplacedValue(e.rangeEnd()));
      return new DateSpan(null, null, Granularity.UNKNOWN, value, written, "unresolved", modifier(e));
    }
    return bounded(e, p, written, basis, anchor);
  }

  /**
   * The expression placed from every day of the anchor window: the common answer when all
   * days agree; else, when every answer falls within one calendar month (or one year), that
   * whole month (or year) ("on Tuesday" written some day between May 29 and June 25, 2024 is a
   * Tuesday of June 2024: the month 2024-06); else null.
   */
  private static Period placeInWindow(DateExpression e, Anchor anchor, Tense tense) {
    LocalDate a = anchor.earliest();
    LocalDate b = anchor.latest();
    if (a == null || b == null || ChronoUnit.DAYS.between(a, b) > MAX_WINDOW_DAYS) {
      return null;
    }
    Period first = place(e, a, tense);
    if (first == null) {
      return null;
    }
    boolean same = true;
    LocalDate low = first.start();
    LocalDate high = first.end();
    for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) {
      Period p = place(e, d, tense);
      if (p == null) {
        return null;
      }
      same &= first.equals(p);
      low = p.start().isBefore(low) ? p.start() : low;
      high = p.end().isAfter(high) ? p.end() : high;
    }
    if (same) {
      return first;
    }
    if (low.getYear() != high.getYear() || first.granularity() == Granularity.UNKNOWN) {
      return null;
    }
    if (low.getMonthValue() == high.getMonthValue() && first.granularity() == Granularity.DAY) {
      return Period.month(low.getYear(), low.getMonthValue());
    }
    return first.granularity().finerOrEqual(Granularity.MONTH) ? Period.year(low.getYear()) : null;
  }

  /** The period of the expression seen from {@code day}, parts and ranges applied; or null. */
  static Period place(DateExpression e, LocalDate day, Tense tense) {
    Period p = CalendarResolution.resolve(e.core(), day, tense);
    if (p == null) {
      return null;
    }
    p = PeriodPart.apply(p, e.part());
    if (e.rangeEnd() == null) {
      return p;
    }
    DateCore endCore = e.rangeEnd();
    Period q;
    if (!endCore.explicit() && (endCore.kind() == DateCore.Kind.DAY || endCore.kind() == DateCore.Kind.MONTH)) {
      q = CalendarResolution.resolve(endCore.withYear(p.start().getYear()), day, tense);
      if (q != null && q.end().isBefore(p.start())) {
        q = CalendarResolution.resolve(endCore.withYear(p.start().getYear() + 1), day, tense);
      }
    } else {
      q = CalendarResolution.resolve(endCore, day, tense);
    }
    if (q == null) {
      return null;
    }
    q = PeriodPart.apply(q, e.endPart());
    if (q.end().isBefore(p.start())) {
      return null;
    }
    Granularity g = p.granularity().ordinal() >= q.granularity().ordinal() ? p.granularity() : q.granularity();
    return new Period(p.start(), q.end(), g, p.value() + "/" + q.value());
  }

  private static DateSpan bounded(DateExpression e, Period p, String written, String basis, Anchor anchor) {
    String bound = e.bound();
    if (bound == null) {
      return new DateSpan(p.start(), p.end(), p.granularity(), p.value(), written, basis, modifier(e));
    }
    return switch (bound) {
      case "by" -> new DateSpan(null, p.end(), p.granularity(), p.value(), written, basis, "before");
      case "before" -> new DateSpan(null, p.start().minusDays(1), p.granularity(), p.value(), written, basis,
          "before");
      case "until" -> new DateSpan(null, p.end(), p.granularity(), p.value(), written, basis, "until");
      case "after" -> new DateSpan(p.end().plusDays(1), null, p.granularity(), p.value(), written, basis,
          "after");
      case "since" -> {
        LocalDate now = anchor.isExactDay() && !anchor.earliest().isBefore(p.start()) ? anchor.earliest() : null;
        yield new DateSpan(p.start(), now, p.granularity(), p.value(), written, basis, "since");
      }
      default -> new DateSpan(p.start(), p.end(), p.granularity(), p.value(), written, basis, modifier(e));
    };
  }

  private static String modifier(DateExpression e) {
    if (e.bound() != null) {
      return switch (e.bound()) {
        case "by" -> "before";
        case "before", "until", "after", "since" -> e.bound();
        default -> null;
      };
    }
    if (e.rangeEnd() != null) {
      return null;
    }
    if (e.part() == null && e.core().kind() == DateCore.Kind.SEASON) {
      return "approx"; // seasons have no sharp edges
    }
    return e.part();
  }
}
