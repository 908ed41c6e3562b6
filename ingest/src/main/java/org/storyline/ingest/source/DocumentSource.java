package org.storyline.ingest.source;

import java.io.Closeable;
import org.storyline.core.document.SourceDocument;

/** The documents of one input file, produced one at a time. */
interface DocumentSource extends Closeable {
  /** The next readable document, or null when the file is exhausted; problems go to the reader's sink. */
  SourceDocument next();

  @Override
  void close();
}
