package org.storyline.ingest;

import java.util.Objects;
import org.storyline.core.document.Article;
import org.storyline.core.document.Extraction;
import org.storyline.core.document.Metadata;
import org.storyline.core.document.SourceDocument;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;
import org.storyline.core.id.StableId;
import org.storyline.core.stage.MainTextExtractor;
import org.storyline.core.stage.MetadataExtractor;
import org.storyline.ingest.meta.PageMetadataExtractor;

/**
 * Builds an {@link Article} from a source document: main text, then metadata. The id is derived
 * from the content, URL and locator, so the same input gives the same id on every run.
 */
public final class ArticleFactory {
  private final MainTextExtractor mainText;
  private final MetadataExtractor metadata;

  public ArticleFactory() {
    this(new MainText(), new PageMetadataExtractor());
  }

  public ArticleFactory(MainTextExtractor mainText, MetadataExtractor metadata) {
    this.mainText = Objects.requireNonNull(mainText, "mainText");
    this.metadata = Objects.requireNonNull(metadata, "metadata");
  }

  /**
   * @throws StorylineException {@code NO_MAIN_TEXT} when no article text is left after extraction
   */
  public Article create(SourceDocument doc) {
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
