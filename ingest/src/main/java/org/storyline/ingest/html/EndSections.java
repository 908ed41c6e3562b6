package org.storyline.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.storyline.core.document.DroppedBlock;
import org.storyline.ingest.text.ChromeRules;

/**
 * Drops the sections of an article container that a heading announces as not the article:
 * author boxes ("About the author"), lists of other articles ("Related articles", "More from
 * ...", "Recent posts", "You may also like") and comment threads ("Comments", "Leave a reply").
 * Source lists and footnotes are kept: publishers count them as part of the article as often as
 * not. A section is the heading and the elements after it up to the next heading of the
 * same or a higher rank; when it fills its wrapper, the wrapper goes too.
 */
final class EndSections {
  private static final Pattern AUTHOR = Pattern.compile(
      "about (the )?(author|authors|writer|contributors?)|author bio(graphy)?|meet the (author|writer)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern OTHER_ARTICLES = Pattern.compile(
      "(recent|latest|popular|related|similar|featured|more|other) (posts|articles|stories|reads|reading|guides|news)"
          + "|you (may|might|will) (also )?(like|enjoy|be interested in)|keep reading|read (this )?next|"
          + "more (articles|stories|posts|news) (from|by|on|like this)\\b.*|share this (article|post|story)",
      Pattern.CASE_INSENSITIVE);
  /** Headings longer than this are article headings whatever they say. */
  private static final int MAX_WORDS = 8;

  private EndSections() {}

  /** The reason for dropping the section a heading with {@code text} opens, or null to keep it. */
  static String reason(String text) {
    String s = text.strip().replaceAll("[:.!»>]+$", "").strip();
    if (s.isEmpty() || s.split("\\s+").length > MAX_WORDS) {
      return null;
    }
    if (AUTHOR.matcher(s).matches()) {
      return "author-bio";
    }
    if (OTHER_ARTICLES.matcher(s).matches() || ChromeRules.isEndMarker(s)) {
      return s.toLowerCase(Locale.ROOT).startsWith("comment") || s.toLowerCase(Locale.ROOT).startsWith("leave a")
          ? "comments" : "related";
    }
    return null;
  }

  /** Removes the announced sections under {@code root}, recording each. */
  static void drop(Element root, List<DroppedBlock> dropped) {
    for (Element h : root.select("h2, h3, h4, h5, h6")) {
      if (h.parent() == null || !isInside(h, root)) {
        continue; // removed with an earlier section
      }
      String reason = reason(h.text());
      if (reason == null) {
        continue;
      }
      int rank = rank(h);
      List<Element> section = new ArrayList<>();
      section.add(h);
      boolean fills = h.previousElementSibling() == null;
      for (Element s = h.nextElementSibling(); s != null; s = s.nextElementSibling()) {
        if (rank(s) > 0 && rank(s) <= rank || !s.select("h1, h2, h3, h4, h5, h6").isEmpty()
            && rank(s.selectFirst("h1, h2, h3, h4, h5, h6")) <= rank) {
          fills = false;
          break;
        }
        section.add(s);
      }
      Element wrapper = h.parent();
      if (fills && wrapper != root && wrapper.parent() != null) {
        Element outer = wrapper;
        while (outer.parent() != null && outer.parent() != root && outer.parent().childrenSize() == 1) {
          outer = outer.parent();
        }
        remove(outer, reason, dropped);
      } else {
        for (Element e : section) {
          remove(e, reason, dropped);
        }
      }
    }
  }

  private static boolean isInside(Element e, Element root) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == root) {
        return true;
      }
    }
    return false;
  }

  private static int rank(Element e) {
    String n = e.normalName();
    return n.length() == 2 && n.charAt(0) == 'h' && Character.isDigit(n.charAt(1)) ? n.charAt(1) - '0' : 0;
  }

  private static void remove(Element e, String reason, List<DroppedBlock> dropped) {
    String text = e.text().strip();
    if (!text.isEmpty()) {
      dropped.add(new DroppedBlock(text.length() > 2000 ? text.substring(0, 2000) : text, reason));
    }
    e.remove();
  }
}
