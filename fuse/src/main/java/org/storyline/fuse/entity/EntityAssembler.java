package org.storyline.fuse.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.storyline.core.entity.EntityType;

/**
 * Turns clusters into entity drafts. Name: the knowledge base's, else the most frequent full
 * form (more words first, then frequency, then length). Type: the knowledge base's, else the
 * most frequent recognised type. Id: {@code StableId.of("ent", type, key)} with the knowledge-base
 * id as key when known, else the normalised name; clusters that get the same id are one entity.
 * A cluster of title references alone, without a name or entry, gives no entity.
 */
final class EntityAssembler {
  private static final Pattern LEADING_THE = Pattern.compile("^(?i:the)\\s+");
  private static final Pattern POSSESSIVE_END = Pattern.compile("['\u2019]s?$");
  private EntityAssembler() {}

  static List<EntityDraft> assemble(Corpus corpus) {
    Map<Integer, List<MentionNode>> byRoot = new LinkedHashMap<>();
    for (MentionNode n : corpus.nodes) {
      byRoot.computeIfAbsent(corpus.clusters.find(n.index()), k -> new ArrayList<>()).add(n);
    }
    Map<String, EntityDraft> byId = new LinkedHashMap<>();
    for (Map.Entry<Integer, List<MentionNode>> e : byRoot.entrySet()) {
      KbEntry kb = corpus.clusters.anchorOf(e.getKey());
      List<MentionNode> members = e.getValue();
      List<String> names = new ArrayList<>();
      for (MentionNode n : members) {
        if (!n.isTitle()) {
          names.add(surface(n.mention().text()));
        }
      }
      if (kb == null && names.isEmpty()) {
        continue;
      }
      EntityType type = kb != null ? kb.type() : majorityType(members);
      String name = kb != null ? kb.name() : canonical(type == EntityType.PERSON
          ? names.stream().map(NameForm::personDisplay).toList() : names, type);
      String key = kb != null ? kb.id() : NameForm.of(name, type).key();
      String id = EntityDraft.idOf(type, key);
      EntityDraft draft = new EntityDraft(id, name, type, kb == null ? null : kb.wikidata());
      members.forEach(n -> draft.mentions.add(n.mention()));
      draft.names.addAll(names);
      EntityDraft existing = byId.putIfAbsent(id, draft);
      if (existing != null) {
        existing.mentions.addAll(draft.mentions);
        existing.names.addAll(draft.names);
      }
    }
    List<EntityDraft> out = new ArrayList<>(byId.values());
    out.sort(Comparator.comparing(d -> d.id));
    return out;
  }

  /** A surface form without a leading "the" and a trailing possessive. */
  static String surface(String text) {
    String s = text.strip();
    s = LEADING_THE.matcher(s).replaceFirst("");
    s = POSSESSIVE_END.matcher(s).replaceFirst("");
    return s.strip().isEmpty() ? text.strip() : s.strip();
  }

  /** The most frequent full form: more words first, then frequency, then length, then order. */
  static String canonical(List<String> names, EntityType type) {
    Map<String, Integer> freq = new HashMap<>();
    for (String n : names) {
      freq.merge(n, 1, Integer::sum);
    }
    Comparator<String> order = Comparator.<String>comparingInt(n -> Math.min(words(n, type), 2))
        .thenComparingInt(freq::get)
        .thenComparingInt(n -> acronymPenalty(n))
        .thenComparingInt(String::length)
        .thenComparing(Comparator.<String>reverseOrder());
    return freq.keySet().stream().max(order).orElseThrow();
  }

  private static int words(String n, EntityType type) {
    return NameText.words(n).size();
  }

  private static int acronymPenalty(String n) {
    return n.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
  }

  private static EntityType majorityType(List<MentionNode> members) {
    Map<EntityType, Integer> count = new EnumMap<>(EntityType.class);
    for (MentionNode n : members) {
      if (!n.isTitle()) {
        count.merge(n.mention().type(), 1, Integer::sum);
      }
    }
    if (count.isEmpty()) {
      return EntityType.PERSON;
    }
    return count.entrySet().stream()
        .max(Comparator.<Map.Entry<EntityType, Integer>>comparingInt(Map.Entry::getValue)
            .thenComparing(x -> -x.getKey().ordinal()))
        .orElseThrow().getKey();
  }
}
