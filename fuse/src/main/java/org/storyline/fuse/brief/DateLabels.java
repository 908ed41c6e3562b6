package org.storyline.fuse.brief;

import java.time.YearMonth;
import org.storyline.core.time.DateSpan;
import org.storyline.fuse.event.YearOpenDate;

/**
 * Renders a date at its precision: {@code 2023-09-13}, {@code 2024-06}, {@code 2024},
 * {@code 2020s}, a day range {@code 2024-05-20 to 2024-05-24}, open spans {@code until 2024-05-24}
 * and {@code since 2022} (an open span's modifier is not repeated), a part of a period
 * {@code early 2024}, what is known of a date without a year ({@code 20 May, year unknown},
 * {@code until 24 May, year unknown}; {@link YearOpenDate}), and {@code undated}.
 */
public final class DateLabels {
  private DateLabels() {}

  /**
   * The label of a date; for one that is not placed, its month and day if known ("20 May, year
   * unknown", with an open-span modifier before it), else {@code undated}.
   */
  public static String of(DateSpan d) {
    if (d == null || !d.isPlaced()) {
      return YearOpenDate.of(d).map(y -> yearOpen(y, d.modifier())).orElse("undated");
    }
    String label;
    if (d.start() == null) {
      label = "until " + d.isoEnd();
    } else if (d.end() == null) {
      label = "since " + d.isoStart();
    } else {
      label = switch (d.granularity()) {
        case DECADE -> (d.start().getYear() / 10 * 10) + "s";
        case YEAR -> wholeYears(d) ? years(d) : wholeMonths(d) || sameMonthsOutward(d) ? months(d) : days(d);
        case MONTH -> wholeMonths(d) ? months(d) : days(d);
        case DAY, UNKNOWN -> days(d);
      };
    }
    String mod = d.start() == null || d.end() == null ? null : d.modifier();
    if (mod != null && !mod.isBlank() && !"approx".equals(mod) && !"before".equals(mod) && !"after".equals(mod)) {
      return mod + " " + label;
    }
    if ("approx".equals(mod)) {
      return "about " + label;
    }
    if ("before".equals(mod)) {
      return "before " + label;
    }
    if ("after".equals(mod)) {
      return "after " + label;
    }
    return label;
  }

  private static String yearOpen(YearOpenDate y, String modifier) {
    if (modifier == null || modifier.isBlank()) {
      return y.label();
    }
    return ("approx".equals(modifier) ? "about" : modifier) + " " + y.label();
  }

  private static boolean wholeYears(DateSpan d) {
    return d.start().getDayOfYear() == 1 && d.end().plusDays(1).getDayOfYear() == 1;
  }

  private static boolean wholeMonths(DateSpan d) {
    return d.start().getDayOfMonth() == 1 && d.end().plusDays(1).getDayOfMonth() == 1;
  }

  /** True if the span reaches over more than one month, so months (rounded outward) say it. */
  private static boolean sameMonthsOutward(DateSpan d) {
    return d.start().getYear() != d.end().getYear() || d.start().getMonthValue() != d.end().getMonthValue();
  }

  private static String years(DateSpan d) {
    int a = d.start().getYear();
    int b = d.end().getYear();
    return a == b ? Integer.toString(a) : a + " to " + b;
  }

  private static String months(DateSpan d) {
    String a = YearMonth.from(d.start()).toString();
    String b = YearMonth.from(d.end()).toString();
    return a.equals(b) ? a : a + " to " + b;
  }

  private static String days(DateSpan d) {
    return d.start().equals(d.end()) ? d.start().toString() : d.start() + " to " + d.end();
  }
}
