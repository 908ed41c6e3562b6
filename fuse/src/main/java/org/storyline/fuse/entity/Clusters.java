package org.storyline.fuse.entity;

import java.util.EnumSet;
import java.util.List;
import org.storyline.core.entity.EntityType;

/**
 * Union-find over the mentions of a run that keeps, per cluster, its knowledge-base entry and
 * the types of its mentions, and refuses a union that would join two different entries or
 * incompatible types.
 */
final class Clusters {
  private final int[] parent;
  private final KbEntry[] anchor;
  private final EnumSet<EntityType>[] types;

  @SuppressWarnings("unchecked")
  Clusters(List<MentionNode> nodes) {
    int n = nodes.size();
    parent = new int[n];
    anchor = new KbEntry[n];
    types = new EnumSet[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      types[i] = EnumSet.of(nodes.get(i).mention().type());
    }
  }

  int find(int i) {
    int r = i;
    while (parent[r] != r) {
      r = parent[r];
    }
    while (parent[i] != r) {
      int next = parent[i];
      parent[i] = r;
      i = next;
    }
    return r;
  }

  /** The knowledge-base entry of the node's cluster, or null. */
  KbEntry anchorOf(int i) {
    return anchor[find(i)];
  }

  /** Ties the node's cluster to an entry; false if it already has another one or types do not fit. */
  boolean anchor(int i, KbEntry entry) {
    int r = find(i);
    if (anchor[r] != null) {
      return anchor[r].id().equals(entry.id());
    }
    anchor[r] = entry;
    return true;
  }

  /** True if the two nodes' clusters could be joined. */
  boolean canJoin(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) {
      return true;
    }
    KbEntry ea = anchor[ra];
    KbEntry eb = anchor[rb];
    if (ea != null && eb != null) {
      return ea.id().equals(eb.id());
    }
    if (ea != null || eb != null) {
      KbEntry e = ea != null ? ea : eb;
      EnumSet<EntityType> other = ea != null ? types[rb] : types[ra];
      return other.stream().allMatch(t -> TypeCompatibility.mayName(t, e.type()) || t == e.type()
          || (e.standsFor() != null && (t == EntityType.STATE || t == EntityType.ORGANIZATION)));
    }
    for (EntityType x : types[ra]) {
      for (EntityType y : types[rb]) {
        if (!TypeCompatibility.compatible(x, y)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Joins two clusters whatever their types (the recogniser typed one name two ways), unless
   * they hold two different entries or one holds an entry the other's types cannot name.
   */
  boolean unionAnyType(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (anchor[ra] != null || anchor[rb] != null) {
      return union(a, b);
    }
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
      types[Math.min(ra, rb)].addAll(types[Math.max(ra, rb)]);
    }
    return true;
  }

  /** Joins the two nodes' clusters; false (and nothing changes) if they cannot be joined. */
  boolean union(int a, int b) {
    if (!canJoin(a, b)) {
      return false;
    }
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) {
      return true;
    }
    if (ra > rb) {
      int t = ra;
      ra = rb;
      rb = t;
    }
    parent[rb] = ra;
    if (anchor[ra] == null) {
      anchor[ra] = anchor[rb];
    }
    types[ra].addAll(types[rb]);
    return true;
  }
}
