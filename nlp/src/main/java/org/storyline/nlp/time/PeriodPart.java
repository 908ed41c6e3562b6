package org.storyline.nlp.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.storyline.core.time.Granularity;

/**
 * Narrows a period to its early, middle or late third: days 1-10, 11-20 and 21-end of a month
 * (granularity MONTH); January-April, May-August and September-December of a year (granularity
 * MONTH); years 0-3, 4-6 and 7-9 of a decade (granularity YEAR); thirds of the days otherwise.
 * The TIMEX3 value stays that of the whole period (TimeML keeps the part in {@code mod}).
 * Halves and quarters ("the first half of 2024", "the third quarter of 2023") are parts too.
 */
final class PeriodPart {
  private PeriodPart() {}

  static Period apply(Period p, String part) {
    if (part == null) {
      return p;
    }
    if (part.startsWith("h") || part.startsWith("q")) {
      return share(p, part);
    }
    int third = switch (part) {
      case "early" -> 0;
      case "mid" -> 1;
      case "late" -> 2;
      default -> throw new IllegalArgumentException("unknown part: " + part);
    };
    LocalDate s = p.start();
    return switch (p.granularity()) {
      case MONTH -> {
        if (s.getDayOfMonth() == 1 && p.end().equals(s.withDayOfMonth(s.lengthOfMonth()))) {
          LocalDate a = s.withDayOfMonth(1 + 10 * third);
          LocalDate b = third == 2 ? p.end() : s.withDayOfMonth(10 + 10 * third);
          yield new Period(a, b, Granularity.MONTH, p.value());
        }
        yield byDays(p, third);
      }
      case YEAR -> {
        if (s.getYear() == p.end().getYear()) {
          LocalDate a = s.withMonth(1 + 4 * third).withDayOfMonth(1);
          LocalDate b = a.plusMonths(4).minusDays(1);
          yield new Period(a, b, Granularity.MONTH, p.value());
        }
        yield byDays(p, third);
      }
      case DECADE -> {
        int y = s.getYear();
        int[][] years = {{0, 3}, {4, 6}, {7, 9}};
        yield new Period(LocalDate.of(y + years[third][0], 1, 1), LocalDate.of(y + years[third][1], 12, 31),
            Granularity.YEAR, p.value());
      }
      case DAY -> p.start().equals(p.end()) ? p : byDays(p, third);
      case UNKNOWN -> p;
    };
  }

  /**
   * The first or second half ("h1", "h2") or a quarter ("q1".."q4") of a period: months of a
   * single year (value {@code 2024-H1}, {@code 2024-Q3}, granularity MONTH), days otherwise.
   */
  private static Period share(Period p, String part) {
    int parts = part.startsWith("h") ? 2 : 4;
    int index = part.charAt(1) - '1';
    LocalDate s = p.start();
    if (p.granularity() == Granularity.YEAR && s.getYear() == p.end().getYear()) {
      int months = 12 / parts;
      LocalDate a = s.withMonth(1 + months * index).withDayOfMonth(1);
      return new Period(a, a.plusMonths(months).minusDays(1), Granularity.MONTH,
          p.value() + "-" + part.toUpperCase(java.util.Locale.ROOT));
    }
    long days = ChronoUnit.DAYS.between(s, p.end()) + 1;
    LocalDate a = s.plusDays(days * index / parts);
    LocalDate b = s.plusDays(days * (index + 1) / parts - 1);
    return new Period(a, b.isBefore(a) ? a : b, p.granularity(), p.value());
  }

  private static Period byDays(Period p, int third) {
    long days = ChronoUnit.DAYS.between(p.start(), p.end()) + 1;
    LocalDate a = p.start().plusDays(days * third / 3);
    LocalDate b = p.start().plusDays(days * (third + 1) / 3 - 1);
    return new Period(a, b.isBefore(a) ? a : b, p.granularity(), p.value());
  }
}
