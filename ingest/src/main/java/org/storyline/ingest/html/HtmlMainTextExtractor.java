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
import org.storyline.ingest.text.ChromeRules;
import org.storyline.ingest.text.SentenceShape;
import org.storyline.ingest.text.WordBag;

/**
 * Extracts the article body of an HTML page with jsoup, in the manner of Readability and
 * Trafilatura; scripts are never run.
 *
 * <p>Steps: put segments of streamed rendering where their script would ({@link StreamedSegments});
 * remove non-content elements (scripts, styles, forms, navigation, asides, footers,
 * hidden elements) and elements whose class or id marks them as chrome (comment, related, share,
 * promo, newsletter, cookie, sidebar, ...; a weak hint such as "widget" only when the element
 * holds little prose, a strong one unless it holds most of the page's prose), recording each
 * with a reason; choose the element that best covers the page's prose ({@link ProseDensity});
 * keep its headings, paragraphs, lists, quotes and tables, dropping link lists, captions,
 * repeated paragraphs, short lines the scraped-text chrome rules recognise, and fragments before
 * the first and after the last sentence. When the result hardly matches the page's own JSON-LD
 * {@code articleBody}, that text is taken instead.
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
          + "promo|recommend|advert|popup|modal|footnote|author-?(bio|info|box|card|details|profile)|about-?author|"
          + "\\bbio\\b|disclaimer|testimonial|w-dyn-list|posts-?(list|grid|container)|post-?list|article-?list|"
          + "side-?posts|more-?posts|latest-?posts|recent-?posts", Pattern.CASE_INSENSITIVE);
  /** Elements with a weak chrome hint (widget, banner, tags...) are kept from this much paragraph text on. */
  private static final int WEAK_HINT_PROSE = 80;
  /** Share of the page's prose from which even an always-chrome class (comment, cookie) does not remove a wrapper. */
  private static final double ALMOST_ALL_PROSE = 0.9;
  /** Paragraphs up to this many words are checked against the scraped-text chrome rules. */
  private static final int CHROME_LINE_WORDS = 12;
  /** Below this word F1 against the page's JSON-LD {@code articleBody}, that text is used instead. */
  private static final double LD_MISMATCH = 0.2;
  /** Weight of a chrome character against a prose character when choosing the container. */
  private static final double CHROME_PENALTY = 0.3;
  /** Link density above which a paragraph is a link to another page (a teaser), not article text. */
  private static final double LINKED_PARAGRAPH = 0.8;
  /** Fewest characters of a block counted as prose. */
  private static final int MIN_PROSE_BLOCK = 60;
  private static final Pattern STRONG_POSITIVE = Pattern.compile(
      "article-?body|story-?body|post-?body|entry-?content|article-?content|post-?content|main-?content|"
          + "articlebody", Pattern.CASE_INSENSITIVE);
  private static final Pattern ACCORDION = Pattern.compile("accordion", Pattern.CASE_INSENSITIVE);
  /** A class or id naming a page layout with a sidebar, not the sidebar itself. */
  private static final Pattern LAYOUT = Pattern.compile(
      "layout|(with|has)-?sidebar|sidebar-?(left|right)|(left|right)-?sidebar", Pattern.CASE_INSENSITIVE);
  /** A class or id token naming the page's main column. */
  private static final Pattern MAIN_COLUMN = Pattern.compile(
      "(^|[\\s_-])(main|content|article)([\\s_-]|$)", Pattern.CASE_INSENSITIVE);
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
    Element best = new ProseDensity(CHROME_PENALTY, MIN_PROSE_BLOCK).best(body);
    if (best == null) {
      throw new StorylineException(ErrorCode.NO_MAIN_TEXT,
          document.source().describe() + ": no block of the page holds article text");
    }
    List<String> paragraphs = new ArrayList<>();
    collect(best, title, paragraphs, dropped);
    EdgeLines.trim(paragraphs, ld.authors(), dropped);
    if (paragraphs.isEmpty()) {
      throw new StorylineException(ErrorCode.NO_MAIN_TEXT,
          document.source().describe() + ": no paragraph of the page reads as article text");
    }
    String text = String.join("\n\n", paragraphs);
    String articleBody = ld.text("articleBody");
    if (articleBody != null && articleBody.length() >= 400) {
      // the page's own statement of its article text outweighs a container that hardly matches it
      double[] prf = WordBag.score(new WordBag(text),
          new WordBag(articleBody));
      if (prf[2] < LD_MISMATCH) {
        dropped.add(new DroppedBlock(text.length() > 2000 ? text.substring(0, 2000) : text, "boilerplate"));
        text = String.join("\n\n", articleBody.strip().split("\\s*\\n\\s*\\n?\\s*"));
      } else {
        text = String.join("\n\n", StatedBody.keep(paragraphs, articleBody, dropped));
      }
    }
    return new Extraction(text, title, dropped);
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
    StreamedSegments.reveal(body);
    body.select(REMOVE_TAGS).remove();
    Map<Element, Integer> before = proseLengths(body);
    int all = Math.max(1, before.getOrDefault(body, 0));
    for (Element e : body.select("[hidden], [aria-hidden=true], [style~=(?i)display\\s*:\\s*none]")) {
      if (before.getOrDefault(e, 0) * 2 < all && !foldedPanel(e)) {
        e.remove(); // hidden chrome; a hidden element with most of the prose is content a script reveals
      }
    }
    Map<Element, Integer> visible = proseLengths(body);
    int visibleTotal = Math.max(1, visible.getOrDefault(body, 0));
    for (Element e : body.select("nav, aside, footer, form:not(:has(p)), dialog")) {
      if (visible.getOrDefault(e, 0) * 2 > visibleTotal && e.selectFirst("h1, article, main") != null) {
        continue; // an unclosed <aside> or <nav> swallowed the article: broken markup, not chrome
      }
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
        // a wrapper with nearly all the prose is the article under an odd class ("commentOnSelection")
        remove = own < ALMOST_ALL_PROSE * total;
      } else if (STRONG_NEGATIVE.matcher(hints).find()) {
        // a wrapper holding most of the prose is not chrome, whatever its class; nor is a layout
        // ("layout-with-sidebar") whose own main column holds most of its prose
        remove = own * 2 < total && !holdsMainColumn(e, own, prose);
      } else {
        remove = NEGATIVE.matcher(hints).find() && !POSITIVE.matcher(hints).find() && own < WEAK_HINT_PROSE;
      }
      if (remove) {
        drop(e, reason(hints), dropped);
      }
    }
  }

  /**
   * True if {@code e}, marked as a layout ("layout-sidebar-left") and holding {@code own} characters
   * of prose, has a descendant marked as the main
   * column ({@code <main>}, {@code <article>}, or a class/id token main, content, article) holding most of them.
   */
  private static boolean holdsMainColumn(Element e, int own, Map<Element, Integer> prose) {
    if (own == 0 || !LAYOUT.matcher(hints(e)).find()) {
      return false;
    }
    for (Element d : e.select("main, article, [class], [id]")) {
      if (d == e || prose.getOrDefault(d, 0) * 2 <= own) {
        continue;
      }
      if (d.normalName().equals("main") || d.normalName().equals("article")
          || MAIN_COLUMN.matcher(hints(d)).find() && !STRONG_NEGATIVE.matcher(hints(d)).find()) {
        return true;
      }
    }
    return false;
  }

  /** A collapsed accordion panel (its own or its parent's class says accordion): text a click unfolds. */
  private static boolean foldedPanel(Element e) {
    String own = hints(e);
    String parent = e.parent() == null ? "" : hints(e.parent());
    return ACCORDION.matcher(own).find() || ACCORDION.matcher(parent).find();
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

  /**
   * Keeps the container's blocks that read as article text; drops link lists, paragraphs that are
   * almost wholly a link, captions, fragments.
   */
  private static void collect(Element root, String title, List<String> out, List<DroppedBlock> dropped) {
    EndSections.drop(root, dropped);
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
    for (Element p : root.select("p")) {
      if (p.parent() != null && p.text().length() > 0 && linkDensity(p) > LINKED_PARAGRAPH) {
        drop(p, "related", dropped);
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
      if (SentenceShape.words(para) <= CHROME_LINE_WORDS) {
        String reason = ChromeRules.reason(para);
        if (reason != null) {
          dropped.add(new DroppedBlock(para, reason));
          continue;
        }
      }
      out.add(para);
    }
    trimEdges(out, dropped);
  }

  /** Drops short fragments (dates, names, labels) before the first and after the last prose paragraph. */
  private static void trimEdges(List<String> out, List<DroppedBlock> dropped) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < out.size(); i++) {
      if (SentenceShape.isSentence(out.get(i))) {
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
      if (SentenceShape.words(out.get(i)) < 8) {
        dropped.add(new DroppedBlock(out.remove(i), "boilerplate"));
      } else {
        break;
      }
    }
    for (int i = first - 1; i >= 0; i--) {
      String p = out.get(i);
      if (SentenceShape.words(p) < 4 && !p.endsWith("?") && !p.endsWith(":")) {
        dropped.add(new DroppedBlock(out.remove(i), "boilerplate"));
      }
    }
  }
}
