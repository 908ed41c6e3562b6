package org.storyline.store.search;

import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;

/**
 * What to search for: free text in Lucene's classic syntax (words, "phrases", AND/OR, prefix*),
 * optional facet filters (null means any) and the page wanted.
 */
public record SearchQuery(String text, String kind, String type, String status, String entityType,
    int limit, int offset) {
  /** The longest query text accepted. */
  public static final int MAX_TEXT = 500;

  public SearchQuery {
    if (text == null || text.isBlank()) {
      throw new StorylineException(ErrorCode.INVALID_ARGUMENT, "search needs a query text");
    }
    if (text.length() > MAX_TEXT) {
      throw new StorylineException(ErrorCode.INVALID_ARGUMENT, "search text longer than " + MAX_TEXT + " characters");
    }
    if (limit < 1 || limit > 500 || offset < 0) {
      throw new StorylineException(ErrorCode.INVALID_ARGUMENT,
          "search page out of range: limit " + limit + " (1..500), offset " + offset + " (>= 0)");
    }
  }

  /** A query for {@code text} with no filters, first page of 20. */
  public static SearchQuery of(String text) {
    return new SearchQuery(text, null, null, null, null, 20, 0);
  }
}
