package org.storyline.ingest.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Parses HTML with jsoup (scripts are never run), remembering the last page parsed on each
 * thread so that extraction and metadata of one page share one parse.
 */
public final class ParsedPages {
  private static final ThreadLocal<Object[]> LAST = new ThreadLocal<>();

  private ParsedPages() {}

  /** The parsed page of {@code html}; callers must not modify it. */
  public static Document parse(String html, String baseUrl) {
    Object[] last = LAST.get();
    if (last != null && last[0] == html && java.util.Objects.equals(last[1], baseUrl)) {
      return (Document) last[2];
    }
    Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
    LAST.set(new Object[] {html, baseUrl, doc});
    return doc;
  }
}
