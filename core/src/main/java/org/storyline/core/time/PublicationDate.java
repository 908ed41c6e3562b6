package org.storyline.core.time;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * When a document was published: an ISO date at day, month or year precision ({@code 2024-06-18},
 * {@code 2024-06}, {@code 2024}), an optional time of day, the kind of evidence and a confidence
 * in {@code [0, 1]}.
 */
public record PublicationDate(String date, String time, DateBasis basis, double confidence) {
  private static final Pattern ISO = Pattern.compile("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$");

  public PublicationDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(basis, "basis");
    if (!ISO.matcher(date).matches()) {
      throw new IllegalArgumentException("publication date is not ISO yyyy[-mm[-dd]]: '" + date + "'");
    }
    DateSpan.parseStart(date); // rejects impossible months and days
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence outside [0,1]: " + confidence);
    }
  }

  /** A known day. */
  public static PublicationDate of(LocalDate day, DateBasis basis, double confidence) {
    return new PublicationDate(day.toString(), null, basis, confidence);
  }

  public Granularity granularity() {
    return switch (date.length()) {
      case 4 -> Granularity.YEAR;
      case 7 -> Granularity.MONTH;
      default -> Granularity.DAY;
    };
  }

  /** The day, if known to the day. */
  public LocalDate day() {
    return granularity() == Granularity.DAY ? LocalDate.parse(date) : null;
  }

  /** First day the date may be. */
  public LocalDate earliest() {
    return DateSpan.parseStart(date);
  }

  /** Last day the date may be. */
  public LocalDate latest() {
    return DateSpan.parseEnd(date);
  }
}
