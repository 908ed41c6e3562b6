package org.storyline.nlp.time;

import java.time.LocalDate;
import java.util.Objects;
import org.storyline.core.time.Granularity;

/**
 * A placed stretch of calendar: inclusive days, granularity and TIMEX3-like value.
 *
 * @param start first day
 * @param end last day
 * @param granularity precision of the expression
 * @param value TIMEX3 value ({@code 2024-05-20}, {@code 2024-05}, {@code 2024}, {@code 197},
 *     {@code 2024-W23}, {@code 2023-SU})
 */
record Period(LocalDate start, LocalDate end, Granularity granularity, String value) {
  Period {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(granularity, "granularity");
    Objects.requireNonNull(value, "value");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("period ends before it starts: " + start + " > " + end);
    }
  }

  static Period day(LocalDate d) {
    return new Period(d, d, Granularity.DAY, d.toString());
  }

  static Period month(int year, int month) {
    LocalDate s = LocalDate.of(year, month, 1);
    return new Period(s, s.withDayOfMonth(s.lengthOfMonth()), Granularity.MONTH,
        String.format("%04d-%02d", year, month));
  }

  static Period year(int year) {
    return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Granularity.YEAR,
        String.format("%04d", year));
  }
}
