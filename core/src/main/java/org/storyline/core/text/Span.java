package org.storyline.core.text;

/**
 * A half-open range of character offsets {@code [start, end)} into a string, as Java string
 * indices. Immutable; {@code 0 <= start <= end}.
 */
public record Span(int start, int end) implements Comparable<Span> {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  /** Number of characters covered. */
  public int length() {
    return end - start;
  }

  /** True if this span lies within {@code [0, text.length())}. */
  public boolean fitsIn(CharSequence text) {
    return end <= text.length();
  }

  /** The covered characters of {@code text}. */
  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  /** True if the two spans share at least one character. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** True if {@code other} lies entirely within this span. */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /** This span moved right by {@code delta} characters. */
  public Span shift(int delta) {
    return new Span(start + delta, end + delta);
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
