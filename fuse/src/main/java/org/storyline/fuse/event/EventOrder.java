package org.storyline.fuse.event;

import java.util.Comparator;
import org.storyline.core.event.Event;

/** The order of events in timelines: by date start (undated last), then date end, then id. */
public final class EventOrder {
  /** Chronological order; an open start sorts by its end; undated events come last. */
  public static final Comparator<Event> CHRONOLOGICAL = Comparator
      .comparing((Event e) -> e.date().start() != null ? e.date().start() : e.date().end(),
          Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(e -> e.date().end(), Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Event::id);

  private EventOrder() {}
}
