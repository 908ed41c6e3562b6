package org.storyline.ingest;

import java.util.Objects;
import org.jsoup.nodes.Document;
import org.storyline.core.document.Article;
import org.storyline.core.document.Extraction;
import org.storyline.core.document.Metadata;
import org.storyline.core.document.SourceDocument;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;
import org.storyline.core.id.StableId;
import org.storyline.core.stage.MainTextExtractor;
import org.storyline.core.stage.MetadataExtractor;
import org.storyline.ingest.html.NestingDepth;
import org.storyline.ingest.html.ParsedPages;
import org.storyline.ingest.meta.PageMetadataExtractor;

/**
 * Builds an {@link Article} from a source document: main text, then metadata. The id is derived
 * from the content, URL and locator, so the same input gives the same id on every run.
 */
public final class ArticleFactory {
  /** Default deepest element nesting of an HTML page that is extracted: 512 (browsers go deeper, real articles never do). */
  public static final int DEFAULT_MAX_HTML_DEPTH = 512;

  /** The smallest HTML nesting depth limit accepted: 16. */
  public static final int MIN_HTML_DEPTH = 16;

  private final MainTextExtractor mainText;
  private final MetadataExtractor metadata;
  private final int maxHtmlDepth;

  public ArticleFactory() {
    this(DEFAULT_MAX_HTML_DEPTH);
  }

  /** The standard extractors, refusing HTML pages nested deeper than {@code maxHtmlDepth} elements. */
  public ArticleFactory(int maxHtmlDepth) {
    this(new MainText(), new PageMetadataExtractor(), maxHtmlDepth);
  }

  public ArticleFactory(MainTextExtractor mainText, MetadataExtractor metadata) {
    this(mainText, metadata, DEFAULT_MAX_HTML_DEPTH);
  }

  /**
   * @param maxHtmlDepth deepest element nesting of an HTML page that is extracted, at least
   *     {@value #MIN_HTML_DEPTH}
   */
  public ArticleFactory(MainTextExtractor mainText, MetadataExtractor metadata, int maxHtmlDepth) {
    this.mainText = Objects.requireNonNull(mainText, "mainText");
    this.metadata = Objects.requireNonNull(metadata, "metadata");
    if (maxHtmlDepth < MIN_HTML_DEPTH) {
      throw new IllegalArgumentException("HTML nesting depth limit must be at least " + MIN_HTML_DEPTH + ": " + maxHtmlDepth);
    }
    this.maxHtmlDepth = maxHtmlDepth;
  }

  /**
   * @throws StorylineException {@code INPUT_UNSUPPORTED} for an HTML page nested deeper than the
   *     limit; {@code NO_MAIN_TEXT} when no article text is left after extraction
   */
  public Article create(SourceDocument doc) {
    if (doc.isHtml()) {
      Document page = ParsedPages.parse(doc.content(), doc.source().url());
      int depth = NestingDepth.of(page, maxHtmlDepth);
      if (depth > maxHtmlDepth) {
        throw new StorylineException(ErrorCode.INPUT_UNSUPPORTED, "HTML elements nest deeper than the limit of "
            + maxHtmlDepth + " levels");
      }
    }
    Extraction extraction = mainText.extract(doc);
    if (extraction.body().isBlank()) {
      throw new StorylineException(ErrorCode.NO_MAIN_TEXT,
          doc.source().describe() + ": no article text left after removing page chrome ("
              + extraction.dropped().size() + " blocks dropped)");
    }
    Metadata meta = metadata.extract(doc, extraction);
    String id = StableId.of("doc", doc.content(), doc.source().url(),
        doc.source().locator() == null ? "" : doc.source().locator());
    String title = meta.title() != null ? meta.title() : extraction.title();
    return new Article(id, doc.source(), title, meta.outlet(), meta.authors(), meta.published(), meta.language(),
        extraction.body(), null, extraction.dropped());
  }
}
