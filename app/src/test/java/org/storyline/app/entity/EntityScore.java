package org.storyline.app.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.core.document.Article;
import org.storyline.core.entity.Entity;
import org.storyline.core.entity.Mention;

/**
 * Scores resolved entities against an {@link EntityFixture}.
 *
 * <p>Each entity is assigned to the fixture row most of its mentions name (type breaks ties); a
 * row's primary entity is its assigned entity with most mentions, any other is a split.
 * Entity recall: required rows with an entity; typed recall: with one of the row's type;
 * entity precision: primary entities over all entities. Mention recall: occurrences of required
 * variants in the bodies (longest first, whole words, case-sensitive) covered by a mention of a
 * primary entity of a row that variant names; mention precision: mentions of primary entities
 * whose text is a variant of their row (a title before the name allowed) over all mentions.
 */
final class EntityScore {
  /** A fixture row with what was resolved for it. */
  record RowResult(EntityFixture.Row row, List<Entity> entities) {
    boolean found() {
      return !entities.isEmpty();
    }

    boolean split() {
      return entities.size() > 1;
    }

    boolean typed() {
      return found() && entities.get(0).type() == row.type();
    }
  }

  /** A place in a body where a required variant occurs and no right mention covers it. */
  record Miss(String document, int start, int end, String text, String row) {}

  final List<RowResult> rows = new ArrayList<>();
  final List<Entity> spurious = new ArrayList<>();
  final List<Mention> wrongMentions = new ArrayList<>();
  final List<Miss> missedMentions = new ArrayList<>();
  int requiredRows;
  int foundRows;
  int typedRows;
  int entities;
  int primaryEntities;
  int mentions;
  int rightMentions;
  int goldMentions;
  int recalledMentions;

  private EntityScore() {}

  static EntityScore of(EntityFixture fixture, List<Article> articles, List<Entity> resolved) {
    EntityScore s = new EntityScore();
    Map<EntityFixture.Row, List<Entity>> byRow = new IdentityHashMap<>();
    for (Entity e : resolved) {
      EntityFixture.Row r = assign(fixture, e);
      if (r == null) {
        s.spurious.add(e);
      } else {
        byRow.computeIfAbsent(r, k -> new ArrayList<>()).add(e);
      }
    }
    Map<Entity, EntityFixture.Row> primary = new IdentityHashMap<>();
    for (EntityFixture.Row r : fixture.rows()) {
      List<Entity> es = new ArrayList<>(byRow.getOrDefault(r, List.of()));
      es.sort(Comparator.comparingInt((Entity e) -> e.mentions().size()).reversed()
          .thenComparing(e -> e.type() == r.type() ? 0 : 1));
      RowResult rr = new RowResult(r, es);
      s.rows.add(rr);
      if (!es.isEmpty()) {
        primary.put(es.get(0), r);
      }
      if (!r.optional()) {
        s.requiredRows++;
        s.foundRows += rr.found() ? 1 : 0;
        s.typedRows += rr.typed() ? 1 : 0;
      }
    }
    s.entities = resolved.size();
    s.primaryEntities = primary.size();
    Map<String, List<Mention>> byDocument = new HashMap<>();
    Map<Mention, Entity> owner = new IdentityHashMap<>();
    for (Entity e : resolved) {
      for (Mention m : e.mentions()) {
        s.mentions++;
        owner.put(m, e);
        byDocument.computeIfAbsent(m.document(), k -> new ArrayList<>()).add(m);
        EntityFixture.Row r = primary.get(e);
        if (r != null && r.namesWithTitle(m.text())) {
          s.rightMentions++;
        } else {
          s.wrongMentions.add(m);
        }
      }
    }
    for (Article a : articles) {
      s.gold(fixture, a, byDocument.getOrDefault(a.id(), List.of()), owner, primary);
    }
    return s;
  }

  /** The row most of the entity's mentions (and its name) name; null if none. */
  private static EntityFixture.Row assign(EntityFixture fixture, Entity e) {
    EntityFixture.Row best = null;
    double bestScore = 0;
    for (EntityFixture.Row r : fixture.rows()) {
      double score = r.names(e.name()) ? 1 : 0;
      for (Mention m : e.mentions()) {
        score += r.namesWithTitle(m.text()) ? 1 : 0;
      }
      if (score == 0) {
        continue;
      }
      score += r.type() == e.type() ? 0.5 : 0;
      if (score > bestScore) {
        best = r;
        bestScore = score;
      }
    }
    return best;
  }

  private void gold(EntityFixture fixture, Article a, List<Mention> found, Map<Mention, Entity> owner,
      Map<Entity, EntityFixture.Row> primary) {
    String body = a.body().replace('\u2019', '\'');
    Map<String, Set<EntityFixture.Row>> rowsOf = new LinkedHashMap<>();
    Map<String, Boolean> required = new HashMap<>();
    for (EntityFixture.Row r : fixture.rows()) {
      for (EntityFixture.Variant v : r.variants()) {
        rowsOf.computeIfAbsent(v.text(), k -> new LinkedHashSet<>()).add(r);
        required.merge(v.text(), !v.optional() && !r.optional(), Boolean::logicalOr);
      }
    }
    List<String> variants = new ArrayList<>(rowsOf.keySet());
    variants.sort(Comparator.comparingInt(String::length).reversed());
    boolean[] taken = new boolean[body.length()];
    for (String v : variants) {
      Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(v) + "(?![\\p{L}\\p{N}])").matcher(body);
      while (m.find()) {
        if (isTaken(taken, m.start(), m.end())) {
          continue;
        }
        for (int i = m.start(); i < m.end(); i++) {
          taken[i] = true;
        }
        if (!required.get(v)) {
          continue;
        }
        goldMentions++;
        Set<EntityFixture.Row> rows = rowsOf.get(v);
        boolean hit = false;
        for (Mention f : found) {
          EntityFixture.Row r = primary.get(owner.get(f));
          if (f.span().start() < m.end() && m.start() < f.span().end() && r != null && rows.contains(r)) {
            hit = true;
            break;
          }
        }
        if (hit) {
          recalledMentions++;
        } else {
          missedMentions.add(new Miss(a.id(), m.start(), m.end(), v, rows.iterator().next().name()));
        }
      }
    }
  }

  private static boolean isTaken(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }

  double entityRecall() {
    return ratio(foundRows, requiredRows);
  }

  double typedEntityRecall() {
    return ratio(typedRows, requiredRows);
  }

  double entityPrecision() {
    return ratio(primaryEntities, entities);
  }

  double mentionRecall() {
    return ratio(recalledMentions, goldMentions);
  }

  double mentionPrecision() {
    return ratio(rightMentions, mentions);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  /** A readable account: the figures, then every miss, split, wrong type and spurious entity. */
  String report(Map<String, String> bodies) {
    StringBuilder b = new StringBuilder();
    b.append(String.format("entities: recall %.3f (%d/%d), typed recall %.3f (%d/%d), precision %.3f (%d/%d)%n",
        entityRecall(), foundRows, requiredRows, typedEntityRecall(), typedRows, requiredRows,
        entityPrecision(), primaryEntities, entities));
    b.append(String.format("mentions: recall %.3f (%d/%d), precision %.3f (%d/%d)%n",
        mentionRecall(), recalledMentions, goldMentions, mentionPrecision(), rightMentions, mentions));
    for (RowResult r : rows) {
      if (!r.found() && !r.row().optional()) {
        b.append("  missing entity: ").append(r.row().type()).append(' ').append(r.row().name()).append('\n');
      }
      if (r.split()) {
        b.append("  split: ").append(r.row().name()).append(" -> ")
            .append(r.entities().stream().map(e -> e.name() + " (" + e.type() + ")").toList()).append('\n');
      }
      if (r.found() && !r.typed()) {
        b.append("  wrong type: ").append(r.row().name()).append(" is ").append(r.entities().get(0).type())
            .append(", want ").append(r.row().type()).append('\n');
      }
    }
    for (Entity e : spurious) {
      b.append("  spurious entity: ").append(e.type()).append(' ').append(e.name()).append(' ')
          .append(e.mentions().stream().map(Mention::text).distinct().toList()).append('\n');
    }
    for (Mention m : wrongMentions) {
      b.append("  wrong mention: '").append(m.text()).append("' ").append(m.type()).append(" in ")
          .append(context(bodies.get(m.document()), m.span().start(), m.span().end())).append('\n');
    }
    for (Miss m : missedMentions) {
      b.append("  missed mention: '").append(m.text()).append("' (").append(m.row()).append(") in ")
          .append(context(bodies.get(m.document()), m.start(), m.end())).append('\n');
    }
    return b.toString();
  }

  private static String context(String body, int start, int end) {
    if (body == null) {
      return "?";
    }
    int from = Math.max(0, start - 40);
    int to = Math.min(body.length(), end + 40);
    return "\u2026" + body.substring(from, start) + "[" + body.substring(start, end) + "]"
        + body.substring(end, to).replace('\n', ' ') + "\u2026";
  }
}
