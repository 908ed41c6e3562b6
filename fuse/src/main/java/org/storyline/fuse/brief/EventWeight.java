package org.storyline.fuse.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.storyline.core.entity.EntityRef;
import org.storyline.core.event.Event;
import org.storyline.fuse.event.YearOpenDate;
import org.storyline.fuse.event.ActorKeys;
import org.storyline.fuse.event.Directions;

/**
 * Tells events of weight from fragments. A fragment is an event that carries too little to say
 * which happening it is: its date is not placed and it names fewer than two distinct parties
 * among its source and target actors and its place ("Visit to Pyongyang", "Aid to Russia",
 * "Vladimir Putin makes a visit"). Only references resolved to an entity are parties: a
 * description the entity stage could not tie to anyone ("the mercenaries", "the two
 * countries", "civilian infrastructure") says nothing about which happening it is, so "The
 * mercenaries fight near Bakhmut", undated, is a fragment. An undated event of a directed type
 * ({@link Directions#directed}: a transfer, an attack, a sanction ...) also needs a resolved
 * doer: "The international community sanctions Russia and North Korea" names who is sanctioned,
 * not who acts. Such events usually come from a passing mention whose
 * actors or date the extractor could not recover. They stay in the store and in
 * {@code events.jsonl}; timelines and briefs leave them out unless asked
 * ({@link ChronologyFilter#withFragments}). A dated event is never a fragment, nor is an
 * undated one that names two parties ("North Korea denies arms transfers to the United States").
 */
public final class EventWeight {
  private EventWeight() {}

  /**
   * True if the event is undated and names fewer than two distinct resolved parties (actors or
   * place), or, for a directed type, no resolved doer. An event whose year is unknown but whose
   * month and day are ({@link YearOpenDate}: "on May 20" in an article without a year) is a
   * fragment only when it names no resolved party: the day says which happening it is.
   */
  public static boolean isFragment(Event e) {
    if (e.date().isPlaced()) {
      return false;
    }
    if (YearOpenDate.of(e.date()).filter(y -> y.day() > 0).isPresent()) {
      return parties(e).isEmpty();
    }
    return parties(e).size() < 2 || Directions.directed(e.type()) && e.actors().stream()
        .noneMatch(a -> Directions.isSource(a) && a.entity() != null && !a.entity().isBlank());
  }

  /** True if the event is not a fragment. */
  public static boolean hasWeight(Event e) {
    return !isFragment(e);
  }

  /**
   * The distinct source/target actors (or actors without role) and the place that are resolved
   * to an entity, by actor key.
   */
  static List<String> parties(Event e) {
    List<String> keys = new ArrayList<>();
    for (EntityRef a : e.actors()) {
      String role = a.role() == null ? "" : a.role().toLowerCase(Locale.ROOT);
      if (role.isEmpty() || role.equals("source") || role.equals("target")) {
        add(keys, a);
      }
    }
    if (e.place() != null) {
      add(keys, e.place());
    }
    return keys;
  }

  private static void add(List<String> keys, EntityRef ref) {
    if (ref.entity() == null || ref.entity().isBlank()) {
      return;
    }
    String k = ActorKeys.primary(ref);
    if (!k.equals("n:") && !keys.contains(k)) {
      keys.add(k);
    }
  }
}
