package org.storyline.fuse.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.storyline.core.entity.EntityType;

/**
 * Links names across the run: ties names to knowledge-base entries (by name, else by the
 * recogniser's normalised key) and acronyms a document defines to their written-out name, joins
 * equal normalised names and equal recogniser keys, then compares the distinct names that share
 * a block key (surname, acronym, words)
 * with {@link NameSimilarity}: SAME joins, PARTIAL joins only with shared context. Finally a
 * lone surname no document resolved joins the one full name of the run (or of the knowledge
 * base) with that surname, or the one with most shared context.
 */
final class CorpusLinker {
  private static final int MAX_BLOCK = 400;

  private final Corpus corpus;
  /** One representative node list per distinct (type group, key). */
  private final Map<String, List<MentionNode>> byKey = new LinkedHashMap<>();
  /** Acronyms their document defines, to the node of the written-out name. */
  private final Map<Integer, Integer> defined;

  CorpusLinker(Corpus corpus) {
    this.corpus = corpus;
    this.defined = AcronymDefinitions.find(corpus);
  }

  /** Ties every name the knowledge base knows to its entry. */
  void anchor() {
    Map<String, Optional<KbEntry>> cache = new HashMap<>();
    for (MentionNode n : corpus.nodes) {
      if (n.isTitle() || defined.containsKey(n.index())) {
        continue;
      }
      Optional<KbEntry> e = byRecogniserKey(n);
      if (e.isEmpty() && !n.isLoneSurname()) {
        e = lookup(cache, n.mention().text(), n);
      }
      if (e.isEmpty() && n.recogniserName() != null && !isLowerCased(n.recogniserName(), n.mention().text())) {
        e = lookup(cache, n.recogniserName(), n);
      }
      e.ifPresent(entry -> corpus.clusters.anchor(n.index(), entry));
    }
    defined.forEach(corpus.clusters::union);
  }

  /**
   * True if the recogniser's name is only the text in lower case: it says nothing new, and lower
   * case would hide an acronym ("usaa" would read as a spelling of "USA").
   */
  private static boolean isLowerCased(String recogniserName, String text) {
    String t = text.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    return recogniserName.equals(t) || recogniserName.equals(t.startsWith("the ") ? t.substring(4) : t);
  }

  private Optional<KbEntry> lookup(Map<String, Optional<KbEntry>> cache, String name, MentionNode n) {
    String k = n.mention().type() + "\u0000" + name;
    return cache.computeIfAbsent(k, x -> corpus.kb.lookup(name, n.mention().type()));
  }

  private Optional<KbEntry> byRecogniserKey(MentionNode n) {
    String key = n.mention().key();
    if (key == null || !key.startsWith("kb:")) {
      return Optional.empty();
    }
    String id = key.substring(3);
    Optional<KbEntry> e = corpus.kb.entry(id);
    if (e.isPresent()) {
      return e;
    }
    return corpus.kb.entries().stream().filter(x -> id.equals(x.wikidata())).findFirst();
  }

  /** Joins names with equal keys and KB anchors, then compares names within blocks. */
  void linkNames() {
    Map<String, MentionNode> firstByAnchor = new HashMap<>();
    for (MentionNode n : corpus.nodes) {
      if (n.isTitle() || n.isLoneSurname() || defined.containsKey(n.index())) {
        continue;
      }
      KbEntry a = corpus.clusters.anchorOf(n.index());
      if (a != null) {
        MentionNode first = firstByAnchor.putIfAbsent(a.id(), n);
        if (first != null) {
          corpus.clusters.union(first.index(), n.index());
        }
      }
      if (n.form().key().length() > 2) {
        byKey.computeIfAbsent(group(n.mention().type()) + n.form().key(), k -> new ArrayList<>()).add(n);
      }
    }
    Map<String, MentionNode> byRecogniserName = new HashMap<>();
    for (MentionNode n : corpus.nodes) {
      if (n.recogniserName() != null && !defined.containsKey(n.index())) {
        MentionNode first = byRecogniserName.putIfAbsent(group(n.mention().type()) + n.recogniserName(), n);
        if (first != null) {
          corpus.clusters.union(first.index(), n.index());
        }
      }
    }
    for (List<MentionNode> same : byKey.values()) {
      for (int i = 1; i < same.size(); i++) {
        corpus.clusters.union(same.get(0).index(), same.get(i).index());
      }
    }
    Map<String, List<List<MentionNode>>> blocks = new HashMap<>();
    for (List<MentionNode> same : byKey.values()) {
      for (String b : same.get(0).form().blockKeys()) {
        blocks.computeIfAbsent(b, k -> new ArrayList<>()).add(same);
      }
    }
    for (Map.Entry<String, List<List<MentionNode>>> e : blocks.entrySet()) {
      List<List<MentionNode>> block = e.getValue();
      boolean ambiguous = e.getKey().startsWith("a:") && spelledOutKeys(block) > 1;
      int size = Math.min(block.size(), MAX_BLOCK);
      for (int i = 0; i < size; i++) {
        for (int j = i + 1; j < size; j++) {
          compareAndJoin(block.get(i), block.get(j), ambiguous);
        }
      }
    }
  }

  /** How many different written-out names share the initials of an acronym block. */
  private static long spelledOutKeys(List<List<MentionNode>> block) {
    return block.stream().map(g -> g.get(0).form()).filter(f -> f.acronym() == null).map(NameForm::key)
        .distinct().count();
  }

  /**
   * Joins two groups of equal names if their names match. An acronym does not join a written-out
   * name when the knowledge base gives the acronym another meaning, nor when the corpus writes out
   * two different names with its initials ({@code ambiguousAcronym}: LA, Los Angeles and Latin
   * America).
   */
  private void compareAndJoin(List<MentionNode> a, List<MentionNode> b, boolean ambiguousAcronym) {
    MentionNode x = a.get(0);
    MentionNode y = b.get(0);
    if (corpus.clusters.find(x.index()) == corpus.clusters.find(y.index()) || !corpus.clusters.canJoin(x.index(), y.index())) {
      return;
    }
    if (NameSimilarity.byAcronym(x.form(), y.form())
        && (ambiguousAcronym || knownAcronym(x.form().acronym() != null ? x : y))) {
      return;
    }
    NameMatch m = NameSimilarity.compare(x.form(), y.form());
    if (m == NameMatch.SAME || (m == NameMatch.PARTIAL && corpus.shareContext(a, b))) {
      corpus.clusters.union(x.index(), y.index());
    }
  }

  private boolean knownAcronym(MentionNode acronym) {
    return corpus.clusters.anchorOf(acronym.index()) != null;
  }

  /** Joins lone surnames no document resolved; ambiguous ones (several in their document) stay. */
  void linkLoneSurnames(Set<Integer> ambiguous) {
    Map<String, Set<Integer>> fullRootsBySurname = new HashMap<>();
    Map<Integer, List<MentionNode>> members = new HashMap<>();
    for (MentionNode n : corpus.nodes) {
      if (n.isFullPersonName()) {
        int r = corpus.clusters.find(n.index());
        members.computeIfAbsent(r, k -> new ArrayList<>()).add(n);
        for (String s : n.form().surnames()) {
          fullRootsBySurname.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(r);
        }
      }
    }
    for (MentionNode n : corpus.nodes) {
      if (!n.isLoneSurname() || ambiguous.contains(n.index()) || hasFullName(n)) {
        continue;
      }
      Map<Integer, Integer> byCurrentRoot = new LinkedHashMap<>();
      for (String s : n.form().surnames()) {
        for (Integer r : fullRootsBySurname.getOrDefault(s, Set.of())) {
          byCurrentRoot.putIfAbsent(corpus.clusters.find(r), r);
        }
      }
      Set<Integer> candidates = new LinkedHashSet<>(byCurrentRoot.values());
      if (candidates.isEmpty()) {
        corpus.kb.personBySurname(n.form().surnames()).ifPresent(e -> corpus.clusters.anchor(n.index(), e));
        continue;
      }
      Integer pick = candidates.size() == 1 ? candidates.iterator().next() : byContext(n, candidates, members);
      if (pick != null) {
        corpus.clusters.union(n.index(), pick);
      }
    }
  }

  private boolean hasFullName(MentionNode n) {
    int r = corpus.clusters.find(n.index());
    for (MentionNode other : corpus.byDocument.get(n.document())) {
      if (other != n && other.isFullPersonName() && corpus.clusters.find(other.index()) == r) {
        return true;
      }
    }
    return corpus.clusters.anchorOf(n.index()) != null;
  }

  private Integer byContext(MentionNode lone, Set<Integer> candidates, Map<Integer, List<MentionNode>> members) {
    Set<Integer> mine = corpus.context(List.of(lone));
    Integer best = null;
    int bestScore = 0;
    boolean tie = false;
    for (Integer c : candidates) {
      Set<Integer> theirs = corpus.context(members.getOrDefault(c, List.of()));
      int score = 0;
      for (Integer r : mine) {
        if (theirs.contains(r)) {
          score++;
        }
      }
      if (score > bestScore) {
        best = c;
        bestScore = score;
        tie = false;
      } else if (score == bestScore && score > 0) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  private static String group(EntityType t) {
    return switch (t) {
      case PERSON -> "P:";
      case ORGANIZATION, MEDIA -> "O:";
      case PLACE, FACILITY -> "L:";
      case STATE -> "S:";
      case WEAPON -> "W:";
      case OTHER -> "X:";
    };
  }
}
