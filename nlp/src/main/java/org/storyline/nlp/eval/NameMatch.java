package org.storyline.nlp.eval;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Name agreement for evaluation: two names agree when, compared case-insensitively as sets of
 * word tokens (possessive {@code 's} and {@code the} left out), one set contains the other, so
 * "Shoigu" agrees with "Sergei Shoigu" but "North Korea" does not agree with "South Korea".
 */
final class NameMatch {
  private NameMatch() {}

  /** True if any alias of {@code gold} agrees with {@code found}. */
  static boolean agrees(ClaimGold.Name gold, String found) {
    if (found == null) {
      return false;
    }
    for (String alias : gold.aliases()) {
      if (agrees(alias, found)) {
        return true;
      }
    }
    return false;
  }

  /** True if the token set of one name contains that of the other (neither empty). */
  static boolean agrees(String a, String b) {
    Set<String> ta = tokens(a);
    Set<String> tb = tokens(b);
    if (ta.isEmpty() || tb.isEmpty()) {
      return false;
    }
    return ta.containsAll(tb) || tb.containsAll(ta);
  }

  static Set<String> tokens(String s) {
    Set<String> out = new LinkedHashSet<>();
    for (String t : s.toLowerCase(Locale.ROOT).replace('’', '\'').split("[^\\p{L}\\p{N}]+")) {
      if (!t.isEmpty() && !t.equals("the") && !t.equals("s")) {
        out.add(t);
      }
    }
    return out;
  }
}
