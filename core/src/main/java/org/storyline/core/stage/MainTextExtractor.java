package org.storyline.core.stage;

import org.storyline.core.document.Extraction;
import org.storyline.core.document.SourceDocument;

/** Stage 1: keeps the article text of a page or scraped text and drops the page chrome. */
public interface MainTextExtractor {
  /**
   * @throws org.storyline.core.error.StorylineException with {@code NO_MAIN_TEXT} if nothing of
   *     the document is article text
   */
  Extraction extract(SourceDocument document);
}
