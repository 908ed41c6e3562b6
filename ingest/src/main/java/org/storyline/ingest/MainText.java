package org.storyline.ingest;

import org.storyline.core.document.Extraction;
import org.storyline.core.document.SourceDocument;
import org.storyline.core.stage.MainTextExtractor;
import org.storyline.ingest.html.HtmlMainTextExtractor;
import org.storyline.ingest.text.ScrapedTextExtractor;

/** Main-text extraction for any document: HTML pages to the HTML extractor, text to the scraped-text one. */
public final class MainText implements MainTextExtractor {
  private final MainTextExtractor html;
  private final MainTextExtractor text;

  public MainText() {
    this(new HtmlMainTextExtractor(), new ScrapedTextExtractor());
  }

  public MainText(MainTextExtractor html, MainTextExtractor text) {
    this.html = html;
    this.text = text;
  }

  @Override
  public Extraction extract(SourceDocument document) {
    return document.isHtml() ? html.extract(document) : text.extract(document);
  }
}
