package org.storyline.ingest.meta;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.storyline.core.document.DroppedBlock;
import org.storyline.core.document.Extraction;
import org.storyline.core.document.Metadata;
import org.storyline.core.document.SourceDocument;
import org.storyline.core.stage.MetadataExtractor;
import org.storyline.core.time.PublicationDate;
import org.storyline.ingest.html.ParsedPages;

/**
 * Title, outlet, authors, language and publication date of a document.
 *
 * <p>Values given with the input win. For HTML: title from {@code og:title}, JSON-LD
 * {@code headline}, the first {@code <h1>} or {@code <title>}; outlet from {@code og:site_name},
 * the JSON-LD publisher, else the URL's domain; authors from JSON-LD or author meta tags; language
 * from {@code <html lang>} or a stop-word guess. For text: the extraction's title, the outlet
 * signature in the chrome, authors from the byline. Dates: see {@link PublicationDateFinder}.
 */
public final class PageMetadataExtractor implements MetadataExtractor {
  @Override
  public Metadata extract(SourceDocument document, Extraction extraction) {
    Document page = document.isHtml() ? ParsedPages.parse(document.content(), document.source().url()) : null;
    JsonLd ld = page == null ? null : JsonLd.of(page);
    PublicationDate published = PublicationDateFinder.find(document, extraction, page, ld);
    String title = document.title();
    String outlet = document.outlet();
    List<String> authors = new ArrayList<>();
    String language = null;
    if (page != null) {
      if (title == null) {
        title = firstNonEmpty(extraction == null ? null : extraction.title(), meta(page, "og:title"),
            ld.text("headline"), h1(page), page.title());
      }
      if (outlet == null) {
        outlet = firstNonEmpty(meta(page, "og:site_name"), ld.publisher(), meta(page, "application-name"));
      }
      authors.addAll(ld.authors());
      if (authors.isEmpty()) {
        String a = firstNonEmpty(meta(page, "author"), meta(page, "article:author"), meta(page, "parsely-author"),
            meta(page, "sailthru.author"), meta(page, "dc.creator"));
        if (a != null && !a.startsWith("http")) {
          authors.add(a);
        }
      }
      String lang = page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang");
      if (!lang.isBlank()) {
        language = lang.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
      }
    } else if (extraction != null) {
      if (title == null) {
        title = extraction.title();
      }
      if (outlet == null) {
        outlet = OutletNames.fromChrome(extraction.dropped());
      }
      for (DroppedBlock b : extraction.dropped()) {
        if (b.reason().equals("byline")) {
          authors.addAll(Bylines.authors(b.text()));
          if (!authors.isEmpty()) {
            break;
          }
        }
      }
    }
    if (outlet == null) {
      outlet = OutletNames.domain(document.source().url());
    }
    if (language == null && extraction != null) {
      language = LanguageGuess.of(extraction.body());
    }
    return new Metadata(clean(title), clean(outlet), List.copyOf(new LinkedHashSet<>(authors)), published, language);
  }

  private static String meta(Document page, String key) {
    for (Element m : page.select("meta[content]")) {
      String k = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
      if (k.equalsIgnoreCase(key) && !m.attr("content").isBlank()) {
        return m.attr("content").strip();
      }
    }
    return null;
  }

  private static String h1(Document page) {
    Element h1 = page.selectFirst("h1");
    return h1 == null ? null : h1.text();
  }

  private static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = s.replaceAll("\\s+", " ").strip();
    return t.isEmpty() ? null : t;
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
