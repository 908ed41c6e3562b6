package org.storyline.core.stage;

import java.util.List;
import org.storyline.core.document.Article;

/** Stage 4: groups the mentions of all documents into resolved entities. */
public interface EntityResolver {
  EntityResolution resolve(List<Article> articles, List<DocumentAnalysis> analyses);
}
