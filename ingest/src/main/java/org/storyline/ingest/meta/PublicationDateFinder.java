package org.storyline.ingest.meta;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.storyline.core.document.Extraction;
import org.storyline.core.document.SourceDocument;
import org.storyline.core.time.DateBasis;
import org.storyline.core.time.PublicationDate;

/**
 * Finds when a document was published, trying evidence in the order that proved most accurate on
 * the WCXB development pages: a date given with the input; a day in the URL path; the date shown
 * under the headline (what a reader sees as the page's date); a {@code <time>} element outside
 * comments, related lists and "updated" stamps; publication meta tags
 * ({@code article:published_time}, {@code date}, {@code DC.date}, {@code parsely-pub-date}, ...);
 * a dateline in the header zone of the text; JSON-LD {@code datePublished} or a publication date
 * in embedded page data; a date labelled "Published" or "Posted" anywhere in the page; a month
 * in the URL; a modification date; a date labelled "Updated" anywhere; and last the crawl date, as
 * {@code inferred} with low confidence. Dates inside the story are never taken, and header
 * "Updated" stamps only when no other header date exists.
 */
public final class PublicationDateFinder {
  private static final List<String> META_NAMES = List.of(
      "article:published_time", "og:article:published_time", "og:published_time", "article:published",
      "datepublished", "publishdate", "publish-date", "publish_date", "published_time", "published-date",
      "published_date", "pubdate", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date",
      "dcterms.issued", "dcterms.date", "dcterms.created", "dc.date.created", "citation_publication_date",
      "citation_date", "originalpublicationdate", "article.published", "date", "displaydate",
      "release_date", "creation_date", "created", "pub_date", "timestamp", "cxenseparse:recs:publishtime",
      "bt:pubdate", "rnews:datepublished", "article_date_original", "dc.created", "eomportal-lastupdate",
      "published", "article:published_date", "article_published_time", "publication_date");
  private static final List<String> MODIFIED_NAMES = List.of(
      "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified",
      "lastmod");
  /** Characters after the headline searched for the byline date. */
  private static final int BYLINE_ZONE = 500;
  private static final Pattern LABELLED = Pattern.compile(
      "\\b(published|posted|first published|publish date)\\b\\s*(on|:)?\\s*(the\\s+)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern UPDATED_LABEL = Pattern.compile(
      "\\b(last updated|updated|last modified|modified)\\b\\s*(on|:)?\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern SCRIPT_DATE = Pattern.compile(
      "[\"']?(datePublished|publishedDate|published_on|publishDate|first_publication_date|publication_date|"
          + "date_published|publishedAt|published_at|pubDate)[\"']?\\s*:\\s*[\"']([0-9]{4}-[0-9]{2}-[0-9]{2})");
  private static final Pattern URL_DAY = Pattern.compile(
      "/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:/|[-_]|\\.|$)");
  private static final Pattern URL_DAY_SEPARATED = Pattern.compile(
      "[/_-]((?:19|20)\\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\\d|3[01])(?:/|[-_.]|$)");
  private static final Pattern URL_MONTH = Pattern.compile("/((?:19|20)\\d{2})/(0[1-9]|1[0-2])/");
  private static final Pattern UNWANTED = Pattern.compile(
      "comment|related|sidebar|footer|aside|recommend|teaser|promo|more-|widget|trending|popular|newsletter|"
          + "\\bnav|menu|breadcrumb", Pattern.CASE_INSENSITIVE);
  private static final Pattern UPDATED_BEFORE = Pattern.compile(
      "(updated|modified|edited|last changed|aktualisiert)\\W*(on|at)?\\W*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern PUBLISHED_BEFORE = Pattern.compile(
      "(published|posted|date|first published|released|issued)\\W*(on|at)?\\W*$", Pattern.CASE_INSENSITIVE);

  private PublicationDateFinder() {}

  /** The publication date of {@code doc}, or null if nothing dates it. */
  public static PublicationDate find(SourceDocument doc, Extraction extraction, Document page, JsonLd ld) {
    if (doc.published() != null) {
      return new PublicationDate(doc.published(), null, DateBasis.GIVEN, 1.0);
    }
    PublicationDate fromUrl = urlDate(doc.source().url());
    if (fromUrl != null && fromUrl.granularity() == org.storyline.core.time.Granularity.DAY) {
      return fromUrl;
    }
    String pageText = page == null ? "" : PageText.of(page.body());
    boolean monthFirst = NumericDateOrder.monthFirst(page, pageText);
    if (page != null) {
      DateText.Found byline = bylineDate(page, pageText, monthFirst);
      LocalDate d = byline == null ? null : byline.date();
      if (d != null && !updateStamp(pageText, byline)) {
        return PublicationDate.of(d, DateBasis.TEXT, 0.7);
      }
      if (d != null) {
        // an "Updated" stamp under the headline yields to a stated publication date
        LocalDate published = firstNonNull(timeElement(page, monthFirst), metaDate(page, META_NAMES),
            DateText.parse(ld.text("datePublished")));
        return published != null ? PublicationDate.of(published, DateBasis.METADATA, 0.8)
            : PublicationDate.of(d, DateBasis.TEXT, 0.5);
      }
      d = timeElement(page, monthFirst);
      if (d != null) {
        return PublicationDate.of(d, DateBasis.METADATA, 0.8);
      }
      d = metaDate(page, META_NAMES);
      if (d != null) {
        return PublicationDate.of(d, DateBasis.METADATA, 0.9);
      }
    }
    LocalDate text = headerDate(headerZone(doc, extraction, page, pageText), monthFirst);
    if (text != null) {
      return PublicationDate.of(text, DateBasis.TEXT, 0.6);
    }
    if (page != null) {
      LocalDate d = DateText.parse(ld.text("datePublished"));
      if (d == null) {
        d = DateText.parse(ld.text("dateCreated"));
      }
      if (d == null) {
        d = scriptDate(doc.content());
      }
      if (d != null) {
        return PublicationDate.of(d, DateBasis.METADATA, 0.8);
      }
    }
    if (page != null && page.body() != null) {
      LocalDate d = labelledDate(pageText, monthFirst);
      if (d != null) {
        return PublicationDate.of(d, DateBasis.TEXT, 0.5);
      }
    }
    if (fromUrl != null) {
      return fromUrl;
    }
    if (page != null) {
      LocalDate d = DateText.parse(ld.text("dateModified"));
      if (d == null) {
        d = metaDate(page, MODIFIED_NAMES);
      }
      if (d != null) {
        return PublicationDate.of(d, DateBasis.METADATA, 0.5);
      }
    }
    if (page != null) {
      LocalDate d = updatedDate(pageText, monthFirst);
      if (d != null) {
        return PublicationDate.of(d, DateBasis.TEXT, 0.3);
      }
    }
    if (doc.crawlDate() != null) {
      try {
        return PublicationDate.of(LocalDate.parse(doc.crawlDate()), DateBasis.INFERRED, 0.2);
      } catch (RuntimeException e) {
        return null;
      }
    }
    return null;
  }

  /** {@link #bylineDate(Document, String, boolean)} on the page's own text, numbers read day first. */
  static DateText.Found bylineDate(Document page) {
    return bylineDate(page, PageText.of(page.body()), false);
  }

  /**
   * The date shown in the byline zone right under the page's headline (the first {@code <h1>}, else the {@code og:title} found in the text),
   * as a reader sees it: a "Published" date if there is one, else the first date, which may be
   * an "Updated" stamp (the caller checks). Positions are in {@code text}, the page's body text
   * ({@link PageText}).
   */
  static DateText.Found bylineDate(Document page, String text, boolean monthFirst) {
    Element h1 = page.selectFirst("h1");
    String heading = h1 == null ? "" : PageText.of(h1);
    if (heading.length() < 8) {
      // no headline element: the headline the page states in its metadata, as shown in the text
      Element og = page.selectFirst("meta[property=og:title]");
      heading = og == null ? "" : og.attr("content").strip();
    }
    if (page.body() == null || heading.length() < 8) {
      return null;
    }
    int at = text.indexOf(heading);
    if (at < 0) {
      return null;
    }
    int from = at + heading.length();
    String zone = text.substring(from, Math.min(text.length(), from + BYLINE_ZONE));
    DateText.Found first = null;
    int offset = 0;
    while (offset < zone.length()) {
      DateText.Found f = DateText.first(zone.substring(offset), monthFirst);
      if (f == null) {
        break;
      }
      int start = offset + f.start();
      DateText.Found placed = new DateText.Found(f.date(), from + start, from + offset + f.end());
      if (first == null) {
        first = placed;
      }
      if (PUBLISHED_BEFORE.matcher(zone.substring(Math.max(0, start - 30), start)).find()) {
        return placed;
      }
      offset += f.end();
    }
    return first;
  }

  /** True if the date found in {@code text} is labelled as an update ("Last updated: ..."). */
  private static boolean updateStamp(String text, DateText.Found found) {
    return UPDATED_BEFORE.matcher(text.substring(Math.max(0, found.start() - 30), found.start())).find();
  }

  private static LocalDate firstNonNull(LocalDate... dates) {
    for (LocalDate d : dates) {
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /** The first date anywhere in {@code text} labelled "Published" or "Posted" ("Posted on 15/12/2025"). */
  static LocalDate labelledDate(String text) {
    return labelledDate(text, false);
  }

  private static LocalDate labelledDate(String text, boolean monthFirst) {
    return dateAfterLabel(LABELLED, text, monthFirst);
  }

  /**
   * The first date labelled as an update ("Updated on March 13, 2024") anywhere in {@code text}:
   * the last evidence the page itself gives of its date, when it states no publication.
   */
  static LocalDate updatedDate(String text, boolean monthFirst) {
    return dateAfterLabel(UPDATED_LABEL, text, monthFirst);
  }

  /** The first date that starts right after a match of {@code label} (within three characters). */
  private static LocalDate dateAfterLabel(Pattern label, String text, boolean monthFirst) {
    Matcher m = label.matcher(text);
    while (m.find()) {
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
      DateText.Found f = DateText.first(after, monthFirst);
      if (f != null && f.start() <= 3) {
        return f.date();
      }
    }
    return null;
  }

  /** A publication date in page data embedded for scripts ({@code "publishedDate":"2024-05-01..."}). */
  static LocalDate scriptDate(String html) {
    Matcher m = SCRIPT_DATE.matcher(html);
    return m.find() ? DateText.parse(m.group(2)) : null;
  }

  static LocalDate metaDate(Document page, List<String> names) {
    for (String name : names) {
      for (Element meta : page.select("meta[content]")) {
        String key = firstNonEmpty(meta.attr("property"), meta.attr("name"), meta.attr("itemprop"));
        if (key != null && key.toLowerCase(Locale.ROOT).equals(name)) {
          LocalDate d = DateText.parse(meta.attr("content"));
          if (d != null) {
            return d;
          }
        }
      }
      if (name.equals("datepublished")) {
        for (Element e : page.select("[itemprop=datePublished]")) {
          LocalDate d = DateText.parse(firstNonEmpty(e.attr("datetime"), e.attr("content"), e.text()));
          if (d != null) {
            return d;
          }
        }
      }
    }
    return null;
  }

  static LocalDate timeElement(Document page, boolean monthFirst) {
    for (Element time : page.select("time")) {
      if (insideUnwanted(time)) {
        continue;
      }
      String cls = (time.className() + " " + time.parent().className()).toLowerCase(Locale.ROOT);
      String label = time.parent().ownText().toLowerCase(Locale.ROOT);
      if (cls.contains("update") || cls.contains("modif") || label.contains("updated") || label.contains("modified")) {
        continue;
      }
      DateText.Found f = DateText.first(firstNonEmpty(time.attr("datetime"), time.text()), monthFirst);
      LocalDate d = f == null ? null : f.date();
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static boolean insideUnwanted(Element e) {
    for (Element p = e.parent(); p != null && !p.tagName().equals("body"); p = p.parent()) {
      if (p.tagName().equals("aside") || p.tagName().equals("footer") || p.tagName().equals("nav")) {
        return true;
      }
      if (UNWANTED.matcher(p.className() + " " + p.id()).find()) {
        return true;
      }
    }
    return false;
  }

  /** A day (or month) in the URL path, basis {@code url}. */
  public static PublicationDate urlDate(String url) {
    if (url == null) {
      return null;
    }
    String path = url.replaceFirst("^[a-z]+://[^/]+", "");
    for (Pattern p : List.of(URL_DAY, URL_DAY_SEPARATED)) {
      Matcher m = p.matcher(path);
      if (m.find()) {
        try {
          LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
          if (!d.isAfter(LocalDate.now())) {
            return PublicationDate.of(d, DateBasis.URL, 0.7);
          }
        } catch (RuntimeException ignored) {
          // not a date
        }
      }
    }
    Matcher m = URL_MONTH.matcher(path);
    if (m.find()) {
      return new PublicationDate(m.group(1) + "-" + m.group(2), null, DateBasis.URL, 0.5);
    }
    return null;
  }

  /**
   * The text before the article body: the header where datelines and bylines stand. For HTML,
   * the page text from just before the headline to the first body paragraph (at most 1500
   * characters), or around the headline if the body is not found; for text, the
   * dropped lines before the first body paragraph except captions and credits.
   */
  static String headerZone(SourceDocument doc, Extraction extraction, Document page, String pageText) {
    String body = extraction == null ? "" : extraction.body();
    String firstPara = body.contains("\n\n") ? body.substring(0, body.indexOf("\n\n")) : body;
    String probe = firstPara.length() > 60 ? firstPara.substring(0, 60) : firstPara;
    String text;
    if (page != null) {
      text = pageText;
      int at = probe.isEmpty() ? -1 : text.indexOf(probe);
      String title = extraction == null ? null : extraction.title();
      int t = title != null && title.length() > 10 ? text.indexOf(title) : -1;
      if (at < 0 && t < 0) {
        return "";
      }
      if (at < 0 || t >= 0 && at < t) {
        return text.substring(Math.max(0, t - 400), Math.min(text.length(), t + title.length() + 400));
      }
      int from = Math.max(0, at - 1500);
      if (t >= 0) {
        from = Math.max(from, t - 400);
      }
      return text.substring(from, at);
    }
    text = doc.content();
    int at = probe.isEmpty() ? -1 : text.indexOf(probe);
    if (at < 0 || extraction == null) {
      return "";
    }
    StringBuilder zone = new StringBuilder();
    int cursor = 0;
    for (var block : extraction.dropped()) {
      int i = text.indexOf(block.text(), cursor);
      if (i < 0 || i >= at) {
        continue;
      }
      cursor = i + block.text().length();
      if (!block.reason().equals("caption") && !block.reason().equals("credit")) {
        zone.append(block.text()).append('\n');
      }
    }
    return zone.toString();
  }

  /**
   * The first date in the header zone stamped "Published", else the first not stamped as an
   * update, else the first update stamp.
   */
  static LocalDate headerDate(String zone, boolean monthFirst) {
    if (zone == null || zone.isEmpty()) {
      return null;
    }
    LocalDate fallback = null;
    LocalDate updated = null;
    int from = 0;
    while (from < zone.length()) {
      DateText.Found f = DateText.first(zone.substring(from), monthFirst);
      if (f == null) {
        break;
      }
      int start = from + f.start();
      String before = zone.substring(Math.max(0, start - 30), start);
      if (PUBLISHED_BEFORE.matcher(before).find()) {
        return f.date();
      }
      if (!UPDATED_BEFORE.matcher(before).find()) {
        if (fallback == null) {
          fallback = f.date();
        }
      } else if (updated == null) {
        updated = f.date();
      }
      from = from + f.end();
    }
    return fallback != null ? fallback : updated;
  }

  private static String firstNonEmpty(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
