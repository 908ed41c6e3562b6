package org.storyline.fuse.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.storyline.core.claim.EventType;
import org.storyline.core.entity.EntityRef;

/**
 * A growing group of claims taken to report one event. It keeps what a new claim must be
 * compatible with: the type, the participants, the places, the mode families and the date
 * window, which is the intersection of the members' windows. Planned claims narrow the window
 * only while no claim says the event happened, since plans are often announced with an
 * approximate or later-moved date.
 */
final class Cluster {
  /** Days by which a planned claim's date may miss the date the event happened. */
  static final int PLANNED_SLACK_DAYS = 1;

  final int seq;
  final EventType type;
  final List<Member> members = new ArrayList<>();
  final List<EntityRef> participants = new ArrayList<>();
  /** Participants some member names in role source, and in role target. */
  final List<EntityRef> sources = new ArrayList<>();
  final List<EntityRef> targets = new ArrayList<>();
  final Set<String> keys = new HashSet<>();
  final List<EntityRef> places = new ArrayList<>();
  final Set<String> modeFamilies = new HashSet<>();
  private DateWindow happenedWindow;
  private DateWindow plannedWindow;
  int finestRank = DateWindow.UNPLACED;
  int stamp = -1;

  Cluster(int seq, EventType type) {
    this.seq = seq;
    this.type = type;
  }

  /** The window the event's date lies in, or null if no member is dated. */
  DateWindow window() {
    return happenedWindow != null ? happenedWindow : plannedWindow;
  }

  boolean onlyPlanned() {
    return happenedWindow == null;
  }

  /** Number of the member's participants that match one of this cluster's. */
  int shared(Member m) {
    int n = 0;
    for (EntityRef a : m.participants()) {
      for (EntityRef b : participants) {
        if (ActorKeys.same(a, b)) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  /** True if every participant of the member is one of this cluster's (and it has one). */
  boolean coversAll(Member m) {
    return !m.participants().isEmpty() && shared(m) == m.participants().size();
  }

  /**
   * True if the member may report the same event: type, mode, date, place and a shared actor
   * (a member without actors needs none).
   */
  boolean accepts(Member m) {
    if (m.type() != type || !modeFits(m.modeFamily())
        || shared(m) == 0 && !m.participants().isEmpty() || reversed(m)) {
      return false;
    }
    if (!placeFits(m)) {
      return false;
    }
    DateWindow w = window();
    if (w == null || m.window() == null) {
      return true;
    }
    if (!sameOccurrence(m)) {
      return false;
    }
    int slack = m.planned() || onlyPlanned() ? PLANNED_SLACK_DAYS : 0;
    return m.window().overlaps(w, slack);
  }

  /**
   * False when a dated plan meets an ongoing activity: a planned claim with a date and a
   * happened side whose window has an open end ("has supplied since last year"), either way
   * round. A plan is of one occurrence ("seeks more ammunition in March"); an open-ended report
   * is of a continuing activity, so neither makes the other happen. Also false when a report up
   * to a day (a window with an open start: "by March 14 Russia had launched about 50 missiles",
   * "had started deliveries, CBS reported on Oct. 5") meets an activity going on since a day (an
   * open end: "since last year North Korea has supplied ..."), either way round: a tally or a
   * beginning told up to a day is not the open-ended activity, though their windows overlap.
   * Nor are two reports up to different days ("had started deliveries", reported on 5 October
   * 2023; "had transferred more than 5 million shells", revealed in July 2024): each tells what
   * had happened by its own day, and their overlap would date the later one by the earlier.
   */
  boolean sameOccurrence(Member m) {
    if (m.planned() && happenedWindow != null) {
      return happenedWindow.bounded();
    }
    if (!m.planned() && onlyPlanned() && plannedWindow != null) {
      return m.window().bounded();
    }
    DateWindow w = window();
    if (w != null && m.window() != null) {
      boolean tallyAgainstActivity = upTo(m.window()) && since(w) || since(m.window()) && upTo(w);
      boolean twoTallies = upTo(m.window()) && upTo(w) && !m.window().end().equals(w.end());
      return !tallyAgainstActivity && !twoTallies;
    }
    return true;
  }

  /** A window with an open start and a known end ("by March 14"). */
  private static boolean upTo(DateWindow w) {
    return w.start() == null && w.end() != null;
  }

  /** A window with a known start and an open end ("since 2023"). */
  private static boolean since(DateWindow w) {
    return w.start() != null && w.end() == null;
  }

  /**
   * True if the member tells a directed event the other way round: for a type whose direction
   * matters ({@link Directions#directed}), one of its sources is only ever a target here, or one
   * of its targets only ever a source ("Russia supplies Iran" beside "Iran supplies Russia";
   * "North Korea procures weapons" beside "North Korea supplies weapons to Russia").
   */
  boolean reversed(Member m) {
    if (!Directions.directed(type)) {
      return false;
    }
    for (EntityRef a : m.participants()) {
      if (Directions.isSource(a) && contains(targets, a) && !contains(sources, a)
          || Directions.isTarget(a) && contains(sources, a) && !contains(targets, a)) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(List<EntityRef> refs, EntityRef a) {
    for (EntityRef b : refs) {
      if (ActorKeys.same(a, b)) {
        return true;
      }
    }
    return false;
  }

  boolean modeFits(String family) {
    return family == null || modeFamilies.isEmpty() || modeFamilies.contains(family);
  }

  /**
   * A place fits if either side has none, the places match, or one side's place is one of the
   * other side's participants (a visit "to North Korea" and one "in North Korea").
   */
  boolean placeFits(Member m) {
    EntityRef p = m.claim().place();
    if (p == null || places.isEmpty()) {
      return true;
    }
    for (EntityRef q : places) {
      boolean fits = ActorKeys.same(p, q)
          || participants.stream().anyMatch(a -> ActorKeys.same(a, p))
          || m.participants().stream().anyMatch(a -> ActorKeys.same(a, q));
      if (!fits) {
        return false;
      }
    }
    return true;
  }

  /** Adds the member; returns the blocking keys this cluster did not have before. */
  List<String> add(Member m) {
    members.add(m);
    List<String> fresh = new ArrayList<>();
    for (EntityRef a : m.participants()) {
      if (participants.stream().noneMatch(b -> ActorKeys.same(a, b))) {
        participants.add(a);
      }
      if (Directions.isSource(a) && !contains(sources, a)) {
        sources.add(a);
      } else if (Directions.isTarget(a) && !contains(targets, a)) {
        targets.add(a);
      }
    }
    for (String k : m.keys()) {
      if (keys.add(k)) {
        fresh.add(k);
      }
    }
    EntityRef p = m.claim().place();
    if (p != null && places.stream().noneMatch(q -> ActorKeys.same(p, q))) {
      places.add(p);
    }
    if (m.modeFamily() != null) {
      modeFamilies.add(m.modeFamily());
    }
    if (m.window() != null) {
      if (m.planned()) {
        plannedWindow = narrow(plannedWindow, m.window());
      } else {
        happenedWindow = narrow(happenedWindow, m.window());
      }
    }
    finestRank = Math.min(finestRank, m.rank());
    return fresh;
  }

  /** The smallest claim id of the members. */
  String firstClaimId() {
    String first = null;
    for (Member m : members) {
      if (first == null || m.claim().id().compareTo(first) < 0) {
        first = m.claim().id();
      }
    }
    return first;
  }

  private static DateWindow narrow(DateWindow current, DateWindow next) {
    if (current == null) {
      return next;
    }
    DateWindow both = current.intersect(next);
    return both == null ? current : both;
  }
}
