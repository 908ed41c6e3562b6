package org.storyline.ingest.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads calendar days written in the common ways: ISO ({@code 2023-10-06T19:27}), slashed or
 * dotted numbers ({@code 13/09/2023}: day first unless the second number cannot be a month),
 * and with month names ({@code October 6, 2023}, {@code 26 July 2023}, {@code Oct. 6, 2023}).
 */
public final class DateText {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));
  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
          + "oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final int CI = Pattern.CASE_INSENSITIVE;
  static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
  static final Pattern YMD_SLASH = Pattern.compile("(?<!\\d)(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})(?!\\d)");
  static final Pattern DMY_NUM = Pattern.compile("(?<![\\d/.])(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?!\\d)");
  static final Pattern MDY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)", CI);
  static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})(?!\\d)", CI);
  static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T.*)?$");

  /** A found date and where in the text it was. */
  public record Found(LocalDate date, int start, int end) {}

  private DateText() {}

  /** The first day written in {@code s}, or null. */
  public static LocalDate parse(String s) {
    Found f = first(s);
    return f == null ? null : f.date();
  }

  /** The earliest-placed day written in {@code s}, or null; {@code 05/06/2023} is read day first. */
  public static Found first(String s) {
    return first(s, false);
  }

  /**
   * The earliest-placed day written in {@code s}, or null; an all-numeric day whose first two
   * numbers could both be the month ({@code 05/06/2023}) is read month first if
   * {@code monthFirst}, else day first.
   */
  public static Found first(String s, boolean monthFirst) {
    if (s == null) {
      return null;
    }
    Found best = null;
    String t = s.strip();
    Matcher c = COMPACT.matcher(t);
    if (c.matches()) {
      LocalDate d = day(c.group(1), c.group(2), c.group(3));
      if (d != null) {
        return new Found(d, 0, t.length());
      }
    }
    best = earlier(best, find(ISO, s, 1, 2, 3, false));
    best = earlier(best, find(YMD_SLASH, s, 1, 2, 3, false));
    best = earlier(best, find(MDY, s, 3, 1, 2, true));
    best = earlier(best, find(DMY, s, 3, 2, 1, true));
    best = earlier(best, findNumeric(s, monthFirst));
    return best;
  }

  private static Found earlier(Found a, Found b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return b.start() < a.start() ? b : a;
  }

  private static Found find(Pattern p, String s, int y, int m, int d, boolean named) {
    Matcher matcher = p.matcher(s);
    while (matcher.find()) {
      String month = matcher.group(m);
      LocalDate date = named ? day(matcher.group(y), monthNumber(month), matcher.group(d))
          : day(matcher.group(y), month, matcher.group(d));
      if (date != null) {
        return new Found(date, matcher.start(), matcher.end());
      }
    }
    return null;
  }

  private static Found findNumeric(String s, boolean monthFirst) {
    Matcher matcher = DMY_NUM.matcher(s);
    while (matcher.find()) {
      int a = Integer.parseInt(matcher.group(1));
      int b = Integer.parseInt(matcher.group(2));
      String year = matcher.group(3);
      LocalDate date;
      if (b > 12 && a <= 12 || monthFirst && a <= 12 && b <= 31) {
        date = day(year, String.valueOf(a), String.valueOf(b)); // month first: 09/13/2023
      } else {
        date = day(year, String.valueOf(b), String.valueOf(a));
      }
      if (date != null) {
        return new Found(date, matcher.start(), matcher.end());
      }
    }
    return null;
  }

  private static String monthNumber(String name) {
    Integer m = MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
    return m == null ? null : m.toString();
  }

  private static LocalDate day(String y, String m, String d) {
    if (y == null || m == null || d == null) {
      return null;
    }
    try {
      int year = Integer.parseInt(y);
      if (year < 1900 || year > LocalDate.now().getYear() + 1) {
        return null;
      }
      return LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
