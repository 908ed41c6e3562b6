package org.storyline.fuse.event;

import java.time.LocalDate;
import org.storyline.core.time.DateSpan;
import org.storyline.core.time.Granularity;

/**
 * The days an event may have happened on: an inclusive range whose null bound is open.
 *
 * @param start first possible day, or null when open towards the past
 * @param end last possible day, or null when open towards the future
 */
record DateWindow(LocalDate start, LocalDate end) {
  /** Rank of an unplaced date: claims with it are fused last and only under strict conditions. */
  static final int UNPLACED = 5;

  DateWindow {
    if (start == null && end == null) {
      throw new IllegalArgumentException("a date window needs at least one bound");
    }
    if (start != null && end != null && end.isBefore(start)) {
      throw new IllegalArgumentException("date window ends before it starts");
    }
  }

  /** The window of a placed span, or null for a missing or unplaced one. */
  static DateWindow of(DateSpan span) {
    return span == null || !span.isPlaced() ? null : new DateWindow(span.start(), span.end());
  }

  /**
   * How coarse a date is, finest first: 0 day, 1 month, 2 year, 3 decade (or a placed span of
   * unknown granularity longer than a year), 4 open-ended, {@link #UNPLACED} unplaced or missing.
   */
  static int rank(DateSpan span) {
    if (span == null || !span.isPlaced()) {
      return UNPLACED;
    }
    if (span.start() == null || span.end() == null) {
      return 4;
    }
    if (span.granularity() == Granularity.UNKNOWN) {
      long days = span.end().toEpochDay() - span.start().toEpochDay() + 1;
      return days <= 1 ? 0 : days <= 31 ? 1 : days <= 366 ? 2 : 3;
    }
    return switch (span.granularity()) {
      case DAY -> 0;
      case MONTH -> 1;
      case YEAR -> 2;
      default -> 3;
    };
  }

  /** True if the windows share a day once each is widened by {@code slackDays} on both sides. */
  boolean overlaps(DateWindow other, int slackDays) {
    LocalDate aStart = start == null ? LocalDate.MIN : start.minusDays(slackDays);
    LocalDate aEnd = end == null ? LocalDate.MAX : end.plusDays(slackDays);
    LocalDate bStart = other.start == null ? LocalDate.MIN : other.start;
    LocalDate bEnd = other.end == null ? LocalDate.MAX : other.end;
    return !aEnd.isBefore(bStart) && !bEnd.isBefore(aStart);
  }

  /** The days both windows share, or null if they share none. */
  DateWindow intersect(DateWindow other) {
    LocalDate s = later(start, other.start);
    LocalDate e = earlier(end, other.end);
    if (s != null && e != null && e.isBefore(s)) {
      return null;
    }
    return new DateWindow(s, e);
  }

  /** True if every day of {@code other} lies in this window. */
  boolean covers(DateWindow other) {
    boolean startOk = start == null || other.start != null && !other.start.isBefore(start);
    boolean endOk = end == null || other.end != null && !other.end.isAfter(end);
    return startOk && endOk;
  }

  /** True if both bounds are known. */
  boolean bounded() {
    return start != null && end != null;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }
}
