package org.storyline.fuse.trail;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.core.time.DateSpan;

/**
 * Reads a calendar date written before a position in a sentence, for statements dated by a
 * fronted phrase that the extractor keeps for the speech verb rather than for the claim: "In
 * July, the minister said ...", "On Sept. 15, the spokesperson said ...", "In September 2022,
 * the newspaper reported ...". Month names may be abbreviated; a missing year is the latest that
 * does not put the date after the anchor (the document's publication date); without an anchor
 * the date stays unplaced with what is known kept in its value ({@code XXXX-07}).
 */
final class LeadingDates {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
  private static final Pattern PHRASE = Pattern.compile(
      "\\b(?:in|on|by|since|back in|earlier in|early|late|mid-?)\\s*"
          + "(january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug"
          + "|september|sept|sep|october|oct|november|nov|december|dec)\\b\\.?"
          + "(?:\\s*,?\\s*(\\d{1,2})(?:st|nd|rd|th)?)?(?:\\s*,?\\s*(\\d{4}))?\\b",
      Pattern.CASE_INSENSITIVE);

  private LeadingDates() {}

  /** The date phrase found in {@code text} before {@code limit}, or null. */
  static DateSpan before(String text, int limit, LocalDate anchor) {
    if (limit <= 0) {
      return null;
    }
    Matcher m = PHRASE.matcher(text.substring(0, Math.min(limit, text.length())));
    if (!m.find()) {
      return null;
    }
    int month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT).substring(0, 3));
    Integer day = m.group(2) == null ? null : Integer.valueOf(m.group(2));
    Integer year = m.group(3) == null ? null : Integer.valueOf(m.group(3));
    if (year == null) {
      if (anchor == null) {
        String value = String.format("XXXX-%02d", month) + (day == null ? "" : String.format("-%02d", day));
        return DateSpan.unknown(value, m.group().strip(), "statement");
      }
      year = anchor.getYear();
      LocalDate first = LocalDate.of(year, month, 1);
      if (first.isAfter(anchor)) {
        year--;
      }
    }
    if (day != null && (day < 1 || day > YearMonth.of(year, month).lengthOfMonth())) {
      day = null;
    }
    String phrase = m.group().strip();
    return day == null ? DateSpan.month(year, month, phrase, "statement")
        : DateSpan.day(LocalDate.of(year, month, day), phrase, "statement");
  }
}
