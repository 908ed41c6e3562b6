package org.storyline.nlp.pipeline;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * One sentence as CoreNLP read it: its offsets in the text, its tokens (1-based indices, as in
 * the dependency graph) and its enhanced++ dependencies as plain {@link Arc}s. A sentence that
 * was too long to parse has tokens but no arcs.
 */
public final class ParsedSentence {
  private final int index;
  private final int start;
  private final int end;
  private final List<CoreLabel> tokens;
  private final List<List<Arc>> out;
  private final List<List<Arc>> in;
  private final boolean parsed;

  private final int[] treeParent;
  private final String[] treeRelation;

  /**
   * @param graph the enhanced++ dependencies, or null if the sentence was not parsed
   * @param tree the basic dependency tree, or null if the sentence was not parsed
   */
  public ParsedSentence(
      int index, int start, int end, List<CoreLabel> tokens, SemanticGraph graph, SemanticGraph tree) {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid sentence offsets [" + start + ", " + end + ")");
    }
    this.index = index;
    this.start = start;
    this.end = end;
    this.tokens = List.copyOf(tokens);
    List<List<Arc>> o = new ArrayList<>();
    List<List<Arc>> i = new ArrayList<>();
    for (int k = 0; k <= tokens.size(); k++) {
      o.add(new ArrayList<>());
      i.add(new ArrayList<>());
    }
    boolean hasArcs = false;
    if (graph != null) {
      for (SemanticGraphEdge e : graph.edgeIterable()) {
        int g = e.getGovernor().index();
        int d = e.getDependent().index();
        if (g < 1 || d < 1 || g > tokens.size() || d > tokens.size() || e.getGovernor().copyCount() > 0
            || e.getDependent().copyCount() > 0) {
          continue;
        }
        Arc a = new Arc(e.getRelation().toString(), g, d);
        o.get(g).add(a);
        i.get(d).add(a);
        hasArcs = true;
      }
    }
    this.out = o;
    this.in = i;
    this.treeParent = new int[tokens.size() + 1];
    this.treeRelation = new String[tokens.size() + 1];
    java.util.Arrays.fill(treeRelation, "root");
    if (tree != null) {
      for (SemanticGraphEdge e : tree.edgeIterable()) {
        int g = e.getGovernor().index();
        int d = e.getDependent().index();
        if (g >= 1 && d >= 1 && g <= tokens.size() && d <= tokens.size()) {
          treeParent[d] = g;
          treeRelation[d] = e.getRelation().toString();
        }
      }
    }
    this.parsed = hasArcs || tokens.size() == 1;
  }

  /** Position of this sentence in its document, from 0. */
  public int index() {
    return index;
  }

  /** Offset of the first character in the text. */
  public int start() {
    return start;
  }

  /** Offset just past the last character in the text. */
  public int end() {
    return end;
  }

  /** Number of tokens. */
  public int size() {
    return tokens.size();
  }

  /** True if the sentence has a dependency parse. */
  public boolean parsed() {
    return parsed;
  }

  /** The token at a 1-based index. */
  public CoreLabel token(int i) {
    return tokens.get(i - 1);
  }

  public String word(int i) {
    return token(i).word();
  }

  /** The lower-cased lemma (or word when there is no lemma). */
  public String lemma(int i) {
    String l = token(i).lemma();
    return (l == null ? token(i).word() : l).toLowerCase(Locale.ROOT);
  }

  public String tag(int i) {
    String t = token(i).tag();
    return t == null ? "" : t;
  }

  /** The coarse NER class, or "O". */
  public String ner(int i) {
    String n = token(i).ner();
    return n == null ? "O" : n;
  }

  public int begin(int i) {
    return token(i).beginPosition();
  }

  public int finish(int i) {
    return token(i).endPosition();
  }

  /** Dependencies governed by token {@code i}. */
  public List<Arc> children(int i) {
    return Collections.unmodifiableList(out.get(i));
  }

  /** Dependencies whose dependent is token {@code i}. */
  public List<Arc> parents(int i) {
    return Collections.unmodifiableList(in.get(i));
  }

  /** Dependents of {@code i} over relations equal to or starting with {@code relation}. */
  public List<Integer> children(int i, String relation) {
    List<Integer> r = new ArrayList<>();
    for (Arc a : out.get(i)) {
      if (a.relation().equals(relation) || a.relation().startsWith(relation + ":")) {
        if (!r.contains(a.dependent())) {
          r.add(a.dependent());
        }
      }
    }
    return r;
  }

  /** True if token {@code i} is a verb (VB*). */
  public boolean isVerb(int i) {
    return tag(i).startsWith("VB");
  }

  /** True if token {@code i} is a noun (NN*). */
  public boolean isNoun(int i) {
    return tag(i).startsWith("NN");
  }

  /**
   * The tokens of the subtree under {@code i} (including {@code i}), in the basic
   * dependency tree; sorted by index.
   */
  public List<Integer> subtree(int i) {
    List<Integer> r = new ArrayList<>();
    for (int k = 1; k <= tokens.size(); k++) {
      int n = k;
      for (int steps = 0; n != 0 && n != i && steps <= tokens.size(); steps++) {
        n = treeParent[n];
      }
      if (n == i) {
        r.add(k);
      }
    }
    return r;
  }

  /** The governor of {@code i} in the basic dependency tree, or 0 for the root. */
  public int primaryParent(int i) {
    return treeParent[i];
  }

  /** The basic-tree relation from {@link #primaryParent(int)} to {@code i}, or "root". */
  public String primaryRelation(int i) {
    return treeRelation[i];
  }

  /** The token covering character offset {@code offset}, or 0. */
  public int tokenAt(int offset) {
    for (int k = 1; k <= tokens.size(); k++) {
      if (begin(k) <= offset && offset < finish(k)) {
        return k;
      }
    }
    return 0;
  }

  /** The tokens lying within {@code [from, to)}. */
  public List<Integer> tokensIn(int from, int to) {
    List<Integer> r = new ArrayList<>();
    for (int k = 1; k <= tokens.size(); k++) {
      if (begin(k) >= from && finish(k) <= to) {
        r.add(k);
      }
    }
    return r;
  }
}
