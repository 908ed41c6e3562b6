package org.storyline.fuse.entity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyline.core.entity.EntityType;

/**
 * Links the references within one document: one name typed two ways by the recogniser, a lone
 * surname to the one full name of the document that has it ("Shoigu" is Sergei Shoigu; "Kim" is
 * Kim Jong Un only if no other Kim is named), and records the lone surnames that stay ambiguous.
 */
final class DocumentLinker {
  private DocumentLinker() {}

  /** Types a recogniser confuses for one name within a document ("Amazon" as company and place). */
  private static final Set<EntityType> CONFUSED = EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION,
      EntityType.MEDIA, EntityType.PLACE, EntityType.FACILITY, EntityType.OTHER);

  /**
   * One sense per document: the same name written the same way in one document names one
   * entity even when the recogniser typed its occurrences differently (PERSON here, ORGANIZATION
   * there). States and weapons keep their own typing (Pyongyang the state is not the city).
   */
  static void linkSameNames(Corpus corpus) {
    for (List<MentionNode> doc : corpus.byDocument.values()) {
      Map<String, List<MentionNode>> bySurface = new HashMap<>();
      for (MentionNode n : doc) {
        if (!n.isTitle() && CONFUSED.contains(n.mention().type())) {
          bySurface.computeIfAbsent(EntityAssembler.surface(n.mention().text()), k -> new ArrayList<>()).add(n);
        }
      }
      for (List<MentionNode> same : bySurface.values()) {
        if (same.stream().map(n -> n.mention().type()).distinct().count() < 2) {
          continue;
        }
        for (int i = 1; i < same.size(); i++) {
          corpus.clusters.unionAnyType(same.get(0).index(), same.get(i).index());
        }
      }
    }
  }

  /** Links lone surnames in every document; returns the nodes of ambiguous lone surnames. */
  static Set<Integer> linkSurnames(Corpus corpus) {
    Set<Integer> ambiguous = new HashSet<>();
    for (List<MentionNode> doc : corpus.byDocument.values()) {
      Map<String, List<MentionNode>> fullBySurname = new HashMap<>();
      for (MentionNode n : doc) {
        if (n.isFullPersonName()) {
          for (String s : n.form().surnames()) {
            fullBySurname.computeIfAbsent(s, x -> new ArrayList<>()).add(n);
          }
        }
      }
      for (MentionNode n : doc) {
        if (!n.isLoneSurname()) {
          continue;
        }
        Set<Integer> roots = new LinkedHashSet<>();
        MentionNode pick = null;
        for (String s : n.form().surnames()) {
          for (MentionNode full : fullBySurname.getOrDefault(s, List.of())) {
            if (roots.add(corpus.clusters.find(full.index()))) {
              pick = full;
            }
          }
        }
        if (roots.size() == 1) {
          corpus.clusters.union(n.index(), pick.index());
        } else if (roots.size() > 1) {
          ambiguous.add(n.index());
        }
      }
    }
    return ambiguous;
  }
}
