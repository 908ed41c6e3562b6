package org.storyline.fuse.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Blocking index over clusters: by event type and actor key, then by calendar month of the
 * cluster's date window, so a claim is compared only with clusters of its type that share an
 * actor key and may overlap its date; every cluster is also registered under {@link #ANY} for
 * claims without actors. Open-ended clusters sit in a separate list per block.
 * Registrations are never removed: a cluster's window only narrows, so a stale entry merely
 * makes a cluster a candidate that {@link Cluster#accepts} then rejects.
 */
final class ClusterIndex {
  /** The key under which every cluster is also registered, for claims without actors. */
  static final String ANY = "*";

  private final Map<String, TreeMap<Long, List<Cluster>>> byMonth = new HashMap<>();
  private final Map<String, List<Cluster>> open = new HashMap<>();
  private final Map<String, List<Cluster>> all = new HashMap<>();
  private int lookups;

  /** Registers the cluster under the given actor keys at its current window. */
  void register(Cluster c, Collection<String> keys) {
    DateWindow w = c.window();
    List<String> blocks = new ArrayList<>(keys);
    if (c.members.size() == 1 || !keys.isEmpty() && keys == c.keys) {
      blocks.add(ANY);
    }
    for (String k : blocks) {
      String block = block(c.type.name(), k);
      all.computeIfAbsent(block, x -> new ArrayList<>()).add(c);
      if (w == null) {
        continue;
      }
      if (!w.bounded()) {
        open.computeIfAbsent(block, x -> new ArrayList<>()).add(c);
        continue;
      }
      TreeMap<Long, List<Cluster>> months = byMonth.computeIfAbsent(block, x -> new TreeMap<>());
      for (long m = month(w.start()); m <= month(w.end()); m++) {
        months.computeIfAbsent(m, x -> new ArrayList<>()).add(c);
      }
    }
  }

  /** Dated clusters of the member's type, sharing a key, whose months may overlap its window. */
  List<Cluster> datedCandidates(Member m) {
    int stamp = ++lookups;
    List<Cluster> out = new ArrayList<>();
    DateWindow w = m.window();
    int slack = Cluster.PLANNED_SLACK_DAYS;
    for (String k : m.participants().isEmpty() ? List.of(ANY) : m.keys()) {
      String block = block(m.type().name(), k);
      TreeMap<Long, List<Cluster>> months = byMonth.get(block);
      if (months != null && !months.isEmpty()) {
        NavigableMap<Long, List<Cluster>> range = months;
        if (w.start() != null) {
          range = range.tailMap(month(w.start().minusDays(slack)), true);
        }
        if (w.end() != null) {
          range = range.headMap(month(w.end().plusDays(slack)), true);
        }
        for (List<Cluster> list : range.values()) {
          collect(list, stamp, out);
        }
      }
      collect(open.getOrDefault(block, List.of()), stamp, out);
    }
    return out;
  }

  /** All clusters of the type registered under the key. */
  List<Cluster> block(Member m, String key) {
    return all.getOrDefault(block(m.type().name(), key), List.of());
  }

  private static void collect(List<Cluster> list, int stamp, List<Cluster> out) {
    for (Cluster c : list) {
      if (c.stamp != stamp) {
        c.stamp = stamp;
        out.add(c);
      }
    }
  }

  private static String block(String type, String key) {
    return type + '|' + key;
  }

  private static long month(LocalDate d) {
    return d.getYear() * 12L + d.getMonthValue() - 1;
  }
}
