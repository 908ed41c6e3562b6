package org.storyline.fuse.event;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.core.time.DateSpan;

/**
 * What is known of a date whose year is not: a month and maybe a day, read from the TIMEX3-like
 * value {@code XXXX-05-20} or {@code XXXX-05} of a span that is not placed ("arrived in Pyongyang
 * on May 20" in an article that names no year). It is shown as {@code 20 May, year unknown} and
 * sorted after every placed date, by month and day; no year is ever guessed for it.
 *
 * @param month the month
 * @param day the day of the month, or 0 when only the month is known
 */
public record YearOpenDate(Month month, int day) {
  private static final Pattern VALUE = Pattern.compile("XXXX-(\\d{2})(?:-(\\d{2}))?");

  public YearOpenDate {
    if (month == null) {
      throw new IllegalArgumentException("a year-open date needs a month");
    }
    if (day < 0 || day > month.maxLength()) {
      throw new IllegalArgumentException("day " + day + " is not a day of " + month);
    }
  }

  /**
   * The known month and day of a span that is not placed and whose value keeps them; empty for a
   * placed span, a missing one, or one whose value knows no month.
   */
  public static Optional<YearOpenDate> of(DateSpan span) {
    if (span == null || span.isPlaced() || span.value() == null) {
      return Optional.empty();
    }
    Matcher m = VALUE.matcher(span.value());
    if (!m.matches()) {
      return Optional.empty();
    }
    int month = Integer.parseInt(m.group(1));
    int day = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    if (month < 1 || month > 12 || day > Month.of(month).maxLength()) {
      return Optional.empty();
    }
    return Optional.of(new YearOpenDate(Month.of(month), day));
  }

  /** {@code 20 May, year unknown}, or {@code May, year unknown} when the day is not known. */
  public String label() {
    String name = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return (day == 0 ? name : day + " " + name) + ", year unknown";
  }

  /** A key that orders year-open dates by month, then day (a month alone before its days). */
  public int order() {
    return month.getValue() * 100 + day;
  }
}
