package org.storyline.core.stage;

import org.storyline.core.document.Article;

/**
 * Stage 3: NLP over one article's body: mentions, time expressions, claims. Implementations
 * are thread-safe: one instance serves all worker threads.
 */
public interface DocumentAnalyzer {
  DocumentAnalysis analyze(Article article);
}
