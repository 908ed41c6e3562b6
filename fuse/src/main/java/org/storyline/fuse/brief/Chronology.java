package org.storyline.fuse.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyline.core.event.Event;
import org.storyline.core.event.EventStatus;
import org.storyline.fuse.event.EventOrder;
import org.storyline.fuse.event.EvidenceText;

/**
 * The dated, sourced chronology of a "Background" box: the events that pass a filter, in
 * chronological order, one line each: date at its precision, title, status and sources, as in
 * {@code 2023-09-13 — Kim Jong Un meets Vladimir Putin at Vostochny Cosmodrome [confirmed; 2
 * sources: Euronews, Kyiv Independent]}. Source names come from the event's evidence
 * ({@link EvidenceText}); when it names none, only the count is given. A vaguely dated event
 * whose claims could not be told apart from a more precise one of the same title is left out
 * unless the filter keeps it ({@link ChronologyFilter#keepSubsumed}). Fragments, undated events
 * naming fewer than two parties ({@link EventWeight}), come after every event of weight, or are
 * left out when the filter says so ({@link ChronologyFilter#includeFragments}).
 */
public final class Chronology {
  private final List<Event> events;

  private Chronology(List<Event> events) {
    this.events = List.copyOf(events);
  }

  /** The chronology of the events that pass the filter. */
  public static Chronology of(List<Event> events, ChronologyFilter filter) {
    List<Event> kept = new ArrayList<>();
    for (Event e : events) {
      if (filter.test(e)) {
        kept.add(e);
      }
    }
    kept.sort(Comparator.comparing(EventWeight::isFragment).thenComparing(EventOrder.CHRONOLOGICAL));
    if (!filter.keepSubsumed()) {
      Map<String, List<Event>> byTitle = new HashMap<>();
      kept.forEach(e -> byTitle.computeIfAbsent(e.type() + "|" + e.title(), k -> new ArrayList<>()).add(e));
      kept.removeIf(e -> byTitle.get(e.type() + "|" + e.title()).stream().anyMatch(f -> subsumes(e, f)));
    }
    return new Chronology(kept);
  }

  /**
   * True if {@code vague} adds nothing beside {@code precise}: same type and title, a strictly
   * longer date that contains the other's, and no denial or dispute of its own to show.
   */
  static boolean subsumes(Event vague, Event precise) {
    if (vague == precise || vague.type() != precise.type() || !vague.title().equals(precise.title())) {
      return false;
    }
    if (vague.status() == EventStatus.DENIED || vague.status() == EventStatus.DISPUTED) {
      return false;
    }
    LocalDate vs = vague.date().start();
    LocalDate ve = vague.date().end();
    LocalDate ps = precise.date().start();
    LocalDate pe = precise.date().end();
    if (vs == null || ve == null || ps == null || pe == null) {
      return false;
    }
    boolean within = !ps.isBefore(vs) && !pe.isAfter(ve);
    boolean longer = ve.toEpochDay() - vs.toEpochDay() > pe.toEpochDay() - ps.toEpochDay();
    return within && longer;
  }

  /** The events kept, in order. */
  public List<Event> events() {
    return events;
  }

  /** One plain line for an event. */
  public static String line(Event e) {
    return DateLabels.of(e.date()) + " \u2014 " + e.title() + " [" + status(e) + "]";
  }

  /** One line per event, each ending in a newline; empty for no events. */
  public String plainText() {
    StringBuilder sb = new StringBuilder();
    for (Event e : events) {
      sb.append(line(e)).append('\n');
    }
    return sb.toString();
  }

  /** A Markdown bullet list: {@code - **date** — title [status; sources]}, one per event. */
  public String markdown() {
    StringBuilder sb = new StringBuilder();
    for (Event e : events) {
      sb.append("- **").append(escape(DateLabels.of(e.date()))).append("** \u2014 ")
          .append(escape(e.title())).append(" \\[").append(escape(status(e))).append("\\]\n");
    }
    return sb.toString();
  }

  /** {@code confirmed; 2 sources: A, B} */
  static String status(Event e) {
    int n = e.independentSources();
    List<String> names = EvidenceText.sourceNames(e.evidence());
    String sources = n == 0 ? "no independent source"
        : n + (n == 1 ? " source" : " sources")
            + (names.size() == n ? ": " + String.join(", ", names) : "");
    return e.status().wireName() + "; " + sources;
  }

  /** Escapes the characters Markdown would read as formatting. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      if ("\\`*_[]<>#|".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
