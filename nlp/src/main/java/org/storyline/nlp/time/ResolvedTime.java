package org.storyline.nlp.time;

import java.util.Objects;
import org.storyline.core.time.DateSpan;

/**
 * A date expression found in a text and what it resolves to.
 *
 * @param start offset of the first character of the expression in the text passed in
 * @param end offset just past the expression
 * @param text the expression as written
 * @param date the resolved span (possibly unplaced, granularity UNKNOWN)
 */
public record ResolvedTime(int start, int end, String text, DateSpan date) {
  public ResolvedTime {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(date, "date");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid offsets [" + start + ", " + end + ")");
    }
  }
}
