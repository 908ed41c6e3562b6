package org.storyline.core.time;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * When something happened, at the precision known: an inclusive range of days
 * {@code [start, end]} and the granularity of the expression that gave it.
 *
 * <p>{@code start} or {@code end} may be null for an open bound ("until May 24" has no start,
 * "since mid-2022" no end) and both are null when the date cannot be placed at all (a weekday
 * in a document of unknown date). {@code value} is a TIMEX3-like normalised value that may keep
 * what is known of an unplaced date ({@code XXXX-05-20}); {@code text} is the expression as
 * written; {@code basis} says where the anchor came from ({@code explicit}, {@code document},
 * {@code inferred}, ...); {@code modifier} keeps a part of the period ({@code early},
 * {@code mid}, {@code late}, {@code before}, {@code after}, {@code approx}).
 */
public record DateSpan(
    LocalDate start,
    LocalDate end,
    Granularity granularity,
    String value,
    String text,
    String basis,
    String modifier) {

  public DateSpan {
    Objects.requireNonNull(granularity, "granularity");
    if (start != null && end != null && end.isBefore(start)) {
      throw new IllegalArgumentException("date span ends before it starts: " + start + " > " + end);
    }
  }

  /** A single known day. */
  public static DateSpan day(LocalDate day, String text, String basis) {
    return new DateSpan(day, day, Granularity.DAY, day.toString(), text, basis, null);
  }

  /** A whole calendar month. */
  public static DateSpan month(int year, int month, String text, String basis) {
    LocalDate s = LocalDate.of(year, month, 1);
    return new DateSpan(s, s.withDayOfMonth(s.lengthOfMonth()), Granularity.MONTH,
        s.format(DateTimeFormatter.ofPattern("yyyy-MM")), text, basis, null);
  }

  /** A whole calendar year. */
  public static DateSpan year(int year, String text, String basis) {
    return new DateSpan(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Granularity.YEAR,
        Integer.toString(year), text, basis, null);
  }

  /** An expression that could not be placed in time; {@code value} keeps what is known. */
  public static DateSpan unknown(String value, String text, String basis) {
    return new DateSpan(null, null, Granularity.UNKNOWN, value, text, basis, null);
  }

  /** True if start or end is known. */
  public boolean isPlaced() {
    return start != null || end != null;
  }

  /** The start rendered as ISO 8601 at this span's granularity, or null. */
  public String isoStart() {
    return render(start);
  }

  /** The end rendered as ISO 8601 at this span's granularity, or null. */
  public String isoEnd() {
    return render(end);
  }

  /** True if the two spans share at least one day; open bounds overlap everything on their side. */
  public boolean overlaps(DateSpan other) {
    if (!isPlaced() || !other.isPlaced()) {
      return false;
    }
    LocalDate aStart = start == null ? LocalDate.MIN : start;
    LocalDate aEnd = end == null ? LocalDate.MAX : end;
    LocalDate bStart = other.start == null ? LocalDate.MIN : other.start;
    LocalDate bEnd = other.end == null ? LocalDate.MAX : other.end;
    return !aEnd.isBefore(bStart) && !bEnd.isBefore(aStart);
  }

  private String render(LocalDate d) {
    if (d == null) {
      return null;
    }
    return switch (granularity) {
      case DAY, UNKNOWN -> d.toString();
      case MONTH -> d.format(DateTimeFormatter.ofPattern("yyyy-MM"));
      case YEAR, DECADE -> String.format("%04d", d.getYear());
    };
  }

  /** Parses an ISO date at day, month or year precision into the first day it covers. */
  public static LocalDate parseStart(String iso) {
    return switch (iso.length()) {
      case 4 -> LocalDate.of(Integer.parseInt(iso), 1, 1);
      case 7 -> LocalDate.parse(iso + "-01");
      default -> LocalDate.parse(iso);
    };
  }

  /** Parses an ISO date at day, month or year precision into the last day it covers. */
  public static LocalDate parseEnd(String iso) {
    return switch (iso.length()) {
      case 4 -> LocalDate.of(Integer.parseInt(iso), 12, 31);
      case 7 -> {
        LocalDate s = LocalDate.parse(iso + "-01");
        yield s.withDayOfMonth(s.lengthOfMonth());
      }
      default -> LocalDate.parse(iso);
    };
  }
}
