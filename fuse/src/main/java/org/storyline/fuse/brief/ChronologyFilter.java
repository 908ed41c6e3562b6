package org.storyline.fuse.brief;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.storyline.core.claim.EventType;
import org.storyline.core.entity.EntityRef;
import org.storyline.core.event.Event;
import org.storyline.core.event.EventStatus;
import org.storyline.fuse.event.ActorKeys;
import org.storyline.fuse.event.OfficeHolders;
import org.storyline.fuse.event.YearOpenDate;

/**
 * Which events a chronology keeps. Every given condition must hold; an empty set or null date
 * sets no condition.
 *
 * @param about entity ids or names; an event is kept if any of them is one of its actors or its
 *     place (entity id equal, or normalised name equal): talks held in North Korea are about
 *     North Korea; a state also stands for the people the knowledge base ({@code holders}) gives an
 *     office of it at the event's time (Kim Jong Un for North Korea, {@link OfficeHolders})
 * @param since keep events that may have happened on or after this day (their end, or open end)
 * @param until keep events that may have happened on or before this day (their start, or open start)
 * @param types keep events of these types
 * @param statuses keep events with these statuses
 * @param includeUndated keep events whose date is not placed (never when since or until is set);
 *     events whose month (and day) is known but not their year ({@link YearOpenDate}) are kept
 *     without it, but never when since or until is set (they may lie in any year)
 * @param keepSubsumed keep a vaguely dated event even when a more precisely dated event with the
 *     same type and title lies within its date (claims that could not be told apart, "in 2023"
 *     beside "on 2023-09-12"); by default such an event is left out of the chronology
 * @param includeFragments keep fragments ({@link EventWeight#isFragment}: undated events naming
 *     fewer than two parties; kept by default, where undated events are kept at all, and then
 *     listed after every event of weight by {@link Chronology}); false leaves them out
 * @param holders who holds which office of a state, for {@code about}: those of the knowledge
 *     base the store was analysed with (null: the built-in one)
 */
public record ChronologyFilter(Set<String> about, LocalDate since, LocalDate until,
    Set<EventType> types, Set<EventStatus> statuses, boolean includeUndated, boolean keepSubsumed,
    boolean includeFragments, OfficeHolders holders) {
  public ChronologyFilter {
    holders = holders == null ? OfficeHolders.builtIn() : holders;
    about = about == null ? Set.of() : Set.copyOf(about);
    types = types == null ? Set.of() : Set.copyOf(types);
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    if (since != null && until != null && until.isBefore(since)) {
      throw new IllegalArgumentException("chronology filter: until " + until + " is before since " + since);
    }
  }

  /** Keeps every dated event (and fragments, once undated events are kept). */
  public static ChronologyFilter all() {
    return new ChronologyFilter(Set.of(), null, null, Set.of(), Set.of(), false, false, true, null);
  }

  public ChronologyFilter about(String... idsOrNames) {
    return new ChronologyFilter(new LinkedHashSet<>(Arrays.asList(idsOrNames)), since, until, types,
        statuses, includeUndated, keepSubsumed, includeFragments, holders);
  }

  public ChronologyFilter since(LocalDate day) {
    return new ChronologyFilter(about, day, until, types, statuses, includeUndated, keepSubsumed, includeFragments, holders);
  }

  public ChronologyFilter until(LocalDate day) {
    return new ChronologyFilter(about, since, day, types, statuses, includeUndated, keepSubsumed, includeFragments, holders);
  }

  public ChronologyFilter types(EventType... wanted) {
    return new ChronologyFilter(about, since, until, Set.of(wanted), statuses, includeUndated, keepSubsumed, includeFragments, holders);
  }

  public ChronologyFilter statuses(EventStatus... wanted) {
    return new ChronologyFilter(about, since, until, types, Set.of(wanted), includeUndated, keepSubsumed, includeFragments, holders);
  }

  public ChronologyFilter withUndated(boolean keep) {
    return new ChronologyFilter(about, since, until, types, statuses, keep, keepSubsumed, includeFragments, holders);
  }

  public ChronologyFilter withSubsumed(boolean keep) {
    return new ChronologyFilter(about, since, until, types, statuses, includeUndated, keep, includeFragments, holders);
  }

  /** Keeps (true, the default) or leaves out (false) fragments ({@link EventWeight#isFragment}). */
  public ChronologyFilter withFragments(boolean keep) {
    return new ChronologyFilter(about, since, until, types, statuses, includeUndated, keepSubsumed, keep, holders);
  }

  /** Reads office holders from this knowledge base's {@link OfficeHolders} instead of the built-in one. */
  public ChronologyFilter withOfficeHolders(OfficeHolders from) {
    return new ChronologyFilter(about, since, until, types, statuses, includeUndated, keepSubsumed, includeFragments, from);
  }

  /** True if the event passes every condition. */
  public boolean test(Event e) {
    if (!includeFragments && EventWeight.isFragment(e)) {
      return false;
    }
    if (!types.isEmpty() && !types.contains(e.type())) {
      return false;
    }
    if (!statuses.isEmpty() && !statuses.contains(e.status())) {
      return false;
    }
    if (!about.isEmpty() && e.actors().stream().noneMatch(a -> isAbout(a) || actsForWanted(a, e))
        && (e.place() == null || !isAbout(e.place()))) {
      return false;
    }
    if (!e.date().isPlaced()) {
      boolean yearOpen = YearOpenDate.of(e.date()).isPresent();
      return (includeUndated || yearOpen) && since == null && until == null;
    }
    if (since != null && e.date().end() != null && e.date().end().isBefore(since)) {
      return false;
    }
    return until == null || e.date().start() == null || !e.date().start().isAfter(until);
  }

  /** True if the actor held an office of a wanted state at the event's time ({@link OfficeHolders}). */
  private boolean actsForWanted(EntityRef actor, Event e) {
    for (String wanted : about) {
      if (holders.actsFor(actor, wanted, e.date())) {
        return true;
      }
    }
    return false;
  }

  private boolean isAbout(EntityRef actor) {
    for (String wanted : about) {
      if (wanted.equals(actor.entity())) {
        return true;
      }
      String n = ActorKeys.normalise(wanted);
      if (!n.isEmpty() && n.equals(ActorKeys.normalise(actor.name()))) {
        return true;
      }
    }
    return false;
  }
}
