package org.storyline.fuse.brief;

import org.storyline.core.event.Event;

/**
 * The one-line-per-event format of {@code storyline timeline}: date at its precision, type and
 * mode, status, title, source and claim counts, id, in fixed columns:
 * {@code 2023-09-13                  CONSULT/meet            confirmed  Kim Jong Un meets ... (2 sources, 3 claims) event-1a2b...}.
 * A fragment ({@link EventWeight#isFragment}: undated, fewer than two parties) shows
 * {@code fragment} in the date column, so that it is not read as an event of weight.
 */
public final class TimelineFormat {
  /** Width of the date column: room for "until 24 May, year unknown". */
  static final int DATE_WIDTH = 28;
  /** Width of the type/mode column: room for "INVESTIGATE/investigate". */
  static final int KIND_WIDTH = 24;

  private TimelineFormat() {}

  /** The timeline line of one event, without a line break. */
  public static String line(Event e) {
    String kind = e.type().name() + (e.mode() == null || e.mode().isBlank() ? "" : "/" + e.mode());
    int n = e.independentSources();
    int c = e.claims().size();
    String when = EventWeight.isFragment(e) ? "fragment" : DateLabels.of(e.date());
    return pad(when, DATE_WIDTH) + pad(kind, KIND_WIDTH) + pad(e.status().wireName(), 11)
        + e.title() + " (" + n + (n == 1 ? " source, " : " sources, ") + c
        + (c == 1 ? " claim) " : " claims) ") + e.id();
  }

  private static String pad(String s, int width) {
    StringBuilder sb = new StringBuilder(s);
    do {
      sb.append(' ');
    } while (sb.length() < width);
    return sb.toString();
  }
}
