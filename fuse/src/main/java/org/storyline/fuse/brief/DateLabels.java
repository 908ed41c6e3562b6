package org.storyline.fuse.brief;

import org.storyline.core.time.DateSpan;

/**
 * Renders a date at its precision: {@code 2023-09-13}, {@code 2024-06}, {@code 2024},
 * {@code 2020s}, a day range {@code 2024-05-20 to 2024-05-24}, open spans {@code until 2024-05-24}
 * and {@code since 2022} (an open span's modifier is not repeated), a part of a period
 * {@code early 2024}, and {@code undated}.
 */
public final class DateLabels {
  private DateLabels() {}

  /** The label of a date; {@code undated} for a missing or unplaced one. */
  public static String of(DateSpan d) {
    if (d == null || !d.isPlaced()) {
      return "undated";
    }
    String label;
    if (d.start() == null) {
      label = "until " + d.isoEnd();
    } else if (d.end() == null) {
      label = "since " + d.isoStart();
    } else {
      label = switch (d.granularity()) {
        case DECADE -> (d.start().getYear() / 10 * 10) + "s";
        case YEAR, MONTH -> d.isoStart().equals(d.isoEnd()) ? d.isoStart() : d.isoStart() + " to " + d.isoEnd();
        case DAY, UNKNOWN -> d.start().equals(d.end()) ? d.start().toString() : d.start() + " to " + d.end();
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
}
