package org.storyline.fuse.trail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.storyline.core.claim.Claim;
import org.storyline.core.claim.Quantity;
import org.storyline.core.document.Article;
import org.storyline.core.entity.EntityRef;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;
import org.storyline.fuse.event.ActorKeys;

/**
 * Builds number trails: for each counted item group ({@link CountedItems}) between the same
 * actors (first source actor to first target actor, compared by normalised canonical name), the
 * quantity claims in the order they were made ({@link StatementDates}), then by claim id.
 *
 * <p>Only counts are followed (quantities without a unit of measure, with an item). Roles are
 * taken as the extractor gives them: for transfers the source is the giver, also for "buy from"
 * sentences, whose seller the extractor makes the source. A claim that names actors without
 * roles (a bare quantity sentence) joins the one directed trail of its item whose two sides it
 * names, else the trail of its item without sides; a trail that knows one side only is folded
 * into the one trail of its item that names both sides and agrees on that one. Claims of a document that duplicates
 * another input document are left out, so a copy adds no point.
 * Trails are sorted by item, then from, then to.
 */
public final class NumberTrails {
  private record Key(String item, String from, String to) {}

  /** A point whose claim names actors without roles, placed once all directed trails are known. */
  private record Pending(String item, List<String> names, TrailPoint point) {}

  /** The trails of all counted items in the claims, sorted by item, from and to. */
  public List<Trail> build(List<Article> articles, List<Claim> claims) {
    if (articles == null || claims == null) {
      throw new StorylineException(ErrorCode.INVALID_ARGUMENT, "trails need articles and claims, got null");
    }
    Map<String, Article> byId = new HashMap<>();
    for (Article a : articles) {
      byId.putIfAbsent(a.id(), a);
    }
    Map<Key, List<TrailPoint>> points = new TreeMap<>(Comparator.comparing(Key::item)
        .thenComparing(Key::from, Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(Key::to, Comparator.nullsFirst(Comparator.naturalOrder())));
    Map<String, Map<String, Integer>> displayNames = new HashMap<>();
    List<Pending> undirected = new ArrayList<>();
    Map<String, String> reportedBy = firstClaimOfEachNumber(claims);
    for (Claim c : claims) {
      Article a = byId.get(c.document());
      if (a != null && a.duplicateOf() != null && byId.containsKey(a.duplicateOf())) {
        continue;
      }
      EntityRef from = first(c, "source");
      EntityRef to = first(c, "target");
      for (Quantity q : c.quantities()) {
        String item = q.unit() == null ? CountedItems.group(q.item()) : null;
        if (item == null || !c.id().equals(reportedBy.get(numberKey(c, q)))) {
          continue;
        }
        TrailPoint point = new TrailPoint(c.id(), c.document(), StatementDates.of(c, a), claimant(c, a),
            q.value(), q.low(), q.high(), q.bound(), q.text());
        if (from == null && to == null && !unroled(c).isEmpty()) {
          undirected.add(new Pending(item, unroled(c), point));
          continue;
        }
        Key key = new Key(item, nameKey(from, displayNames), nameKey(to, displayNames));
        points.computeIfAbsent(key, k -> new ArrayList<>()).add(point);
      }
    }
    for (Pending p : undirected) {
      Key home = null;
      int fits = 0;
      for (Key k : points.keySet()) {
        if (k.item().equals(p.item()) && k.from() != null && k.to() != null
            && p.names().contains(k.from()) && p.names().contains(k.to())) {
          home = k;
          fits++;
        }
      }
      Key key = fits == 1 ? home : new Key(p.item(), null, null);
      points.computeIfAbsent(key, k -> new ArrayList<>()).add(p.point());
    }
    foldHalfKnown(points);
    List<Trail> trails = new ArrayList<>();
    for (Map.Entry<Key, List<TrailPoint>> e : points.entrySet()) {
      List<TrailPoint> series = new ArrayList<>(e.getValue());
      series.sort(POINT_ORDER);
      trails.add(new Trail(e.getKey().item(), display(e.getKey().from(), displayNames),
          display(e.getKey().to(), displayNames), series));
    }
    return trails;
  }

  /**
   * For each number as written in one sentence and one direction, the smallest id of the claims
   * carrying it: a sentence that reports one event on several dates gives one claim per date, all
   * with the sentence's numbers, and the number is still reported once.
   */
  private static Map<String, String> firstClaimOfEachNumber(List<Claim> claims) {
    Map<String, String> first = new HashMap<>();
    for (Claim c : claims) {
      for (Quantity q : c.quantities()) {
        first.merge(numberKey(c, q), c.id(), (x, y) -> x.compareTo(y) <= 0 ? x : y);
      }
    }
    return first;
  }

  private static String numberKey(Claim c, Quantity q) {
    EntityRef from = first(c, "source");
    EntityRef to = first(c, "target");
    return String.join("\u0000", c.document(), String.valueOf(c.start()), String.valueOf(c.end()),
        String.valueOf(c.sentence()), q.text(), String.valueOf(q.item()), from == null ? "" : from.name(),
        to == null ? "" : to.name());
  }

  static final Comparator<TrailPoint> POINT_ORDER = Comparator
      .comparing((TrailPoint p) -> p.claimDate().start() != null ? p.claimDate().start() : p.claimDate().end(),
          Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(p -> p.claimDate().end(), Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(TrailPoint::claimId)
      .thenComparingDouble(TrailPoint::value);

  /**
   * Moves the points of a trail that knows one side only (North Korea → ?, ? → Russia) into the
   * one trail of the same item that names both sides and agrees on the known one.
   */
  private static void foldHalfKnown(Map<Key, List<TrailPoint>> points) {
    List<Key> half = points.keySet().stream()
        .filter(k -> (k.from() == null) != (k.to() == null)).toList();
    for (Key h : half) {
      Key home = null;
      int fits = 0;
      for (Key k : points.keySet()) {
        if (k.item().equals(h.item()) && k.from() != null && k.to() != null
            && (h.from() == null || h.from().equals(k.from())) && (h.to() == null || h.to().equals(k.to()))) {
          home = k;
          fits++;
        }
      }
      if (fits == 1) {
        points.get(home).addAll(points.remove(h));
      }
    }
  }

  /** Normalised names of the actors that carry no role. */
  private static List<String> unroled(Claim c) {
    List<String> out = new ArrayList<>();
    for (EntityRef a : c.actors()) {
      if (a.role() == null) {
        out.add(ActorKeys.normalise(a.name()));
      }
    }
    return out;
  }

  private static EntityRef first(Claim c, String role) {
    for (EntityRef a : c.actors()) {
      if (role.equals(a.role())) {
        return a;
      }
    }
    return null;
  }

  private static String nameKey(EntityRef ref, Map<String, Map<String, Integer>> names) {
    if (ref == null) {
      return null;
    }
    String key = ActorKeys.normalise(ref.name());
    names.computeIfAbsent(key, k -> new TreeMap<>()).merge(ref.name().strip(), 1, Integer::sum);
    return key;
  }

  private static String display(String key, Map<String, Map<String, Integer>> names) {
    if (key == null) {
      return null;
    }
    Map<String, Integer> counts = names.getOrDefault(key, Map.of());
    String best = null;
    int n = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > n) {
        best = e.getKey();
        n = e.getValue();
      }
    }
    return Objects.requireNonNullElse(best, key);
  }

  private static String claimant(Claim c, Article a) {
    if (c.attribution() != null && c.attribution().speaker() != null) {
      return c.attribution().speaker().name();
    }
    if (a != null && a.outlet() != null && !a.outlet().isBlank()) {
      return a.outlet().strip();
    }
    return c.document();
  }
}
