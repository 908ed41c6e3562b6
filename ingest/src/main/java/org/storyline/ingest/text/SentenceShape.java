package org.storyline.ingest.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shape evidence a reader uses to tell article prose from page chrome: whether a line ends
 * like a sentence, has a finite verb, is long enough, or is shaped like a headline.
 */
public final class SentenceShape {
  private static final Set<String> FINITE_VERBS = Set.of(
      "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could",
      "should", "may", "might", "must", "did", "does", "do", "said", "says", "say", "told", "tells",
      "added", "adds", "noted", "notes", "stated", "reported", "reports", "announced", "confirmed",
      "denied", "claimed", "accused", "warned", "met", "meets", "arrived", "arrives", "visited",
      "visits", "signed", "signs", "sent", "sends", "launched", "launches", "fired", "supplied",
      "supplies", "provided", "provides", "remains", "remain", "became", "become", "made", "makes",
      "took", "takes", "gave", "gives", "held", "holds", "expects", "expected", "seeks", "sought",
      "plans", "wants", "needs", "appears", "appear", "seems", "went", "goes", "came", "comes",
      "know", "knows", "knew", "think", "thinks", "thought", "believe", "believes", "agreed", "agrees",
      "hopes", "continues", "continued", "isn't", "aren't", "wasn't", "weren't", "won't", "can't",
      "didn't", "doesn't", "don't", "hasn't", "haven't", "it's", "there's", "he's", "she's", "we're",
      "they're", "i'm", "that's", "got", "gets", "found", "finds", "shows", "showed", "writes", "wrote",
      "explained", "explains", "according", "tried", "tries", "called", "calls", "asked", "asks");
  private static final Pattern ED_VERB = Pattern.compile("\\p{L}{3,}ed");
  private static final String CLOSERS = "\"'”’»)]*";
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");

  private SentenceShape() {}

  /** Number of word tokens (letters or digits) in {@code line}. */
  public static int words(String line) {
    int n = 0;
    var m = WORD.matcher(line);
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** True if the line ends like a sentence: . ? ! … possibly followed by closing quotes. */
  public static boolean terminated(String line) {
    String s = line.strip();
    int end = s.length();
    while (end > 0 && CLOSERS.indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    if (end == 0) {
      return false;
    }
    char c = s.charAt(end - 1);
    if (c == '.' || c == '?' || c == '!' || c == '…') {
      return true;
    }
    // a line ending in a closing quote after a word ("... called it “baseless”") reads as a sentence too
    return end < s.length() && (s.charAt(end) == '”' || s.charAt(end) == '"' || s.charAt(end) == '»');
  }

  /** True if the line ends with an ellipsis (… or ...), as truncated teasers do. */
  public static boolean ellipsis(String line) {
    String s = line.strip();
    return s.endsWith("…") || s.endsWith("...");
  }

  /** True if some word is a common finite verb or a past-tense form. */
  public static boolean hasFiniteVerb(String line) {
    var m = WORD.matcher(line);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
      if (w.endsWith(".")) {
        w = w.substring(0, w.length() - 1);
      }
      if (FINITE_VERBS.contains(w) || ED_VERB.matcher(w).matches()) {
        return true;
      }
    }
    return false;
  }

  /** True if the line starts as prose does: a capital, digit, quote or bracket. */
  public static boolean startsLikeProse(String line) {
    String s = line.strip();
    if (s.isEmpty()) {
      return false;
    }
    int cp = s.codePointAt(0);
    return Character.isUpperCase(cp) || Character.isDigit(cp) || "\"'“‘«(".indexOf(cp) >= 0;
  }

  /** True if the line reads as article prose: a terminated sentence of some length with a verb. */
  public static boolean isSentence(String line) {
    int w = words(line);
    if (!startsLikeProse(line)) {
      return false;
    }
    if (terminated(line)) {
      return w >= 12 || (w >= 6 && hasFiniteVerb(line));
    }
    return false;
  }

  /**
   * True if the line is shaped like a headline: 3 to 22 words, starting like prose, not ending
   * with sentence punctuation (a question mark is allowed), no semicolons.
   */
  public static boolean isHeadline(String line) {
    String s = line.strip();
    int w = words(s);
    if (w < 3 || w > 22 || !startsLikeProse(s) || s.indexOf(';') >= 0) {
      return false;
    }
    char last = s.charAt(s.length() - 1);
    if (last == ',' || last == ':' || last == '-') {
      return false;
    }
    return !terminated(s) || s.endsWith("?");
  }
}
