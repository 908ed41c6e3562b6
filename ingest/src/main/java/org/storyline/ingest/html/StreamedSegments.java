package org.storyline.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Puts the segments of a page rendered by streaming (React's server rendering: the article
 * arrives in hidden {@code <div hidden id="S:n">} blocks, n in hexadecimal, that a script moves to
 * the placeholder {@code <template id="B:n">}, replacing a fallback such as "Loading
 * paragraph...", or {@code <template id="P:n">} inside another segment) where the
 * script would put them, so that a page read without scripts holds its text in reading order
 * instead of hidden. The fallback is removed up to React's closing {@code <!--/$-->} marker, or,
 * without one, when it is a single short element right after the placeholder.
 */
final class StreamedSegments {
  private static final Pattern SEGMENT_ID = Pattern.compile("S:[0-9a-f]+");
  /** Longest text of a fallback element removed without an end marker. */
  private static final int FALLBACK_CHARS = 60;

  private StreamedSegments() {}

  /** Moves every streamed segment under {@code body} to its placeholder; returns how many moved. */
  static int reveal(Element body) {
    int moved = 0;
    for (Element segment : new ArrayList<>(body.select("div[hidden][id]"))) {
      if (!SEGMENT_ID.matcher(segment.id()).matches() || segment.parent() == null) {
        continue;
      }
      String n = segment.id().substring(2);
      Element placeholder = body.getElementById("B:" + n); // a boundary with a fallback
      if (placeholder == null) {
        placeholder = body.getElementById("P:" + n); // a segment inside another one
      }
      if (placeholder == null || !placeholder.normalName().equals("template")) {
        continue;
      }
      removeFallback(placeholder);
      List<Node> children = new ArrayList<>(segment.childNodes());
      for (Node child : children) {
        placeholder.before(child);
      }
      placeholder.remove();
      segment.remove();
      moved++;
    }
    return moved;
  }

  private static void removeFallback(Element placeholder) {
    List<Node> fallback = new ArrayList<>();
    boolean closed = false;
    for (Node n = placeholder.nextSibling(); n != null; n = n.nextSibling()) {
      if (n instanceof Comment c && c.getData().startsWith("/$")) {
        closed = true;
        break;
      }
      if (n instanceof Element e && e.normalName().equals("template")) {
        break;
      }
      fallback.add(n);
    }
    if (closed) {
      fallback.forEach(Node::remove);
      return;
    }
    Element next = placeholder.nextElementSibling();
    if (next != null && !next.normalName().equals("template") && next.children().isEmpty()
        && next.text().strip().length() <= FALLBACK_CHARS) {
      next.remove();
    }
  }
}
