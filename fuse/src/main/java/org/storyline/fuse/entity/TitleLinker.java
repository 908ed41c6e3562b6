package org.storyline.fuse.entity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.core.entity.EntityType;

/**
 * Resolves title-only references ("the North Korean leader", "Russia's defence minister") to
 * people, in this order: the person the same document names with that title ("North Korean
 * leader Kim Jong Un", "Sergei Shoigu, Russia's defence minister,"); the knowledge base's holder
 * of the post at the document's date, preferring one the document names; the person other
 * documents of the run name with that title within a year. A title nothing resolves stays
 * without an entity.
 */
final class TitleLinker {
  private static final int WINDOW = 90;
  private static final long LEARNED_DAYS = 366;
  private static final Pattern SENTENCE_END = Pattern.compile("[a-z0-9)\"'\u201d]{2}[.!?][\"'\u201d\u2019]?\\s|\\n");

  /** Posts a text may give the person that a later "the ... leader" refers to. */
  private static final List<String> LEADER_ROLES = List.of("president", "dictator", "supreme leader",
      "chairman", "head of state", "king", "emir", "supreme guide");

  private record Binding(String titleKey, int node, LocalDate[] date) {}

  private final Corpus corpus;
  private final Map<String, Set<String>> qualifierNames = new HashMap<>();
  private final List<Binding> bindings = new ArrayList<>();
  private final List<MentionNode> pending = new ArrayList<>();

  TitleLinker(Corpus corpus) {
    this.corpus = corpus;
  }

  /** Resolves titles within each document (context, then knowledge base). */
  void linkWithinDocuments() {
    Map<String, OfficeTitle> allTitles = new LinkedHashMap<>();
    for (MentionNode n : corpus.nodes) {
      if (n.isTitle()) {
        allTitles.putIfAbsent(n.title().key(), n.title());
      }
    }
    if (allTitles.isEmpty()) {
      return;
    }
    for (Map.Entry<String, List<MentionNode>> doc : corpus.byDocument.entrySet()) {
      Map<String, Set<Integer>> named = namedInContext(doc.getKey(), doc.getValue(), allTitles.values());
      for (MentionNode t : doc.getValue()) {
        if (!t.isTitle()) {
          continue;
        }
        Set<Integer> people = named.getOrDefault(t.title().key(), Set.of());
        if (people.size() == 1) {
          corpus.clusters.union(t.index(), people.iterator().next());
        } else if (!fromKnowledgeBase(t, doc.getValue())) {
          pending.add(t);
        }
      }
    }
  }

  /** Resolves the titles left over from the people other documents name with them. */
  void linkAcrossDocuments() {
    for (MentionNode t : pending) {
      LocalDate[] date = corpus.date(t.document());
      if (date == null) {
        continue;
      }
      Set<Integer> roots = new LinkedHashSet<>();
      int pick = -1;
      for (Binding b : bindings) {
        if (b.titleKey().equals(t.title().key()) && b.date() != null && close(date, b.date())) {
          if (roots.add(corpus.clusters.find(b.node()))) {
            pick = b.node();
          }
        }
      }
      if (roots.size() == 1) {
        corpus.clusters.union(t.index(), pick);
      }
    }
  }

  private static boolean close(LocalDate[] a, LocalDate[] b) {
    long gap = Math.max(ChronoUnit.DAYS.between(a[1], b[0]), ChronoUnit.DAYS.between(b[1], a[0]));
    return gap <= LEARNED_DAYS;
  }

  /**
   * Per title key of the document, the clusters of full names the text gives that title: in the
   * words before the name ("North Korean leader Kim Jong Un"), in an apposition after it
   * ("Sergei Shoigu, Russia's defence minister,"), or as a title reference right next to it
   * ("the Russian leader, Vladimir Putin"). A window never reaches past another person.
   */
  private Map<String, Set<Integer>> namedInContext(String doc, List<MentionNode> nodes, Iterable<OfficeTitle> titles) {
    Map<String, Set<Integer>> out = new HashMap<>();
    String body = corpus.body(doc);
    if (body == null) {
      return out;
    }
    List<MentionNode> people = nodes.stream()
        .filter(n -> n.form().isPerson() && n.mention().span().fitsIn(body))
        .sorted((x, y) -> x.mention().span().compareTo(y.mention().span())).toList();
    for (int i = 0; i < people.size(); i++) {
      MentionNode n = people.get(i);
      if (!n.isFullPersonName()) {
        continue;
      }
      MentionNode prev = i == 0 ? null : people.get(i - 1);
      MentionNode next = i + 1 == people.size() ? null : people.get(i + 1);
      int start = n.mention().span().start();
      int end = n.mention().span().end();
      for (MentionNode adjacent : new MentionNode[] {prev, next}) {
        if (adjacent != null && adjacent.isTitle() && touches(body, adjacent, n)) {
          bind(out, adjacent.title(), n, doc);
        }
      }
      int from = prev == null ? 0 : Math.min(prev.mention().span().end(), start);
      int to = next == null ? body.length() : Math.max(next.mention().span().start(), end);
      String before = OfficeTitle.foldContext(before(body, from, start) + " " + n.mention().text());
      String after = OfficeTitle.foldContext(after(body, end, to));
      for (OfficeTitle t : titles) {
        if (describes(t, before) || describes(t, after)) {
          bind(out, t, n, doc);
        }
      }
    }
    return out;
  }

  private void bind(Map<String, Set<Integer>> out, OfficeTitle t, MentionNode person, String doc) {
    out.computeIfAbsent(t.key(), k -> new LinkedHashSet<>()).add(corpus.clusters.find(person.index()));
    bindings.add(new Binding(t.key(), person.index(), corpus.date(doc)));
  }

  /** True if only spaces and one comma or dash stand between the two mentions. */
  private static boolean touches(String body, MentionNode a, MentionNode b) {
    int from = Math.min(a.mention().span().end(), b.mention().span().end());
    int to = Math.max(a.mention().span().start(), b.mention().span().start());
    if (to < from || to - from > 4) {
      return false;
    }
    String gap = body.substring(from, to).strip();
    return gap.isEmpty() || gap.equals(",") || gap.equals("-") || gap.equals("—") || gap.equals("–");
  }

  private boolean describes(OfficeTitle t, String folded) {
    boolean role = folded.contains(" " + t.role() + " ")
        || t.role().equals("leader") && LEADER_ROLES.stream().anyMatch(r -> folded.contains(" " + r + " "));
    if (!role) {
      return false;
    }
    if (t.qualifier().isEmpty()) {
      return true;
    }
    for (String q : qualifierNames(t)) {
      if (folded.contains(" " + q + " ") || (!q.contains(" ") && sharesStem(folded, q))) {
        return true;
      }
    }
    return false;
  }

  /** True if a word of the text and the one-word qualifier share a stem of five letters or more ("slovak", "slovakia"). */
  private static boolean sharesStem(String folded, String q) {
    if (q.length() < 5) {
      return false;
    }
    for (String w : folded.strip().split(" ")) {
      int common = 0;
      while (common < w.length() && common < q.length() && w.charAt(common) == q.charAt(common)) {
        common++;
      }
      if (common >= 5 && common >= Math.min(w.length(), q.length()) - 2) {
        return true;
      }
    }
    return false;
  }

  private Set<String> qualifierNames(OfficeTitle t) {
    return qualifierNames.computeIfAbsent(t.qualifier(), q -> {
      Set<String> names = new LinkedHashSet<>();
      names.add(t.qualifierText());
      Optional<KbEntry> e = corpus.kb.entry(q);
      if (e.isPresent()) {
        addNames(names, e.get());
        for (KbEntry other : corpus.kb.entries()) {
          if (q.equals(other.standsFor())) {
            addNames(names, other);
          }
        }
      }
      names.removeIf(String::isBlank);
      return names;
    });
  }

  private static void addNames(Set<String> names, KbEntry e) {
    names.add(OfficeTitle.foldContext(e.name()).strip());
    e.aliases().forEach(a -> names.add(OfficeTitle.foldContext(a).strip()));
  }

  private static String before(String body, int limit, int start) {
    String w = body.substring(Math.max(limit, start - WINDOW), start);
    int cut = 0;
    Matcher m = SENTENCE_END.matcher(w);
    while (m.find()) {
      cut = m.end();
    }
    return w.substring(cut);
  }

  private static String after(String body, int end, int limit) {
    String w = body.substring(end, Math.min(limit, end + WINDOW));
    if (!w.startsWith(",")) {
      return "";
    }
    int next = w.indexOf(',', 1);
    Matcher m = SENTENCE_END.matcher(w);
    int stop = m.find() ? m.start() + 3 : w.length();
    return w.substring(1, next > 0 ? Math.min(next, stop) : stop);
  }

  /**
   * Links a title to a holder of the post by the knowledge base: a person named in the same
   * sentence who ever held it ("Shoigu, who served as Russia's defence minister until May"),
   * else the one holder at the document's date that the document names, else the one holder at
   * that date; false if none fits.
   */
  private boolean fromKnowledgeBase(MentionNode t, List<MentionNode> doc) {
    List<KbEntry> ever = corpus.kb.holders(t.title(), null, null);
    if (ever.isEmpty()) {
      return false;
    }
    Map<String, MentionNode> inSentence = new LinkedHashMap<>();
    String body = corpus.body(t.document());
    for (MentionNode n : doc) {
      KbEntry a = n.isTitle() ? null : corpus.clusters.anchorOf(n.index());
      if (a != null && a.type() == EntityType.PERSON && ever.contains(a)
          && body != null && sameSentence(body, t, n)) {
        inSentence.putIfAbsent(a.id(), n);
      }
    }
    if (inSentence.size() == 1) {
      return corpus.clusters.union(t.index(), inSentence.values().iterator().next().index());
    }
    LocalDate[] date = corpus.date(t.document());
    List<KbEntry> holders = date == null ? ever : corpus.kb.holders(t.title(), date[0], date[1]);
    if (holders.isEmpty()) {
      return false;
    }
    Map<String, MentionNode> namedHolders = new LinkedHashMap<>();
    for (MentionNode n : doc) {
      KbEntry a = n.isTitle() ? null : corpus.clusters.anchorOf(n.index());
      if (a != null && holders.contains(a)) {
        namedHolders.putIfAbsent(a.id(), n);
      }
    }
    if (namedHolders.size() == 1) {
      return corpus.clusters.union(t.index(), namedHolders.values().iterator().next().index());
    }
    if (namedHolders.isEmpty() && holders.size() == 1) {
      return corpus.clusters.anchor(t.index(), holders.get(0));
    }
    return false;
  }

  private static boolean sameSentence(String body, MentionNode a, MentionNode b) {
    int from = Math.min(a.mention().span().end(), b.mention().span().end());
    int to = Math.max(a.mention().span().start(), b.mention().span().start());
    if (to - from > 200 || !a.mention().span().fitsIn(body) || !b.mention().span().fitsIn(body)) {
      return false;
    }
    return to <= from || !SENTENCE_END.matcher(body.substring(from, to)).find();
  }
}
