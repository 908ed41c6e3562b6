package org.storyline.core.stage;

import org.storyline.core.document.Extraction;
import org.storyline.core.document.Metadata;
import org.storyline.core.document.SourceDocument;

/** Stage 2: title, outlet, authors, language and publication date with its basis. */
public interface MetadataExtractor {
  Metadata extract(SourceDocument document, Extraction extraction);
}
