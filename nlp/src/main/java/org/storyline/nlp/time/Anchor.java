package org.storyline.nlp.time;

import java.time.LocalDate;
import java.util.Objects;
import org.storyline.core.time.PublicationDate;

/**
 * What is known of a document's date: a single day ({@code earliest == latest}), a window
 * ({@code earliest < latest}, either end may be null when open) or nothing (both null).
 *
 * @param earliest first day the document may have been written, or null
 * @param latest last day the document may have been written, or null
 * @param basis where the knowledge comes from (a {@code DateBasis} wire name, or "unknown")
 */
public record Anchor(LocalDate earliest, LocalDate latest, String basis) {
  public Anchor {
    Objects.requireNonNull(basis, "basis");
    if (earliest != null && latest != null && latest.isBefore(earliest)) {
      throw new IllegalArgumentException("anchor window ends before it starts: " + earliest + " > " + latest);
    }
  }

  /** The anchor given by a publication date: its day, or the month/year window it covers. */
  public static Anchor of(PublicationDate date) {
    if (date == null) {
      return unknown();
    }
    return new Anchor(date.earliest(), date.latest(), date.basis().wireName());
  }

  /** A single known day. */
  public static Anchor day(LocalDate day, String basis) {
    return new Anchor(Objects.requireNonNull(day, "day"), day, basis);
  }

  /** Nothing is known of the document date. */
  public static Anchor unknown() {
    return new Anchor(null, null, "unknown");
  }

  /** True if the document date is known to the day. */
  public boolean isExactDay() {
    return earliest != null && earliest.equals(latest);
  }

  /** True if nothing at all is known. */
  public boolean isUnknown() {
    return earliest == null && latest == null;
  }
}
