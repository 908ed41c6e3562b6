package org.storyline.ingest.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.storyline.core.document.DroppedBlock;
import org.storyline.core.document.Extraction;
import org.storyline.core.document.SourceDocument;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;
import org.storyline.core.stage.MainTextExtractor;
import org.storyline.ingest.meta.JsonLd;

/**
 * Extracts the article body of an HTML page with jsoup, in the manner of Readability and
 * Trafilatura; scripts are never run.
 *
 * <p>Steps: remove non-content elements (scripts, styles, forms, navigation, asides, footers,
 * hidden elements) and elements whose class or id marks them as chrome (comment, related, share,
 * promo, newsletter, cookie, sidebar, ...), recording each with a reason; score every paragraph
 * by its length and commas and credit the score to its ancestors, weighting containers by
 * class/id hints and discounting by link density; take the best container (nudged towards the
 * one that best matches a JSON-LD {@code articleBody}); keep its headings, paragraphs, lists,
 * quotes and tables, dropping link lists, captions and short fragments with reasons.
 */
public final class HtmlMainTextExtractor implements MainTextExtractor {
  private static final Pattern NEGATIVE = Pattern.compile(
      "comment|disqus|related|recommend|share|sharing|social|promo|newsletter|subscribe|signup|sign-up|"
          + "cookie|consent|gdpr|sidebar|side-bar|widget|footer|masthead|breadcrumb|pagination|pager|popup|"
          + "modal|banner|sponsor|advert|\\bads?\\b|ad-|-ad\\b|outbrain|taboola|teaser|trending|popular|"
          + "most-read|mostread|read-more|readmore|more-stories|tags|tag-list|author-bio|byline|nav|menu|"
          + "skip|print|toolbar|follow|rss|newsletter|paywall|donate|login|register|search|caption|credit",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern POSITIVE = Pattern.compile(
      "article|content|story|entry|post|body|main|text|blog|news|detail|prose|rich", Pattern.CASE_INSENSITIVE);
  private static final Pattern STRONG_NEGATIVE = Pattern.compile(
      "comment|related|share|social|newsletter|cookie|consent|sidebar|footer|breadcrumb|outbrain|taboola|"
          + "promo|recommend|advert|popup|modal", Pattern.CASE_INSENSITIVE);
  /** Elements with a weak chrome hint (widget, banner, tags...) are kept from this much paragraph text on. */
  private static final int WEAK_HINT_PROSE = Integer.getInteger("storyline.weakprose", 80);
  private static final boolean CHROME_LINES = !Boolean.getBoolean("storyline.nochromelines");
  private static final int CHROME_LINE_WORDS = Integer.getInteger("storyline.chromewords", 12);
  private static final boolean TRIM = !Boolean.getBoolean("storyline.notrim");
  private static final Pattern STRONG_POSITIVE = Pattern.compile(
      "article-?body|story-?body|post-?body|entry-?content|article-?content|post-?content|main-?content|"
          + "articlebody", Pattern.CASE_INSENSITIVE);
  private static final Pattern ALWAYS_CHROME = Pattern.compile(
      "comment|disqus|cookie|consent|gdpr|outbrain|taboola", Pattern.CASE_INSENSITIVE);
  private static final String REMOVE_TAGS =
      "script, style, noscript, template, svg, iframe, object, embed, canvas, video, audio, input, button, "
          + "select, textarea, label, link, meta";

  @Override
  public Extraction extract(SourceDocument document) {
    Document page = ParsedPages.parse(document.content(), document.source().url());
    JsonLd ld = JsonLd.of(page);
    Element body = page.body() == null ? new Element("body") : page.body().clone();
    List<DroppedBlock> dropped = new ArrayList<>();
    String title = title(page);
    clean(body, dropped);
    Element best = Boolean.getBoolean("storyline.readability") ? bestContainer(body, ld.text("articleBody"))
        : new ProseDensity(Double.parseDouble(System.getProperty("storyline.penalty", "0.3")),
            Integer.getInteger("storyline.minblock", 60)).best(body);
    if (best == null) {
      throw new StorylineException(ErrorCode.NO_MAIN_TEXT,
          document.source().describe() + ": no block of the page holds article text");
    }
    List<String> paragraphs = new ArrayList<>();
    collect(best, title, paragraphs, dropped);
    if (paragraphs.isEmpty()) {
      throw new StorylineException(ErrorCode.NO_MAIN_TEXT,
          document.source().describe() + ": no paragraph of the page reads as article text");
    }
    return new Extraction(String.join("\n\n", paragraphs), title, dropped);
  }

  private static String title(Document page) {
    Element h1 = page.selectFirst("article h1, main h1, h1");
    if (h1 != null && !h1.text().isBlank()) {
      return h1.text().strip();
    }
    Element og = page.selectFirst("meta[property=og:title]");
    if (og != null && !og.attr("content").isBlank()) {
      return og.attr("content").strip();
    }
    return page.title().isBlank() ? null : page.title().strip();
  }

  /** Removes what is never article text and what class/id hints mark as chrome. */
  private static void clean(Element body, List<DroppedBlock> dropped) {
    body.select(REMOVE_TAGS).remove();
    for (Element e : body.select("[hidden], [aria-hidden=true], [style~=(?i)display\\s*:\\s*none]")) {
      e.remove();
    }
    for (Element e : body.select("nav, aside, footer, form:not(:has(p)), dialog")) {
      drop(e, e.normalName().equals("nav") ? "navigation" : e.normalName().equals("form") ? "form" : "boilerplate",
          dropped);
    }
    Map<Element, Integer> prose = proseLengths(body);
    int total = Math.max(1, prose.getOrDefault(body, 0));
    for (Element e : new ArrayList<>(body.getAllElements())) {
      if (e == body || e.parent() == null) {
        continue;
      }
      String hints = hints(e);
      if (hints.isEmpty() || e.normalName().equals("article") || e.normalName().equals("main")
          || strongPositive(hints)) {
        continue;
      }
      int own = prose.getOrDefault(e, 0);
      boolean remove;
      if (ALWAYS_CHROME.matcher(hints).find()) {
        remove = true;
      } else if (STRONG_NEGATIVE.matcher(hints).find()) {
        remove = own * 2 < total; // a wrapper holding most of the prose is not chrome, whatever its class
      } else {
        remove = NEGATIVE.matcher(hints).find() && !POSITIVE.matcher(hints).find() && own < WEAK_HINT_PROSE;
      }
      if (remove) {
        drop(e, reason(hints), dropped);
      }
    }
  }

  /** Characters of paragraph text inside each element. */
  private static Map<Element, Integer> proseLengths(Element body) {
    Map<Element, Integer> lengths = new IdentityHashMap<>();
    for (Element p : body.select("p, pre, blockquote, li")) {
      int len = p.text().length();
      for (Element a = p.parent(); a != null; a = a.parent()) {
        lengths.merge(a, len, Integer::sum);
        if (a == body) {
          break;
        }
      }
    }
    return lengths;
  }

  private static boolean strongPositive(String hints) {
    return STRONG_POSITIVE.matcher(hints).find();
  }

  private static String hints(Element e) {
    return (e.className() + " " + e.id()).strip();
  }

  private static String reason(String hints) {
    String h = hints.toLowerCase(Locale.ROOT);
    for (String[] pair : new String[][] {
        {"comment", "comments"}, {"related", "related"}, {"recommend", "related"}, {"share", "share"},
        {"social", "share"}, {"newsletter", "newsletter"}, {"subscribe", "subscribe"}, {"cookie", "boilerplate"},
        {"consent", "boilerplate"}, {"advert", "advertisement"}, {"ad", "advertisement"}, {"promo", "teaser"},
        {"caption", "caption"}, {"credit", "credit"}, {"nav", "navigation"}, {"menu", "navigation"},
        {"breadcrumb", "navigation"}, {"donate", "donate"}}) {
      if (h.contains(pair[0])) {
        return pair[1];
      }
    }
    return "boilerplate";
  }

  private static void drop(Element e, String reason, List<DroppedBlock> dropped) {
    String text = e.text().strip();
    if (!text.isEmpty()) {
      dropped.add(new DroppedBlock(text.length() > 2000 ? text.substring(0, 2000) : text, reason));
    }
    e.remove();
  }

  /** Readability-style scoring: paragraphs credit their parent fully, grandparent half. */
  private static Element bestContainer(Element body, String articleBody) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element p : body.select("p, pre, blockquote, td, li, h2, h3, h4, div, section, article")) {
      String own = ownishText(p);
      int len = own.length();
      if (len < 25) {
        continue;
      }
      double score = 1 + commas(own) + Math.min(len / 100.0, 3);
      Element parent = p.parent();
      int level = 0;
      boolean isP = p.normalName().equals("p") || p.normalName().equals("pre") || p.normalName().equals("blockquote");
      if (!isP) {
        // a div with its own text acts as a paragraph; credit itself and ancestors
        parent = p;
      }
      while (parent != null && level < 3) {
        double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
        scores.merge(parent, score * share, Double::sum);
        parent = parent.parent();
        level++;
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      Element el = e.getKey();
      double s = (e.getValue() + tagWeight(el) + classWeight(el)) * (1 - linkDensity(el));
      e.setValue(s);
      if (s > bestScore) {
        bestScore = s;
        best = el;
      }
    }
    if (best == null) {
      return body.text().isBlank() ? null : body;
    }
    // a container that holds the best but adds little link text and much more prose is better
    Element parent = best.parent();
    while (parent != null && parent != body.parent()) {
      Double ps = scores.get(parent);
      if (ps != null && ps > bestScore * 0.85 && textLength(parent) < textLength(best) * 1.6) {
        best = parent;
        bestScore = Math.max(bestScore, ps);
      }
      parent = parent.parent();
    }
    return best;
  }

  private static String ownishText(Element e) {
    if (e.normalName().equals("div") || e.normalName().equals("section") || e.normalName().equals("article")
        || e.normalName().equals("td") || e.normalName().equals("li")) {
      StringBuilder sb = new StringBuilder();
      for (Node n : e.childNodes()) {
        if (n instanceof TextNode t) {
          sb.append(t.text());
        } else if (n instanceof Element c && !BlockText.BLOCKS.contains(c.normalName())) {
          sb.append(c.text());
        }
      }
      return sb.toString().strip();
    }
    return e.text();
  }

  private static int commas(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '，' || c == '、') {
        n++;
      }
    }
    return n;
  }

  private static double tagWeight(Element e) {
    return switch (e.normalName()) {
      case "article" -> 10;
      case "main" -> 8;
      case "div", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "ul", "ol", "dl", "form", "li" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
  }

  private static double classWeight(Element e) {
    String h = hints(e);
    double w = 0;
    if (NEGATIVE.matcher(h).find()) {
      w -= 25;
    }
    if (POSITIVE.matcher(h).find()) {
      w += 25;
    }
    if (e.hasAttr("itemprop") && e.attr("itemprop").toLowerCase(Locale.ROOT).contains("articlebody")) {
      w += 50;
    }
    return w;
  }

  static double linkDensity(Element e) {
    int total = textLength(e);
    if (total == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += a.text().length();
    }
    return Math.min(1, (double) links / total);
  }

  private static int textLength(Element e) {
    return e.text().length();
  }

  /** Keeps the container's blocks that read as article text; drops link lists, captions, fragments. */
  private static void collect(Element root, String title, List<String> out, List<DroppedBlock> dropped) {
    for (Element fig : root.select("figcaption, figure figcaption, .wp-caption-text")) {
      drop(fig, "caption", dropped);
    }
    for (Element list : root.select("ul, ol")) {
      if (list.parent() != null && linkDensity(list) > 0.6 && list.text().length() > 0) {
        drop(list, "navigation", dropped);
      }
    }
    for (Element div : root.select("div, section, table")) {
      if (div.parent() != null && div != root && linkDensity(div) > 0.5 && div.text().length() > 0
          && div.select("p").size() < 2) {
        drop(div, "related", dropped);
      }
    }
    String titleKey = title == null ? null : title.strip().toLowerCase(Locale.ROOT);
    Map<String, Integer> seen = new HashMap<>();
    for (String para : BlockText.paragraphs(root)) {
      String key = para.toLowerCase(Locale.ROOT);
      if (key.equals(titleKey)) {
        dropped.add(new DroppedBlock(para, "title"));
        continue;
      }
      if (seen.merge(key, 1, Integer::sum) > 1 && para.length() > 30) {
        dropped.add(new DroppedBlock(para, "repeated"));
        continue;
      }
      if (CHROME_LINES && org.storyline.ingest.text.SentenceShape.words(para) <= CHROME_LINE_WORDS) {
        String reason = org.storyline.ingest.text.ChromeRules.reason(para);
        if (reason != null) {
          dropped.add(new DroppedBlock(para, reason));
          continue;
        }
      }
      out.add(para);
    }
    if (TRIM) {
      trimEdges(out, dropped);
    }
  }

  /** Drops short fragments (dates, names, labels) before the first and after the last prose paragraph. */
  private static void trimEdges(List<String> out, List<DroppedBlock> dropped) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < out.size(); i++) {
      if (org.storyline.ingest.text.SentenceShape.isSentence(out.get(i))) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    if (first < 0) {
      return;
    }
    for (int i = out.size() - 1; i > last; i--) {
      if (org.storyline.ingest.text.SentenceShape.words(out.get(i)) < 8) {
        dropped.add(new DroppedBlock(out.remove(i), "boilerplate"));
      } else {
        break;
      }
    }
    for (int i = first - 1; i >= 0; i--) {
      String p = out.get(i);
      if (org.storyline.ingest.text.SentenceShape.words(p) < 4 && !p.endsWith("?") && !p.endsWith(":")) {
        dropped.add(new DroppedBlock(out.remove(i), "boilerplate"));
      }
    }
  }
}
