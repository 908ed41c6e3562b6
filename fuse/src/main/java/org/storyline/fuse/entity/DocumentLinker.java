package org.storyline.fuse.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links the references within one document: a lone surname to the one full name of the
 * document that has it ("Shoigu" is Sergei Shoigu; "Kim" is Kim Jong Un only if no other Kim is
 * named), and records the lone surnames that stay ambiguous.
 */
final class DocumentLinker {
  private DocumentLinker() {}

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
