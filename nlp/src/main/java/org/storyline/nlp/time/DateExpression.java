package org.storyline.nlp.time;

import java.util.Objects;

/**
 * One date expression found in a text, not yet placed in time.
 *
 * @param start offset of its first character in the text
 * @param end offset just past it
 * @param core what the expression says (the start of a range)
 * @param part early|mid|late for a part of the period ("mid-2022", "late January"), or null
 * @param rangeEnd for a range ("May 20-24", "between 2019 and 2021"), its second end; else null
 * @param endPart part of the range's second end, or null
 * @param bound by|before|until|since|after|from|between as written before it, or null
 */
record DateExpression(int start, int end, DateCore core, String part, DateCore rangeEnd,
    String endPart, String bound) {
  DateExpression {
    Objects.requireNonNull(core, "core");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("invalid offsets [" + start + ", " + end + ")");
    }
  }

  static DateExpression of(int start, int end, DateCore core) {
    return new DateExpression(start, end, core, null, null, null, null);
  }

  static DateExpression range(int start, int end, DateCore from, DateCore to) {
    return new DateExpression(start, end, from, null, to, null, null);
  }

  DateExpression withPart(int newStart, String newPart) {
    return new DateExpression(newStart, end, core, newPart, rangeEnd, endPart, bound);
  }

  DateExpression withBound(String newBound) {
    return new DateExpression(start, end, core, part, rangeEnd, endPart, newBound);
  }

  /** A range from this expression to {@code other}, spanning both, with the given cores. */
  DateExpression to(DateExpression other, DateCore from, DateCore to) {
    return new DateExpression(start, other.end, from, part, to, other.part, null);
  }

  /** True if every core is fully written. */
  boolean explicit() {
    return core.explicit() && (rangeEnd == null || rangeEnd.explicit());
  }
}
