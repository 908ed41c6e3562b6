package org.storyline.app.timeline;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.storyline.core.claim.EventType;
import org.storyline.core.entity.EntityRef;
import org.storyline.core.event.Event;
import org.storyline.core.event.EventStatus;
import org.storyline.fuse.event.ActorKeys;
import org.storyline.fuse.event.YearOpenDate;

/**
 * One event of the expected timeline, as an analyst records it.
 *
 * @param id short stable name
 * @param title the analyst's wording
 * @param from first possible day, or null when the seeds give no year or no date
 * @param to last possible day, or null likewise
 * @param dayFrom first possible month-day when the seeds give a day but no year, else null
 * @param dayTo last possible month-day likewise, else null
 * @param precision the precision in words (day, month, year, range, year unknown, unknown)
 * @param types acceptable PLOVER types, preferred first, at least one
 * @param actors normalised names ({@link ActorKeys#normalise}) of parties and places, at least one
 * @param status the status the seeds support
 * @param sources the number of independent sources the seeds hold for it
 * @param optional an analyst may leave it out of a short timeline
 * @param undatedOk the seeds place it nowhere, so an undated timeline event may match it
 * @param doers normalised names of the parties that act in a directed event (who gives, who
 *     strikes), empty when the direction does not matter; an event whose resolved source actors
 *     are all outside them is another event ("Russia supplies North Korea" is not "North Korea
 *     supplies Russia")
 */
record ExpectedEvent(String id, String title, LocalDate from, LocalDate to, MonthDay dayFrom,
    MonthDay dayTo, String precision, Set<EventType> types, List<String> actors, EventStatus status,
    int sources, boolean optional, boolean undatedOk, List<String> doers) {
  ExpectedEvent {
    if (id == null || id.isBlank() || title == null || title.isBlank()) {
      throw new IllegalArgumentException("expected event needs an id and a title");
    }
    if (types == null || types.isEmpty() || actors == null || actors.isEmpty()) {
      throw new IllegalArgumentException("expected event " + id + " needs types and actors");
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("expected event " + id + " ends before it starts");
    }
    if ((dayFrom == null) != (dayTo == null)) {
      throw new IllegalArgumentException("expected event " + id + ": month-day window half open");
    }
    if (sources < 0) {
      throw new IllegalArgumentException("expected event " + id + ": negative source count");
    }
    types = Set.copyOf(types);
    actors = List.copyOf(actors);
    doers = doers == null ? List.of() : List.copyOf(doers);
  }

  /**
   * Parses the fixture's date form into {from, to} days: YYYY, YYYY-MM, YYYY-MM-DD, or A/B of
   * those; returns null for null or a yearless (XXXX-) form.
   */
  static LocalDate[] window(String date) {
    if (date == null || date.startsWith("XXXX")) {
      return null;
    }
    String[] parts = date.split("/", -1);
    if (parts.length > 2) {
      throw new IllegalArgumentException("bad date " + date);
    }
    return new LocalDate[] {first(parts[0]), last(parts[parts.length - 1])};
  }

  /** Parses XXXX-MM-DD or XXXX-MM-DD/XXXX-MM-DD into {from, to} month-days; null otherwise. */
  static MonthDay[] yearless(String date) {
    if (date == null || !date.startsWith("XXXX")) {
      return null;
    }
    String[] parts = date.split("/", -1);
    return new MonthDay[] {MonthDay.parse("--" + parts[0].substring(5)),
        MonthDay.parse("--" + parts[parts.length - 1].substring(5))};
  }

  private static LocalDate first(String s) {
    return switch (s.length()) {
      case 4 -> LocalDate.of(Integer.parseInt(s), 1, 1);
      case 7 -> YearMonth.parse(s).atDay(1);
      default -> LocalDate.parse(s);
    };
  }

  private static LocalDate last(String s) {
    return switch (s.length()) {
      case 4 -> LocalDate.of(Integer.parseInt(s), 12, 31);
      case 7 -> YearMonth.parse(s).atEndOfMonth();
      default -> LocalDate.parse(s);
    };
  }

  /**
   * True if the event's date may be this event's: overlap, or undated where that is honest. An
   * event whose year is unknown but whose month (and day) is ({@link YearOpenDate}) fits when
   * that month-day lies in this event's month-day window, or on a day of its dated window in
   * some year, or when this event is undated and may be shown so.
   */
  boolean dateFits(Event e) {
    if (!e.date().isPlaced()) {
      return YearOpenDate.of(e.date()).map(this::yearOpenFits).orElse(undatedOk);
    }
    LocalDate s = e.date().start() == null ? LocalDate.of(1900, 1, 1) : e.date().start();
    LocalDate t = e.date().end() == null ? LocalDate.of(2100, 12, 31) : e.date().end();
    if (dayFrom != null) {
      for (int y = s.getYear(); y <= t.getYear() && y <= s.getYear() + 3; y++) {
        LocalDate a = dayFrom.atYear(y);
        LocalDate b = dayTo.atYear(y);
        if (!b.isBefore(s) && !t.isBefore(a)) {
          return true;
        }
      }
      return false;
    }
    if (from == null) {
      return true;
    }
    return !to.isBefore(s) && !t.isBefore(from);
  }

  private boolean yearOpenFits(YearOpenDate y) {
    MonthDay first = MonthDay.of(y.month(), y.day() == 0 ? 1 : y.day());
    MonthDay last = MonthDay.of(y.month(), y.day() == 0 ? y.month().maxLength() : y.day());
    if (dayFrom != null) {
      return !last.isBefore(dayFrom) && !dayTo.isBefore(first);
    }
    if (from == null) {
      return undatedOk;
    }
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      LocalDate a = first.atYear(year);
      LocalDate b = last.atYear(year);
      if (!b.isBefore(from) && !to.isBefore(a)) {
        return true;
      }
    }
    return false;
  }

  /** Number of the event's actors and place whose normalised name is one of this event's. */
  int sharedActors(Event e) {
    int n = 0;
    for (EntityRef a : e.actors()) {
      if (actors.contains(ActorKeys.normalise(a.name()))) {
        n++;
      }
    }
    if (e.place() != null && e.actors().stream().noneMatch(a -> ActorKeys.same(a, e.place()))
        && actors.contains(ActorKeys.normalise(e.place().name()))) {
      n++;
    }
    return n;
  }

  /**
   * True if the event names enough of this event's parties: two, or all of its own when it names
   * fewer (one shared country among many is no match), and, for a directed event, a resolved
   * doer among its doers when it names one. Only resolved actors count as parties
   * when the event has any ("the reclusive regime" left unresolved cannot be judged).
   */
  boolean actorsFit(Event e) {
    List<String> sources = e.actors().stream().filter(a -> a.entity() != null && "source".equals(a.role()))
        .map(a -> ActorKeys.normalise(a.name())).toList();
    if (!doers.isEmpty() && !sources.isEmpty() && sources.stream().noneMatch(doers::contains)) {
      return false;
    }
    List<EntityRef> resolved = e.actors().stream().filter(a -> a.entity() != null).toList();
    long parties = (resolved.isEmpty() ? e.actors() : resolved).stream().map(a -> ActorKeys.normalise(a.name()))
        .distinct().count()
        + (e.place() != null && e.actors().stream().noneMatch(a -> ActorKeys.same(a, e.place())) ? 1 : 0);
    int shared = sharedActors(e);
    return shared > 0 && shared >= Math.min(2, parties);
  }

  /**
   * For an event dated with one open end ("until 14 March 2024", "since 2023"): 0 if this
   * event's window holds its known bound, else 1; 0 for every other event. A tally "by 14 March"
   * is the expected count up to that day, not the strike of 30 December it overlaps.
   */
  int missesOpenBound(Event e) {
    LocalDate s = e.date().start();
    LocalDate t = e.date().end();
    if (!e.date().isPlaced() || s != null && t != null || from == null) {
      return 0;
    }
    LocalDate bound = s != null ? s : t;
    return bound.isBefore(from) || bound.isAfter(to) ? 1 : 0;
  }

  /** Days of the date window, or a large number when it is yearless or unknown. */
  long span() {
    if (from != null) {
      return to.toEpochDay() - from.toEpochDay() + 1;
    }
    return dayFrom != null ? 10_000 : 100_000;
  }
}
