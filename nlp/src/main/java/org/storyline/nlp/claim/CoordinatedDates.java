package org.storyline.nlp.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.storyline.nlp.time.ResolvedTime;

/**
 * Dates written as one coordination, each the day of its own event: "struck on March 3, and
 * again on March 9 and 14, 2025" names three strikes; "talks were held on 2 and 5 June" two
 * rounds of talks. Two neighbouring expressions are coordinated when only a comma and/or "and"
 * ("as well as"), optionally "again", "also", "then", "once more", "later" and "on"/"in"/"the",
 * stand between them. A range ("from 2 to 5 June", "May 20-24") is one expression and stays one
 * date; "or" offers alternatives, not several events; any other words between two dates ("on 3
 * March, two days after the vote on 1 March") end the coordination. Expressions with an open
 * bound ("by", "until", "since", "after") are never coordinated. Stateless.
 */
final class CoordinatedDates {
  private static final Pattern LINK = Pattern.compile("(?i)\\s*(?:,\\s*(?:(?:and|as well as)\\s*,?\\s+)?|(?:and|as well as)\\s*,?\\s+)"
      + "(?:(?:again|also|then|once more|later|twice more)\\s*,?\\s+){0,2}(?:(?:on|in)\\s+)?(?:the\\s+)?");
  private static final Set<String> BOUNDS = Set.of("before", "until", "since", "after");

  private CoordinatedDates() {}

  /**
   * The expressions coordinated with {@code chosen} (itself included), in text order; just
   * {@code chosen} when it stands alone or has an open bound.
   *
   * @param text the text the offsets of {@code times} refer to
   * @param chosen one of {@code times}
   * @param times the expressions of the sentence
   */
  static List<ResolvedTime> with(String text, ResolvedTime chosen, List<ResolvedTime> times) {
    if (bounded(chosen)) {
      return List.of(chosen);
    }
    List<ResolvedTime> sorted = new ArrayList<>(times);
    sorted.sort(Comparator.comparingInt(ResolvedTime::start));
    int at = sorted.indexOf(chosen);
    if (at < 0) {
      return List.of(chosen);
    }
    int first = at;
    while (first > 0 && linked(text, sorted.get(first - 1), sorted.get(first))) {
      first--;
    }
    int last = at;
    while (last + 1 < sorted.size() && linked(text, sorted.get(last), sorted.get(last + 1))) {
      last++;
    }
    return List.copyOf(sorted.subList(first, last + 1));
  }

  /** True if only a coordinating link stands between {@code a} and the later {@code b}. */
  static boolean linked(String text, ResolvedTime a, ResolvedTime b) {
    if (bounded(a) || bounded(b) || b.start() < a.end() || b.start() > text.length()) {
      return false;
    }
    return LINK.matcher(text.substring(a.end(), b.start())).matches();
  }

  private static boolean bounded(ResolvedTime t) {
    return t.date().modifier() != null && BOUNDS.contains(t.date().modifier());
  }
}
