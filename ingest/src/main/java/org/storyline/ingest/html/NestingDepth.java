package org.storyline.ingest.html;

import org.jsoup.nodes.Element;

/** Measures how deeply the elements of a parsed page nest, without recursion. */
public final class NestingDepth {
  private NestingDepth() {}

  /**
   * The depth of the deepest element under {@code root} ({@code root} itself is depth 0), or the
   * first depth above {@code stopAbove} once one is found (the walk stops there).
   */
  public static int of(Element root, int stopAbove) {
    int max = 0;
    int depth = 0;
    Element e = root;
    while (e != null) {
      if (depth > max) {
        max = depth;
        if (max > stopAbove) {
          return max;
        }
      }
      Element child = e.firstElementChild();
      if (child != null) {
        e = child;
        depth++;
        continue;
      }
      while (e != null && e != root && e.nextElementSibling() == null) {
        e = e.parent();
        depth--;
      }
      e = e == null || e == root ? null : e.nextElementSibling();
    }
    return max;
  }
}
