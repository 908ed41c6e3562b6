package org.storyline.nlp.quantity;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.core.claim.Bound;

/**
 * The hedge written just before a number ("more than", "up to", "around", "between") and the
 * bound it gives. "over", "about" and "under" after a particle verb ("handed over 500 shells")
 * are not hedges.
 *
 * @param word the hedge in lower case, single-spaced, without a trailing dot
 * @param start offset of its first character
 */
record Hedge(String word, int start) {
  private static final Pattern HEDGE = Pattern.compile("(?i)(?<![A-Za-z])(more than|over|at least|upwards of"
      + "|in excess of|no fewer than|no less than|not less than|exceeding|just over|well over|above"
      + "|up to|fewer than|less than|at most|no more than|not more than|under|as many as|a maximum of"
      + "|just under|below|approximately|around|about|roughly|some|an estimated|estimated|nearly|almost"
      + "|close to|approx\\.?|circa|an approximate|between|from)\\s+$");
  private static final Pattern LAST_WORD = Pattern.compile("([A-Za-z]+)\\s*$");
  private static final Set<String> PARTICLE_VERBS = Set.of("handed", "hand", "hands", "handing", "turned",
      "turn", "turns", "turning", "took", "take", "takes", "taking", "taken", "passed", "pass", "won", "win",
      "fought", "talked", "talk", "spoke", "argued", "asked", "ask", "worried", "concerned", "brought", "bring");

  Hedge {
    java.util.Objects.requireNonNull(word, "word");
    if (start < 0) {
      throw new IllegalArgumentException("hedge offset below zero: " + start);
    }
  }

  /** The hedge ending right before {@code numberStart}, or null. */
  static Hedge before(String text, int numberStart) {
    Matcher m = HEDGE.matcher(text.substring(Math.max(0, numberStart - 30), numberStart));
    if (!m.find()) {
      return null;
    }
    String h = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    int start = numberStart - m.group().length();
    if (h.equals("over") || h.equals("about") || h.equals("under")) {
      Matcher w = LAST_WORD.matcher(text.substring(Math.max(0, start - 20), start));
      if (w.find() && PARTICLE_VERBS.contains(w.group(1).toLowerCase(Locale.ROOT))) {
        return null;
      }
    }
    return new Hedge(h, start);
  }

  /** The bound a number with this hedge has, given the bound it had without one. */
  Bound apply(Bound plain) {
    if (plain == Bound.VAGUE || plain == Bound.RANGE) {
      return plain;
    }
    return switch (word) {
      case "more than", "over", "at least", "upwards of", "in excess of", "no fewer than", "no less than",
          "not less than", "exceeding", "just over", "well over", "above" -> Bound.AT_LEAST;
      case "up to", "fewer than", "less than", "at most", "no more than", "not more than", "under",
          "as many as", "a maximum of", "just under", "below" -> Bound.AT_MOST;
      case "between", "from" -> plain;
      default -> Bound.APPROX;
    };
  }

  /** True for "between" and "from", which open a range rather than bound a number. */
  boolean opensRange() {
    return word.equals("between") || word.equals("from");
  }
}
