package org.storyline.ingest.meta;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an element as a reader sees it when dates are concerned: like jsoup's
 * {@code text()}, but every element boundary except inline emphasis separates words, so that
 * two adjacent stamps ({@code <span>July 30, 2019</span><span>January 18, 2023</span>}) or a
 * label and a date ({@code <a>Health</a><time>May 2, 2022</time>}) do not run together; and an
 * element that its markup marks as a publication or modification stamp (class {@code published},
 * {@code updated}, {@code modified}, {@code itemprop=datePublished|dateModified}), but not as both, is
 * preceded by the label a reader would see beside it ("Published:", "Updated:").
 */
final class PageText {
  private static final Set<String> JOINING = Set.of("b", "i", "em", "strong", "u", "mark", "abbr", "small", "sup",
      "sub", "wbr");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern PUBLISHED = Pattern.compile(
      "(^|[\\s_-])(published|date-?published|entry-date|post-date|publish-date|pubdate)($|[\\s_-])",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern UPDATED = Pattern.compile(
      "(^|[\\s_-])(updated|modified|date-?modified|update-date|last-?updated|updated-on)($|[\\s_-])",
      Pattern.CASE_INSENSITIVE);

  private PageText() {}

  /** The words of {@code root}, single-spaced. */
  static String of(Element root) {
    if (root == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          out.append(t.getWholeText());
        } else if (node instanceof Element e && !JOINING.contains(e.normalName())) {
          out.append(' ').append(label(e));
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && !JOINING.contains(e.normalName())) {
          out.append(' ');
        }
      }
    }, root);
    return SPACES.matcher(out).replaceAll(" ").strip();
  }

  /** "Published: " or "Updated: " for an element marked as such a stamp, else nothing. */
  static String label(Element e) {
    String marks = e.className() + " " + e.attr("itemprop");
    if (marks.isBlank()) {
      return "";
    }
    boolean published = PUBLISHED.matcher(marks).find();
    boolean updated = UPDATED.matcher(marks).find();
    if (published == updated) {
      return ""; // neither, or both ("entry-date published updated"): the visible label decides
    }
    return published ? "Published: " : "Updated: ";
  }
}
