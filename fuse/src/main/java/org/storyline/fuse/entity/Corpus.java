package org.storyline.fuse.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyline.core.document.Article;
import org.storyline.core.entity.EntityType;
import org.storyline.core.entity.Mention;
import org.storyline.core.stage.DocumentAnalysis;

/**
 * The working state of one resolution run: the kept mentions as nodes, grouped by document in
 * input order, the documents' bodies and dates, the knowledge base and the clusters.
 */
final class Corpus {
  private static final int CONTEXT_DOCUMENTS = 40;

  final KnowledgeBase kb;
  final List<MentionNode> nodes = new ArrayList<>();
  final Map<String, List<MentionNode>> byDocument = new LinkedHashMap<>();
  final Map<String, Integer> documentOrder = new HashMap<>();
  private final Map<String, String> bodies = new HashMap<>();
  private final Map<String, LocalDate[]> dates = new HashMap<>();
  final Clusters clusters;

  Corpus(List<Article> articles, List<DocumentAnalysis> analyses, KnowledgeBase kb) {
    this.kb = kb;
    for (Article a : articles) {
      bodies.put(a.id(), a.body());
      if (a.published() != null) {
        dates.put(a.id(), new LocalDate[] {a.published().earliest(), a.published().latest()});
      }
    }
    Map<String, NameForm> forms = new HashMap<>();
    for (DocumentAnalysis analysis : analyses) {
      String doc = analysis.document();
      documentOrder.putIfAbsent(doc, documentOrder.size());
      List<MentionNode> list = byDocument.computeIfAbsent(doc, d -> new ArrayList<>());
      Set<org.storyline.core.text.Span> seen = new HashSet<>();
      for (MentionNode n : list) {
        seen.add(n.mention().span());
      }
      for (Mention m : analysis.mentions()) {
        if (!m.document().equals(doc) || !seen.add(m.span()) || !MentionFilter.keep(m)) {
          continue;
        }
        OfficeTitle title = OfficeTitle.fromKey(m.key(), kb);
        NameForm form = forms.computeIfAbsent(m.type() + "\u0000" + m.text(), k -> NameForm.of(m.text(), m.type()));
        MentionNode node = new MentionNode(nodes.size(), m, form, title);
        nodes.add(node);
        list.add(node);
      }
    }
    clusters = new Clusters(nodes);
  }

  /** The body of a document, or null if the article was not given. */
  String body(String document) {
    return bodies.get(document);
  }

  /** The first and last day the document may be from, or null if undated. */
  LocalDate[] date(String document) {
    return dates.get(document);
  }

  /**
   * The clusters other than the nodes' own that appear in the documents of the given nodes,
   * leaving out states and outlets, which co-occur with everything in a story (at most a
   * bounded number of documents are read).
   */
  Set<Integer> context(List<MentionNode> members) {
    Set<String> docs = new HashSet<>();
    Set<Integer> own = new HashSet<>();
    for (MentionNode m : members) {
      own.add(clusters.find(m.index()));
      if (docs.size() < CONTEXT_DOCUMENTS) {
        docs.add(m.document());
      }
    }
    Set<Integer> out = new HashSet<>();
    for (String d : docs) {
      for (MentionNode n : byDocument.getOrDefault(d, List.of())) {
        EntityType t = n.mention().type();
        if (!n.isTitle() && !n.isLoneSurname() && t != EntityType.STATE && t != EntityType.MEDIA) {
          int r = clusters.find(n.index());
          if (!own.contains(r)) {
            out.add(r);
          }
        }
      }
    }
    return out;
  }

  /** True if the two groups of nodes share a document or another entity of their documents. */
  boolean shareContext(List<MentionNode> a, List<MentionNode> b) {
    Set<String> docsA = new HashSet<>();
    a.forEach(n -> docsA.add(n.document()));
    for (MentionNode n : b) {
      if (docsA.contains(n.document())) {
        return true;
      }
    }
    Set<Integer> ca = context(a);
    for (Integer r : context(b)) {
      if (ca.contains(r)) {
        return true;
      }
    }
    return false;
  }
}
