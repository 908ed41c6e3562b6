package org.storyline.store;

import java.util.Objects;
import org.storyline.core.document.Article;
import org.storyline.core.stage.DocumentAnalysis;

/** An article as stored, with its input order and what NLP found in it. */
public record StoredDocument(int seq, Article article, DocumentAnalysis analysis) {
  public StoredDocument {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(analysis, "analysis");
    if (!article.id().equals(analysis.document())) {
      throw new IllegalArgumentException("analysis of " + analysis.document() + " stored with " + article.id());
    }
  }
}
