package org.storyline.nlp.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Directly quoted words in a sentence: the offsets of the words inside the quotation marks
 * (absolute in the body) and whether the quotation is still open at the sentence end.
 */
public record QuoteSpan(int start, int end, String text, boolean open) {
  private static final String OPENERS = "“\"«„";
  private static final String CLOSERS = "”\"»“";
  private static final int MIN_WORDS = 4;

  public QuoteSpan {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid quote offsets");
    }
  }

  /**
   * The quotations of at least four words in {@code body[from, to)}; {@code continuing} says the
   * sentence starts inside a quotation opened earlier.
   */
  public static List<QuoteSpan> find(String body, int from, int to, boolean continuing) {
    List<QuoteSpan> out = new ArrayList<>();
    int i = from;
    boolean inside = continuing;
    int qs = from;
    while (i < to) {
      char c = body.charAt(i);
      if (!inside && OPENERS.indexOf(c) >= 0) {
        inside = true;
        qs = i + 1;
      } else if (inside && CLOSERS.indexOf(c) >= 0 && (c != '"' || i > qs)) {
        add(body, qs, i, false, out);
        inside = false;
      }
      i++;
    }
    if (inside) {
      add(body, qs, to, true, out);
    }
    return out;
  }

  private static void add(String body, int s, int e, boolean open, List<QuoteSpan> out) {
    String t = body.substring(s, e).strip();
    if (t.isEmpty()) {
      if (open) {
        out.add(new QuoteSpan(s, s, "", true));
      }
      return;
    }
    int lead = body.substring(s, e).indexOf(t);
    if (t.split("\\s+").length >= MIN_WORDS || open) {
      out.add(new QuoteSpan(s + lead, s + lead + t.length(), t, open));
    }
  }

  /** True if the body offset lies inside this quotation. */
  public boolean covers(int offset) {
    return offset >= start && offset < end;
  }

  /** True if the quotation has enough words to be a quote claim. */
  public boolean isClaim() {
    return !text.isEmpty() && text.split("\\s+").length >= MIN_WORDS;
  }
}
