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
 * the WCXB development pages: a date given with the input; a day in the URL path; a note that the
 * page was "originally published" on a day; the date shown under the headline ({@link BylineZone},
 * what a reader sees as the page's date); a {@code <time>} element outside comments, related lists,
 * teaser cards and "updated" stamps; publication meta tags ({@code article:published_time},
 * {@code date}, {@code DC.date}, {@code parsely-pub-date}, ...); a dateline in the header zone of
 * the text; JSON-LD {@code datePublished} or a publication date in embedded page data; a date
 * labelled "Published" or "Posted", else one right after an author byline ("Written by Ana Ruiz
 * April 8, 2024"), anywhere in the page; a month in the URL; a modification date; a date labelled
 * "Updated" anywhere; and last the crawl date, as {@code inferred} with low confidence.
 *
 * <p>The shown date yields to a stated publication date when it is the page's stated
 * modification day or one day off the stated publication time (the same moment in another time
 * zone). A shown "Updated" stamp yields to an Open Graph publication time or a {@code <time>} not
 * marked as an update, but not to a schema.org {@code datePublished} alone: on the development
 * pages that show only an update stamp, the schema.org date was mostly the first version of a
 * page rewritten since (18 of 22 pages), while an Open Graph time named the version shown (18 of
 * 20). Dates inside the story are never taken.
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
  /** The Open Graph publication times, the stated date a shown "Updated" stamp yields to. */
  private static final List<String> OPEN_GRAPH_NAMES = List.of(
      "article:published_time", "og:article:published_time", "og:published_time", "article:published");
  private static final List<String> MODIFIED_NAMES = List.of(
      "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified",
      "lastmod");
  private static final Pattern LABELLED = Pattern.compile(
      "\\b(published|posted|first published|publish date)\\b\\s*(on|:)?\\s*(the\\s+)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern UPDATED_LABEL = Pattern.compile(
      "\\b(last updated|updated|last modified|modified)\\b\\s*(on|:)?\\s*", Pattern.CASE_INSENSITIVE);
  /** A word of a name (or an initial) that is not a month followed by a day ("April 8"). */
  private static final String NAME_WORD =
      "(?!(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d)(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]+)";
  /** An author byline ("Written by Ana Ruiz and Tom Berg", "By Ana Ruiz |") right before a date. */
  private static final Pattern AUTHORED = Pattern.compile(
      "\\b(?:[Ww]ritten by|[Bb]y)\\s*:?\\s+" + NAME_WORD + "(?:\\s+(?:(?:and|&)\\s+)?" + NAME_WORD + "){1,5}"
          + "\\s*[|•·,–—-]?\\s*");
  /** A label that ends right before a publication {@code <time>} ("Published", "Publish date:"). */
  private static final Pattern PUBLISHED_LABEL_BEFORE = Pattern.compile(
      "\\b(published|publish(ed)? date|date published|posted( on)?)\\s*:?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ORIGINALLY = Pattern.compile(
      "\\boriginally\\s+(published|posted|appeared|ran)\\b", Pattern.CASE_INSENSITIVE);
  /** Characters after "originally published" within which its date must start. */
  private static final int ORIGINALLY_REACH = 50;
  private static final Pattern SCRIPT_DATE = Pattern.compile(
      "[\"']?(datePublished|publishedDate|published_on|publishDate|first_publication_date|publication_date|"
          + "date_published|publishedAt|published_at|pubDate)(?:[\"']|&quot;)?\\s*:\\s*(?:[\"']|&quot;)([0-9]{4}-[0-9]{2}-[0-9]{2})");
  private static final Pattern URL_DAY = Pattern.compile(
      "/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:/|[-_]|\\.|$)");
  private static final Pattern URL_DAY_SEPARATED = Pattern.compile(
      "[/_-]((?:19|20)\\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\\d|3[01])(?:/|[-_.]|$)");
  private static final Pattern URL_MONTH = Pattern.compile("/((?:19|20)\\d{2})/(0[1-9]|1[0-2])/");
  private static final Pattern UNWANTED = Pattern.compile(
      "comment|related|sidebar|footer|aside|recommend|teaser|promo(?!ted)|more-|card|widget|trending|popular|newsletter|"
          + "\\bnav|menu|breadcrumb", Pattern.CASE_INSENSITIVE);
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
      LocalDate original = originallyPublished(pageText, monthFirst);
      if (original != null) {
        return PublicationDate.of(original, DateBasis.TEXT, 0.8);
      }
      DateText.Found byline = BylineZone.date(page, pageText, monthFirst);
      LocalDate d = byline == null ? null : byline.date();
      if (d != null && !BylineZone.updateStamp(pageText, byline)) {
        // a shown date that is the page's stated modification, or the stated publication time's
        // day in another time zone, yields to the stated publication
        LocalDate stated = metaDate(page, META_NAMES, monthFirst);
        if (stated != null && !stated.equals(d)
            && (statedModifications(page, ld, monthFirst).contains(d) || Math.abs(stated.toEpochDay() - d.toEpochDay()) == 1)) {
          return PublicationDate.of(stated, DateBasis.METADATA, 0.8);
        }
        return PublicationDate.of(d, DateBasis.TEXT, 0.7);
      }
      if (d != null) {
        // an "Updated" stamp under the headline yields to an Open Graph publication time or a
        // <time> not marked as an update, but not to schema.org datePublished alone (see class doc)
        LocalDate published = firstNonNull(timeElement(page, monthFirst), metaDate(page, OPEN_GRAPH_NAMES, monthFirst));
        return published != null ? PublicationDate.of(published, DateBasis.METADATA, 0.8)
            : PublicationDate.of(d, DateBasis.TEXT, 0.5);
      }
      d = timeElement(page, monthFirst);
      if (d != null) {
        return PublicationDate.of(d, DateBasis.METADATA, 0.8);
      }
      d = metaDate(page, META_NAMES, monthFirst);
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
      if (d == null) {
        d = dateAfterLabel(AUTHORED, pageText, monthFirst);
      }
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
        d = metaDate(page, MODIFIED_NAMES, monthFirst);
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

  /**
   * The date a page says it was first published under ("This article was originally published on
   * 26 Sep 2019 and has been updated since"): the date starting within {@value #ORIGINALLY_REACH}
   * characters after "originally published/posted/appeared/ran", in the same sentence.
   */
  static LocalDate originallyPublished(String text, boolean monthFirst) {
    Matcher m = ORIGINALLY.matcher(text);
    while (m.find()) {
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + ORIGINALLY_REACH + 30));
      DateText.Found f = DateText.first(after, monthFirst);
      if (f != null && f.start() <= ORIGINALLY_REACH && !after.substring(0, f.start()).matches("(?s).*[.!?]\\s+\\p{Lu}.*")) {
        return f.date();
      }
    }
    return null;
  }

  /** The days a page states it was modified on: modification meta tags, microdata and JSON-LD. */
  static java.util.Set<LocalDate> statedModifications(Document page, JsonLd ld, boolean monthFirst) {
    java.util.Set<LocalDate> out = new java.util.HashSet<>();
    LocalDate fromLd = DateText.parse(ld.text("dateModified"));
    if (fromLd != null) {
      out.add(fromLd);
    }
    for (Element meta : page.select("meta[content]")) {
      String key = firstNonEmpty(meta.attr("property"), meta.attr("name"), meta.attr("itemprop"));
      if (key != null && MODIFIED_NAMES.contains(key.toLowerCase(Locale.ROOT))) {
        DateText.Found f = DateText.first(meta.attr("content"), monthFirst);
        if (f != null) {
          out.add(f.date());
        }
      }
    }
    for (Element e : page.select("[itemprop=dateModified]")) {
      DateText.Found f = DateText.first(firstNonEmpty(e.attr("datetime"), e.attr("content")), monthFirst);
      if (f != null) {
        out.add(f.date());
      }
    }
    return out;
  }

  static LocalDate metaDate(Document page, List<String> names) {
    return metaDate(page, names, false);
  }

  /** The first date stated by a meta tag named in {@code names}, in their order. */
  static LocalDate metaDate(Document page, List<String> names, boolean monthFirst) {
    for (String name : names) {
      for (Element meta : page.select("meta[content]")) {
        String key = firstNonEmpty(meta.attr("property"), meta.attr("name"), meta.attr("itemprop"));
        if (key != null && key.toLowerCase(Locale.ROOT).equals(name)) {
          DateText.Found f = DateText.first(meta.attr("content"), monthFirst);
          LocalDate d = f == null ? null : f.date();
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
      // a <time> right after a "Published" label is the page's own stamp, even in a side panel
      Element before = time.previousElementSibling();
      String lead = ((before == null ? "" : before.text()) + " " + time.parent().ownText()).strip();
      if (PUBLISHED_LABEL_BEFORE.matcher(lead).find() && !insideComments(time)) {
        DateText.Found f = DateText.first(firstNonEmpty(time.attr("datetime"), time.text()), monthFirst);
        if (f != null) {
          return f.date();
        }
      }
    }
    for (Element time : page.select("time")) {
      if (insideUnwanted(time)) {
        continue;
      }
      String cls = (time.className() + " " + time.parent().className()).toLowerCase(Locale.ROOT);
      String label = (time.parent().ownText() + " " + time.text()).toLowerCase(Locale.ROOT);
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

  private static boolean insideComments(Element e) {
    for (Element p = e.parent(); p != null && !p.tagName().equals("body"); p = p.parent()) {
      if ((p.className() + " " + p.id()).toLowerCase(Locale.ROOT).contains("comment")) {
        return true;
      }
    }
    return false;
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
      if (BylineZone.PUBLISHED_BEFORE.matcher(before).find()) {
        return f.date();
      }
      if (!BylineZone.UPDATED_BEFORE.matcher(before).find()) {
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
