package org.storyline.ingest.html;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Picks the element that best covers the page's prose: every text character is counted as prose
 * when its block (nearest paragraph-like ancestor) is long enough and not mostly links, else as
 * chrome (so is an excerpt cut with an ellipsis); the chosen element maximises
 * {@code prose - penalty * chrome} over all elements.
 */
final class ProseDensity {
  private final double penalty;
  private final int minBlock;

  ProseDensity(double penalty, int minBlock) {
    this.penalty = penalty;
    this.minBlock = minBlock;
  }

  /**
   * The best element under {@code root} (possibly {@code root}), or null if the page has no prose. Of
   * elements with equal scores the innermost wins (a wrapper that adds no prose adds nothing), and of
   * unrelated ones the first in document order, so the choice never depends on identity hash codes.
   */
  Element best(Element root) {
    // insertion-ordered (jsoup nodes hash by identity): the result must not depend on identity hash codes
    Map<Element, int[]> blockStats = new LinkedHashMap<>(); // block -> {text, link text}, in document order
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          int len = t.text().strip().length();
          if (len == 0) {
            return;
          }
          Element block = block(t);
          int[] st = blockStats.computeIfAbsent(block, k -> new int[2]);
          st[0] += len;
          if (insideLink(t, block)) {
            st[1] += len;
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {}
    }, root);
    Map<Element, double[]> totals = new LinkedHashMap<>(); // element -> {prose, chrome}
    for (Map.Entry<Element, int[]> e : blockStats.entrySet()) {
      int[] st = e.getValue();
      Element block = e.getKey();
      boolean prose = st[0] >= minBlock && st[1] * 10 < st[0] * 4 && !teaser(block);
      double weight = prose ? st[0] - st[1] : 0;
      double chrome = prose ? st[1] : st[0];
      for (Element a = block; a != null; a = a.parent()) {
        double[] t = totals.computeIfAbsent(a, k -> new double[2]);
        t[0] += weight;
        t[1] += chrome;
        if (a == root) {
          break;
        }
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, double[]> e : totals.entrySet()) {
      double score = e.getValue()[0] - penalty * e.getValue()[1];
      if (score > bestScore || score == bestScore && best != null && e.getKey().parents().contains(best)) {
        bestScore = score;
        best = e.getKey();
      }
    }
    return best;
  }

  /** An excerpt of another article: cut with an ellipsis or ending in a "read more" link. */
  static boolean teaser(Element block) {
    String text = block.text().strip();
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith("…") || lower.endsWith("[…]") || lower.endsWith("[...]") || lower.endsWith("read more")
        || lower.endsWith("continue reading") || lower.endsWith("read more »") || lower.endsWith("...")) {
      return true;
    }
    return false;
  }

  private static Element block(Node n) {
    Element p = n.parent() instanceof Element e ? e : null;
    while (p != null && !BlockText.BLOCKS.contains(p.normalName()) && p.parent() != null) {
      p = p.parent();
    }
    return p;
  }

  private static boolean insideLink(Node n, Element stop) {
    for (Node p = n.parent(); p != null && p != stop; p = p.parent()) {
      if (p instanceof Element e && e.normalName().equals("a")) {
        return true;
      }
    }
    return false;
  }
}
