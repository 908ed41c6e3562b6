package org.storyline.nlp.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import org.storyline.core.time.Granularity;

/**
 * Places a {@link DateCore} on the calendar given the document's day and the clause's tense.
 *
 * <p>Year-less dates and months take the latest occurrence not after the document day for
 * PAST, PRESENT and UNKNOWN tense, and the first not before it for FUTURE. A bare weekday takes
 * the last such day on or before the document day (PAST, UNKNOWN), the next on or after it
 * (FUTURE) or the nearest one (PRESENT); "last"/"next" exclude the document day itself.
 */
final class CalendarResolution {
  private CalendarResolution() {}

  /** The period the core denotes seen from {@code day}, or null if impossible (Feb 30). */
  static Period resolve(DateCore c, LocalDate day, Tense tense) {
    return switch (c.kind()) {
      case DAY -> c.year() != null ? exactDay(c.year(), c.month(), c.day()) : yearlessDay(c, day, tense);
      case MONTH -> c.year() != null ? Period.month(c.year(), c.month()) : yearlessMonth(c, day, tense);
      case YEAR -> Period.year(c.year());
      case DECADE -> new Period(LocalDate.of(c.year(), 1, 1), LocalDate.of(c.year() + 9, 12, 31),
          Granularity.DECADE, Integer.toString(c.year() / 10));
      case AMBIGUOUS_DAY -> ambiguous(c);
      case WEEKDAY -> Period.day(weekday(c, day, tense));
      case WEEKEND -> weekend(c.relation(), day, tense);
      case REL_DAY -> Period.day(day.plusDays(c.number()));
      case REL_UNIT -> relativeUnit(c.unit(), c.number(), day);
      case AGO -> ago(c.unit(), c.number(), day);
      case SEASON -> c.year() != null ? season(c.year(), c.number()) : yearlessSeason(c, day, tense);
    };
  }

  /** What is known of the core when the document date is unknown, as a TIMEX3-like value. */
  static String unplacedValue(DateCore c) {
    return switch (c.kind()) {
      case DAY -> c.year() != null ? String.format("%04d-%02d-%02d", c.year(), c.month(), c.day())
          : String.format("XXXX-%02d-%02d", c.month(), c.day());
      case MONTH -> c.year() != null ? String.format("%04d-%02d", c.year(), c.month())
          : String.format("XXXX-%02d", c.month());
      case YEAR -> String.format("%04d", c.year());
      case DECADE -> Integer.toString(c.year() / 10);
      case AMBIGUOUS_DAY -> String.format("%04d-XX-XX", c.year());
      case WEEKDAY -> "XXXX-WXX-" + c.number();
      case WEEKEND -> "XXXX-WXX-WE";
      case REL_DAY -> "XXXX-XX-XX";
      case REL_UNIT, AGO -> switch (c.unit()) {
        case YEARS, DECADES -> "XXXX";
        case MONTHS -> "XXXX-XX";
        case WEEKS -> c.kind() == DateCore.Kind.AGO ? "XXXX-XX-XX" : "XXXX-WXX";
        default -> "XXXX-XX-XX";
      };
      case SEASON -> (c.year() != null ? String.format("%04d", c.year()) : "XXXX") + "-"
          + CalendarWords.SEASON_CODE[c.number()];
    };
  }

  private static Period exactDay(int y, int m, int d) {
    if (d > LocalDate.of(y, m, 1).lengthOfMonth()) {
      return null;
    }
    return Period.day(LocalDate.of(y, m, d));
  }

  private static Period yearlessDay(DateCore c, LocalDate day, Tense tense) {
    boolean future = tense == Tense.FUTURE;
    for (int i = 0; i <= 8; i++) {
      int y = future ? day.getYear() + i : day.getYear() - i;
      Period p = exactDay(y, c.month(), c.day());
      if (p != null && (future ? !p.start().isBefore(day) : !p.start().isAfter(day))) {
        return p;
      }
    }
    return null;
  }

  private static Period yearlessMonth(DateCore c, LocalDate day, Tense tense) {
    LocalDate thisMonth = day.withDayOfMonth(1);
    return switch (c.relation()) {
      case THIS -> Period.month(day.getYear(), c.month());
      case LAST -> {
        LocalDate cand = LocalDate.of(day.getYear(), c.month(), 1);
        yield Period.month(cand.isBefore(thisMonth) ? day.getYear() : day.getYear() - 1, c.month());
      }
      case NEXT -> {
        LocalDate cand = LocalDate.of(day.getYear(), c.month(), 1);
        yield Period.month(cand.isAfter(thisMonth) ? day.getYear() : day.getYear() + 1, c.month());
      }
      case NONE -> {
        LocalDate cand = LocalDate.of(day.getYear(), c.month(), 1);
        if (tense == Tense.FUTURE) {
          yield Period.month(cand.isBefore(thisMonth) ? day.getYear() + 1 : day.getYear(), c.month());
        }
        yield Period.month(cand.isAfter(thisMonth) ? day.getYear() - 1 : day.getYear(), c.month());
      }
    };
  }

  private static Period ambiguous(DateCore c) {
    LocalDate a = LocalDate.of(c.year(), c.month(), c.day());
    LocalDate b = LocalDate.of(c.year(), c.number() / 100, c.number() % 100);
    LocalDate s = a.isBefore(b) ? a : b;
    LocalDate e = a.isBefore(b) ? b : a;
    return new Period(s, e, Granularity.UNKNOWN, String.format("%04d-XX-XX", c.year()));
  }

  private static LocalDate weekday(DateCore c, LocalDate day, Tense tense) {
    DayOfWeek w = DayOfWeek.of(c.number());
    return switch (c.relation()) {
      case LAST -> day.with(TemporalAdjusters.previous(w));
      case NEXT -> day.with(TemporalAdjusters.next(w));
      case THIS -> tense == Tense.PAST ? day.with(TemporalAdjusters.previousOrSame(w))
          : day.with(TemporalAdjusters.nextOrSame(w));
      case NONE -> switch (tense) {
        case FUTURE -> day.with(TemporalAdjusters.nextOrSame(w));
        case PRESENT -> {
          LocalDate before = day.with(TemporalAdjusters.previousOrSame(w));
          LocalDate after = day.with(TemporalAdjusters.nextOrSame(w));
          yield ChronoUnit.DAYS.between(before, day) <= ChronoUnit.DAYS.between(day, after) ? before : after;
        }
        default -> day.with(TemporalAdjusters.previousOrSame(w));
      };
    };
  }

  /**
   * A Saturday-Sunday weekend: "last" is the latest one not containing the day, "next" the first
   * after it not containing it; a bare or "this" weekend is the latest one begun by the day (the
   * first one not yet over for FUTURE).
   */
  private static Period weekend(DateCore.Relation relation, LocalDate day, Tense tense) {
    LocalDate saturday = switch (relation) {
      case LAST -> {
        LocalDate s = day.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
        yield day.getDayOfWeek() == DayOfWeek.SUNDAY ? s.minusWeeks(1) : s;
      }
      case NEXT -> day.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
      default -> tense == Tense.FUTURE
          ? (day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(1) : day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)))
          : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
    };
    return new Period(saturday, saturday.plusDays(1), Granularity.DAY, String.format("%04d-W%02d-WE",
        saturday.get(IsoFields.WEEK_BASED_YEAR), saturday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
  }

  private static Period relativeUnit(ChronoUnit unit, int offset, LocalDate day) {
    return switch (unit) {
      case YEARS -> Period.year(day.getYear() + offset);
      case MONTHS -> {
        LocalDate m = day.withDayOfMonth(1).plusMonths(offset);
        yield Period.month(m.getYear(), m.getMonthValue());
      }
      default -> week(day.plusWeeks(offset));
    };
  }

  private static Period week(LocalDate inWeek) {
    LocalDate monday = inWeek.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return new Period(monday, monday.plusDays(6), Granularity.DAY, String.format("%04d-W%02d",
        monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
  }

  private static Period ago(ChronoUnit unit, int amount, LocalDate day) {
    return switch (unit) {
      case DAYS -> Period.day(day.minusDays(amount));
      case WEEKS -> Period.day(day.minusWeeks(amount));
      case MONTHS -> {
        LocalDate m = day.withDayOfMonth(1).minusMonths(amount);
        yield Period.month(m.getYear(), m.getMonthValue());
      }
      case DECADES -> Period.year(day.getYear() - 10 * amount);
      default -> Period.year(day.getYear() - amount);
    };
  }

  /** Northern-hemisphere meteorological seasons; winter Y runs from December Y to February Y+1. */
  static Period season(int year, int season) {
    LocalDate s = season == 3 ? LocalDate.of(year, 12, 1) : LocalDate.of(year, 3 + 3 * season, 1);
    LocalDate e = s.plusMonths(3).minusDays(1);
    return new Period(s, e, Granularity.MONTH,
        String.format("%04d-%s", year, CalendarWords.SEASON_CODE[season]));
  }

  private static Period yearlessSeason(DateCore c, LocalDate day, Tense tense) {
    int y = day.getYear();
    Period[] around = {season(y - 2, c.number()), season(y - 1, c.number()), season(y, c.number()),
        season(y + 1, c.number())};
    return switch (c.relation()) {
      case LAST -> latest(around, p -> p.end().isBefore(day));
      case NEXT -> earliest(around, p -> p.start().isAfter(day));
      case THIS -> {
        Period containing = earliest(around, p -> !p.start().isAfter(day) && !p.end().isBefore(day));
        yield containing != null ? containing : season(y, c.number());
      }
      case NONE -> tense == Tense.FUTURE ? earliest(around, p -> !p.end().isBefore(day))
          : latest(around, p -> !p.start().isAfter(day));
    };
  }

  private static Period latest(Period[] ps, java.util.function.Predicate<Period> ok) {
    Period best = null;
    for (Period p : ps) {
      if (ok.test(p)) {
        best = p;
      }
    }
    return best;
  }

  private static Period earliest(Period[] ps, java.util.function.Predicate<Period> ok) {
    for (Period p : ps) {
      if (ok.test(p)) {
        return p;
      }
    }
    return null;
  }
}
