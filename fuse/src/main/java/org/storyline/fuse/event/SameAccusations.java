package org.storyline.fuse.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyline.core.claim.EventType;
import org.storyline.core.claim.Stance;
import org.storyline.core.entity.EntityRef;

/**
 * Accusations of one act, told against either party: "US and South Korean officials have accused
 * Pyongyang of providing Russia with artillery" and "accusations from Western countries and South
 * Korea of receiving arms from North Korea" accuse different parties of the same transfer. A
 * sentence of an accusation carries the accused act as a claim of its own, alleged (or denied);
 * two undated accusation groups become one when an alleged act of each sits in the same fused
 * event and they share a resolved accuser. Accusations of different acts, or by accusers with no one in
 * common, stay apart; dated accusations are left to the date rules.
 */
final class SameAccusations {
  private SameAccusations() {}

  /**
   * The clusters after joining undated accusation groups of one act (the first of each joined set
   * keeps the members of the others, which are dropped); {@code homes} follows the members.
   */
  static List<Cluster> join(List<Cluster> clusters, List<Member> members, Map<String, Cluster> homes) {
    Map<String, List<Member>> bySentence = new HashMap<>();
    for (Member m : members) {
      bySentence.computeIfAbsent(sentenceKey(m), k -> new ArrayList<>()).add(m);
    }
    List<Cluster> accusations = new ArrayList<>();
    Map<Cluster, Set<Cluster>> acts = new HashMap<>();
    for (Cluster c : clusters) {
      if (c.type != EventType.DISAPPROVE || c.window() != null) {
        continue;
      }
      Set<Cluster> accused = new HashSet<>();
      for (Member m : c.members) {
        for (Member other : bySentence.getOrDefault(sentenceKey(m), List.of())) {
          Cluster home = homes.get(other.claim().id());
          if (other.type() != EventType.DISAPPROVE && home != null
              && (other.claim().stance() == Stance.ALLEGED || other.claim().stance() == Stance.DENIED)) {
            accused.add(home);
          }
        }
      }
      if (!accused.isEmpty()) {
        accusations.add(c);
        acts.put(c, accused);
      }
    }
    Map<Cluster, List<Cluster>> accusationsOfAct = new HashMap<>();
    for (Cluster c : accusations) {
      for (Cluster act : acts.get(c)) {
        accusationsOfAct.computeIfAbsent(act, k -> new ArrayList<>()).add(c);
      }
    }
    Map<Cluster, Integer> order = new HashMap<>();
    for (int i = 0; i < accusations.size(); i++) {
      order.put(accusations.get(i), i);
    }
    Set<Cluster> dropped = new HashSet<>();
    for (int i = 0; i < accusations.size(); i++) {
      Cluster keep = accusations.get(i);
      if (dropped.contains(keep)) {
        continue;
      }
      java.util.TreeSet<Cluster> later = new java.util.TreeSet<>(java.util.Comparator.comparing(order::get));
      for (Cluster act : acts.get(keep)) {
        for (Cluster c : accusationsOfAct.get(act)) {
          if (order.get(c) > i) {
            later.add(c);
          }
        }
      }
      for (Cluster other : later) {
        if (dropped.contains(other) || !other.modeFamilies.stream().allMatch(keep::modeFits) || !shareAccuser(keep, other)) {
          continue;
        }
        for (Member m : other.members) {
          keep.add(m);
          homes.put(m.claim().id(), keep);
        }
        acts.get(keep).addAll(acts.get(other));
        dropped.add(other);
      }
    }
    if (dropped.isEmpty()) {
      return clusters;
    }
    List<Cluster> out = new ArrayList<>(clusters.size() - dropped.size());
    for (Cluster c : clusters) {
      if (!dropped.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }

  /** True if a resolved source of one group is a source of the other. */
  private static boolean shareAccuser(Cluster a, Cluster b) {
    for (EntityRef x : a.sources) {
      if (x.entity() == null || x.entity().isBlank()) {
        continue;
      }
      for (EntityRef y : b.sources) {
        if (ActorKeys.same(x, y)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String sentenceKey(Member m) {
    return m.claim().document() + "@" + m.claim().start();
  }
}
