package org.storyline.nlp.time;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;

/** English names of months, weekdays, seasons and small numbers, as used in date expressions. */
final class CalendarWords {
  /** Full month names, capitalised, in calendar order; regex alternation. */
  static final String MONTH_FULL =
      "January|February|March|April|May|June|July|August|September|October|November|December";
  /** Month abbreviations (a dot may follow). */
  static final String MONTH_ABBR = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
  /** Weekday names. */
  static final String WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
  /** Season names (any case). */
  static final String SEASON = "spring|summer|autumn|fall|winter";
  /** TIMEX3 season codes, indexed as {@link #season(String)}. */
  static final String[] SEASON_CODE = {"SP", "SU", "FA", "WI"};

  private static final Map<String, Integer> NUMBERS = Map.ofEntries(
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
      Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
      Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
      Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
      Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
      Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
      Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
      Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("hundred", 100));

  /** Regex alternation of the number words {@link #number(String)} knows. */
  static final String NUMBER_WORD = "a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
      + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
      + "|sixty|seventy|eighty|ninety|hundred";

  private CalendarWords() {}

  /** Month number 1..12 of a full name or abbreviation (dot allowed), or 0. */
  static int month(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.length() < 3) {
      return 0;
    }
    String[] prefixes = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < prefixes.length; i++) {
      if (w.startsWith(prefixes[i])) {
        return i + 1;
      }
    }
    return 0;
  }

  /** The weekday of a full weekday name (any case). */
  static DayOfWeek weekday(String word) {
    return DayOfWeek.valueOf(word.toUpperCase(Locale.ROOT));
  }

  /** Season index: 0 spring, 1 summer, 2 autumn/fall, 3 winter. */
  static int season(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "spring" -> 0;
      case "summer" -> 1;
      case "autumn", "fall" -> 2;
      case "winter" -> 3;
      default -> throw new IllegalArgumentException("not a season: " + word);
    };
  }

  /** A small cardinal written in digits or as one of the number words, or -1. */
  static int number(String word) {
    String w = word.toLowerCase(Locale.ROOT).trim();
    if (!w.isEmpty() && w.chars().allMatch(Character::isDigit)) {
      return w.length() > 6 ? -1 : Integer.parseInt(w);
    }
    Integer n = NUMBERS.get(w);
    return n == null ? -1 : n;
  }
}
