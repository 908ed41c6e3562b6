package org.storyline.app.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.core.event.Event;
import org.storyline.fuse.brief.TimelineFormat;

/**
 * Matches the events of a timeline to an expected timeline and counts the outcome.
 *
 * <p>A timeline event matches an expected event when one of the expected PLOVER types is its
 * type, its date may be the expected one ({@link ExpectedEvent#dateFits}) and two of its actors
 * and place (all, if it names fewer) are among the expected actors ({@link ExpectedEvent#actorsFit}). Each timeline event goes to its best match:
 * most shared actors, then (for an event with one open date bound) an expected date holding
 * its known bound, then the narrowest expected date, then a must-have before an optional one. An undated timeline event matching nothing, whose type and actors fit a dated expected
 * event, is counted as an undated piece of it: the right
 * event, not placed in time. Every other timeline event is an extra event of weight.
 */
final class TimelineScore {
  final Map<ExpectedEvent, List<Event>> matches = new LinkedHashMap<>();
  final Map<ExpectedEvent, List<Event>> undatedPieces = new LinkedHashMap<>();
  final List<Event> extras = new ArrayList<>();

  private TimelineScore() {}

  /** Scores the timeline (the events a user is shown) against the expected events. */
  static TimelineScore of(List<ExpectedEvent> expected, List<Event> timeline) {
    TimelineScore s = new TimelineScore();
    expected.forEach(x -> {
      s.matches.put(x, new ArrayList<>());
      s.undatedPieces.put(x, new ArrayList<>());
    });
    for (Event e : timeline) {
      ExpectedEvent best = expected.stream()
          .filter(x -> x.types().contains(e.type()) && x.dateFits(e) && x.actorsFit(e))
          .min(Comparator.comparingInt((ExpectedEvent x) -> -x.sharedActors(e))
              .thenComparingInt(x -> x.missesOpenBound(e))
              .thenComparingLong(ExpectedEvent::span)
              .thenComparing(ExpectedEvent::optional))
          .orElse(null);
      if (best != null) {
        s.matches.get(best).add(e);
        continue;
      }
      ExpectedEvent piece = e.date().isPlaced() ? null : expected.stream()
          .filter(x -> !x.undatedOk() && x.types().contains(e.type())
              && x.actorsFit(e))
          .min(Comparator.comparingInt((ExpectedEvent x) -> -x.sharedActors(e)).thenComparingLong(ExpectedEvent::span))
          .orElse(null);
      if (piece != null) {
        s.undatedPieces.get(piece).add(e);
      } else {
        s.extras.add(e);
      }
    }
    return s;
  }

  /** Expected events found as exactly one timeline event. */
  List<ExpectedEvent> foundOnce() {
    return matches.entrySet().stream().filter(m -> m.getValue().size() == 1).map(Map.Entry::getKey).toList();
  }

  /** Expected events found as two or more timeline events. */
  List<ExpectedEvent> split() {
    return matches.entrySet().stream().filter(m -> m.getValue().size() > 1).map(Map.Entry::getKey).toList();
  }

  /** Expected events that no timeline event matches (optional ones included). */
  List<ExpectedEvent> missed() {
    return matches.entrySet().stream().filter(m -> m.getValue().isEmpty()).map(Map.Entry::getKey).toList();
  }

  /** Missed expected events that are not optional. */
  List<ExpectedEvent> missedMustHaves() {
    return missed().stream().filter(x -> !x.optional()).toList();
  }

  /** Number of undated timeline events that are pieces of a dated expected event. */
  int undatedPieceCount() {
    return undatedPieces.values().stream().mapToInt(List::size).sum();
  }

  /** Expected events found once whose one event carries the expected status. */
  int statusAgrees() {
    return (int) foundOnce().stream().filter(x -> matches.get(x).get(0).status() == x.status()).count();
  }

  /** Expected events found once whose one event counts the expected number of sources. */
  int sourcesAgree() {
    return (int) foundOnce().stream()
        .filter(x -> matches.get(x).get(0).independentSources() == x.sources()).count();
  }

  /** The report: one figure line, then each expected event with its outcome, then the extras. */
  String report() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("expected %d (%d optional): found once %d, split %d, missed %d (%d must-have);"
            + " undated pieces %d; extra events of weight %d; status agrees %d/%d, sources agree %d/%d%n",
        matches.size(), matches.keySet().stream().filter(ExpectedEvent::optional).count(),
        foundOnce().size(), split().size(), missed().size(), missedMustHaves().size(), undatedPieceCount(),
        extras.size(), statusAgrees(), foundOnce().size(), sourcesAgree(), foundOnce().size()));
    for (Map.Entry<ExpectedEvent, List<Event>> m : matches.entrySet()) {
      ExpectedEvent x = m.getKey();
      List<Event> got = m.getValue();
      String outcome = got.isEmpty() ? (x.optional() ? "missed (optional)" : "MISSED") : got.size() == 1 ? "found" : "SPLIT x" + got.size();
      sb.append(String.format("  %-18s %-34s expected %s, %d source(s)%n", outcome, x.id(),
          x.status().wireName(), x.sources()));
      got.forEach(e -> sb.append("      = ").append(TimelineFormat.line(e)).append('\n'));
      undatedPieces.get(x).forEach(e -> sb.append("      ~ undated piece: ").append(TimelineFormat.line(e)).append('\n'));
    }
    sb.append("  extra events of weight:\n");
    extras.forEach(e -> sb.append("      + ").append(TimelineFormat.line(e)).append('\n'));
    return sb.toString();
  }
}
