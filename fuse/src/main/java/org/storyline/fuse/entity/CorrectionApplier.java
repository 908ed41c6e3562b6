package org.storyline.fuse.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.storyline.core.entity.Mention;

/**
 * Applies analyst corrections, in order, to assembled entities. A reference is an entity id, a
 * canonical name, or an alias; a name matches exactly (case and diacritics aside) before it
 * matches as a spelling variant. A correction whose references do not resolve to one entity
 * each is skipped and reported.
 */
final class CorrectionApplier {
  private final List<EntityDraft> drafts;
  private final List<String> skipped = new ArrayList<>();

  CorrectionApplier(List<EntityDraft> drafts) {
    this.drafts = drafts;
  }

  /** Why each skipped correction was skipped. */
  List<String> skipped() {
    return List.copyOf(skipped);
  }

  void apply(List<EntityCorrection> corrections) {
    for (EntityCorrection c : corrections) {
      switch (c.kind()) {
        case MERGE -> merge(c);
        case SPLIT -> split(c);
        case RENAME -> rename(c);
        default -> skipped.add("unknown correction " + c);
      }
    }
    drafts.sort(Comparator.comparing(d -> d.id));
  }

  private void merge(EntityCorrection c) {
    Set<EntityDraft> targets = new LinkedHashSet<>();
    for (String ref : c.entityIdsOrNames()) {
      EntityDraft d = find(ref, c);
      if (d == null) {
        return;
      }
      targets.add(d);
    }
    List<EntityDraft> list = new ArrayList<>(targets);
    EntityDraft into = list.get(0);
    for (EntityDraft d : list.subList(1, list.size())) {
      if (d.type != into.type) {
        skipped.add("MERGE " + c.entityIdsOrNames() + ": " + d.name + " is " + d.type + ", " + into.name + " is " + into.type);
        continue;
      }
      into.absorb(d);
      drafts.remove(d);
    }
    if (c.newName() != null) {
      into.names.add(into.name);
      into.name = c.newName();
    }
  }

  private void split(EntityCorrection c) {
    EntityDraft from = find(c.entityIdsOrNames().get(0), c);
    if (from == null) {
      return;
    }
    String wanted = NameText.fold(EntityAssembler.surface(c.mentionText()));
    List<Mention> moving = new ArrayList<>();
    for (Mention m : from.mentions) {
      if (NameText.fold(EntityAssembler.surface(m.text())).equals(wanted)) {
        moving.add(m);
      }
    }
    if (moving.isEmpty()) {
      skipped.add("SPLIT " + c.entityIdsOrNames().get(0) + ": no mention '" + c.mentionText() + "'");
      return;
    }
    if (moving.size() == from.mentions.size()) {
      skipped.add("SPLIT " + c.entityIdsOrNames().get(0) + ": every mention is '" + c.mentionText() + "'");
      return;
    }
    String name = c.newName() != null ? c.newName() : EntityAssembler.surface(c.mentionText());
    EntityDraft to = exact(name, from);
    if (to == null || to.type != from.type) {
      to = new EntityDraft(EntityDraft.idOf(from.type, NameForm.of(name, from.type).key()), name, from.type, null);
      if (byId(to.id) != null) {
        to = byId(to.id);
      } else {
        drafts.add(to);
      }
    }
    from.mentions.removeAll(moving);
    to.mentions.addAll(moving);
    from.names.removeIf(n -> NameText.fold(n).equals(wanted));
    for (Mention m : moving) {
      to.names.add(EntityAssembler.surface(m.text()));
    }
  }

  private void rename(EntityCorrection c) {
    EntityDraft d = find(c.entityIdsOrNames().get(0), c);
    if (d != null) {
      d.names.add(d.name);
      d.name = c.newName();
    }
  }

  private EntityDraft byId(String id) {
    for (EntityDraft d : drafts) {
      if (d.id.equals(id)) {
        return d;
      }
    }
    return null;
  }

  private EntityDraft exact(String name, EntityDraft not) {
    String f = NameText.fold(name);
    List<EntityDraft> hits = new ArrayList<>();
    for (EntityDraft d : drafts) {
      if (d != not && NameText.fold(d.name).equals(f)) {
        hits.add(d);
      }
    }
    return hits.size() == 1 ? hits.get(0) : null;
  }

  /** The one entity a reference names, or null (and the correction is reported skipped). */
  private EntityDraft find(String ref, EntityCorrection c) {
    EntityDraft d = byId(ref.strip());
    if (d != null) {
      return d;
    }
    String f = NameText.fold(ref);
    List<EntityDraft> byName = new ArrayList<>();
    List<EntityDraft> byAlias = new ArrayList<>();
    for (EntityDraft x : drafts) {
      if (NameText.fold(x.name).equals(f)) {
        byName.add(x);
      } else if (x.names.stream().anyMatch(n -> NameText.fold(n).equals(f))) {
        byAlias.add(x);
      }
    }
    List<EntityDraft> hits = !byName.isEmpty() ? byName : byAlias;
    if (hits.isEmpty()) {
      for (EntityDraft x : drafts) {
        NameForm ref2 = NameForm.of(ref, x.type);
        if (NameSimilarity.compare(ref2, NameForm.of(x.name, x.type)) == NameMatch.SAME) {
          hits.add(x);
        }
      }
    }
    if (hits.size() == 1) {
      return hits.get(0);
    }
    skipped.add(c.kind() + " " + c.entityIdsOrNames() + ": '" + ref + "' names "
        + (hits.isEmpty() ? "no entity" : hits.size() + " entities"));
    return null;
  }
}
