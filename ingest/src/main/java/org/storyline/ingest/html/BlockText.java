package org.storyline.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Renders an element as paragraphs: block-level elements (paragraphs, headings, list items,
 * quotes, table rows, divisions) end a paragraph, {@code <br>} too; whitespace is collapsed.
 */
final class BlockText {
  static final Set<String> BLOCKS = Set.of(
      "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl",
      "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "tbody", "thead", "figure", "figcaption",
      "header", "footer", "aside", "nav", "form", "address", "hr", "br", "center", "details", "summary");

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  private BlockText() {}

  /** The paragraphs of {@code root} in document order. */
  static List<String> paragraphs(Element root) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    walk(root, current, out);
    flush(current, out);
    return out;
  }

  private static void walk(Node node, StringBuilder current, List<String> out) {
    if (node instanceof TextNode t) {
      String s = t.getWholeText();
      if (!s.isBlank()) {
        if (current.length() > 0 && Character.isWhitespace(s.charAt(0))) {
          current.append(' ');
        }
        current.append(SPACES.matcher(s.strip()).replaceAll(" "));
        if (Character.isWhitespace(s.charAt(s.length() - 1))) {
          current.append(' ');
        }
      } else if (current.length() > 0) {
        current.append(' ');
      }
      return;
    }
    if (!(node instanceof Element e)) {
      return;
    }
    boolean block = BLOCKS.contains(e.normalName());
    if (block) {
      flush(current, out);
    }
    for (Node child : e.childNodes()) {
      walk(child, current, out);
    }
    if (block) {
      flush(current, out);
    } else if (e.normalName().equals("td") || e.normalName().equals("th")) {
      current.append(' ');
    }
  }

  private static void flush(StringBuilder current, List<String> out) {
    String s = SPACES.matcher(current).replaceAll(" ").strip();
    if (!s.isEmpty()) {
      out.add(s);
    }
    current.setLength(0);
  }
}
