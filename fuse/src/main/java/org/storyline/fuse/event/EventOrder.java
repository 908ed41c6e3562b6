package org.storyline.fuse.event;

import java.util.Comparator;
import org.storyline.core.event.Event;

/**
 * The order of events in timelines: placed events by date start (an open start by its end), then
 * date end; then events whose year is unknown but whose month (and day) is, by month and day
 * ({@link YearOpenDate}: "20 May, year unknown" may be any year, so it never sits among dated
 * events); then undated events; ties by id.
 */
public final class EventOrder {
  /** Chronological order; an open start sorts by its end; year-open, then undated events come last. */
  public static final Comparator<Event> CHRONOLOGICAL = Comparator
      .comparingInt(EventOrder::tier)
      .thenComparing((Event e) -> e.date().start() != null ? e.date().start() : e.date().end(),
          Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(e -> e.date().end(), Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparingInt(e -> YearOpenDate.of(e.date()).map(YearOpenDate::order).orElse(0))
      .thenComparing(Event::id);

  private EventOrder() {}

  /** 0 placed, 1 year-open (month known), 2 undated. */
  private static int tier(Event e) {
    if (e.date().isPlaced()) {
      return 0;
    }
    return YearOpenDate.of(e.date()).isPresent() ? 1 : 2;
  }
}
