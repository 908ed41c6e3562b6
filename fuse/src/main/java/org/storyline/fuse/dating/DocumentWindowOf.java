package org.storyline.fuse.dating;

import org.storyline.core.document.Article;
import org.storyline.core.time.DateSpan;

/** What an article itself says of its date, supplied by the time rules of the NLP module. */
@FunctionalInterface
public interface DocumentWindowOf {
  /**
   * The article's own date window: {@code start} the first and {@code end} the last day it may
   * have been written (either null when open); null when nothing is known.
   */
  DateSpan of(Article article);
}
