package org.storyline.core.document;

import java.util.Objects;

/**
 * One document as read from an input, before main-text extraction: decoded content (HTML
 * markup or plain text, see {@link #isHtml()}) and what the input itself says about it.
 *
 * @param source where it was read
 * @param content the decoded characters, never empty
 * @param isHtml true if {@code content} is HTML markup
 * @param title a title given by the input (JSONL field), or null
 * @param published a publication date given by the input or the user (ISO, day, month or
 *     year precision), or null
 * @param outlet an outlet given by the input, or null
 * @param crawlDate a crawl date (WARC-Date, ISO day), a last resort for dating, or null
 */
public record SourceDocument(
    SourceRef source,
    String content,
    boolean isHtml,
    String title,
    String published,
    String outlet,
    String crawlDate) {
  public SourceDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(content, "content");
  }
}
