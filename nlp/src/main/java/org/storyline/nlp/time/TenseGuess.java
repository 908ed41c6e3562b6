package org.storyline.nlp.time;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text-only guess of a clause's tense, for when no part-of-speech tags are at hand.
 *
 * <p>FUTURE when a future cue is present ("will", "'ll", "shall", "plans to", "is set to", "is
 * readying to", "is expected to", "is scheduled/due/slated/poised/preparing/going to",
 * "intends to"); else PAST when a perfect ("has/had + participle"), a common irregular past
 * ("said", "met", "was") is present; else PRESENT when a present-tense auxiliary is ("is",
 * "are", "remains": "the border remains closed"); else PAST when a lower-case -ed verb is; else
 * PRESENT for a present reporting verb ("says"); else UNKNOWN.
 * The first cue wins only in that order, so "said he will visit" is FUTURE: the date in such a
 * sentence usually belongs to the planned event.
 */
public final class TenseGuess {
  private static final Pattern FUTURE = Pattern.compile("(?i)(?<![A-Za-z])(?:will|won['’]t|shall|['’]ll"
      + "|would(?!\\s+(?:not\\s+)?have)|expects?|is\\s+to|are\\s+to"
      + "|(?:is|are|am|was|were|be|been)\\s+(?:set|expected|scheduled|due|slated|poised|readying|preparing"
      + "|planning|going|likely|about)\\s+to|plans?\\s+to|planned\\s+to|intends?\\s+to|aims?\\s+to"
      + "|to\\s+be\\s+held|next\\s+(?:week|month|year))(?![A-Za-z])");
  private static final Pattern PERFECT = Pattern.compile("(?i)(?<![A-Za-z])(?:has|have|had)\\s+(?:not\\s+|also\\s+"
      + "|already\\s+|been\\s+|reportedly\\s+|previously\\s+)*[a-z]+(?:ed|en|wn|ne|t|d)(?![A-Za-z])");
  private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
  private static final Set<String> IRREGULAR_PAST = Set.of("said", "met", "went", "was", "were", "did",
      "took", "gave", "made", "sent", "told", "began", "came", "saw", "held", "shot", "fought", "sold",
      "bought", "brought", "struck", "left", "led", "won", "lost", "spoke", "wrote", "flew", "ran", "found",
      "got", "paid", "kept", "hit", "knew", "thought", "became", "broke", "chose", "drove", "fell", "felt",
      "forgot", "froze", "grew", "heard", "hid", "meant", "rode", "rose", "sought", "sank", "slept", "stood",
      "stole", "swore", "taught", "threw", "understood", "woke", "wore", "ago", "yesterday", "overtook");
  private static final Set<String> NOT_PAST_ED = Set.of("need", "needed", "speed", "seed", "feed", "bed",
      "red", "shed", "bled", "based", "so", "related", "united", "limited", "armed", "advanced", "alleged",
      "expected", "proposed", "planned", "scheduled", "detailed", "sophisticated", "concerned", "interested",
      "supposed", "used", "called", "named", "dedicated", "isolated", "classified", "declassified", "hundred",
      "indeed", "embed", "embedded", "required");
  private static final Pattern PRESENT_AUX = Pattern.compile("(?i)(?<![A-Za-z])(?:is|are|am|remains|remain"
      + "|continues|continue)(?![A-Za-z])");
  private static final Pattern PRESENT = Pattern.compile("(?i)(?<![A-Za-z])(?:says|say)(?![A-Za-z])");

  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()\\[\\]\"“”]|\\s(?:and|but|after|before"
      + "|while|when|because|although|though|whereas|that|which|who|where)\\s");

  private TenseGuess() {}

  /**
   * The tense of the clause around {@code text[start, end)} (clauses end at commas, semicolons,
   * quotes and words such as "and", "but", "that", "after", "when"); if that clause has no cue,
   * the tense of the whole text.
   */
  public static Tense near(String text, int start, int end) {
    int from = 0;
    int to = text.length();
    java.util.regex.Matcher m = CLAUSE_BREAK.matcher(text);
    while (m.find()) {
      if (m.end() <= start) {
        from = m.end();
      } else if (m.start() >= end) {
        to = m.start();
        break;
      }
    }
    Tense local = of(text.substring(from, to));
    return local != Tense.UNKNOWN ? local : of(text);
  }

  /** The tense the clause's verb cues suggest, or UNKNOWN. */
  public static Tense of(String sentence) {
    if (sentence == null || sentence.isBlank()) {
      return Tense.UNKNOWN;
    }
    if (FUTURE.matcher(sentence).find()) {
      return Tense.FUTURE;
    }
    if (PERFECT.matcher(sentence).find()) {
      return Tense.PAST;
    }
    boolean edPast = false;
    Matcher w = WORD.matcher(sentence);
    while (w.find()) {
      String word = w.group().toLowerCase(java.util.Locale.ROOT);
      if (IRREGULAR_PAST.contains(word)) {
        return Tense.PAST;
      }
      edPast |= word.length() > 4 && word.endsWith("ed") && !NOT_PAST_ED.contains(word)
          && Character.isLowerCase(w.group().charAt(0));
    }
    if (PRESENT_AUX.matcher(sentence).find()) {
      return Tense.PRESENT;
    }
    if (edPast) {
      return Tense.PAST;
    }
    return PRESENT.matcher(sentence).find() ? Tense.PRESENT : Tense.UNKNOWN;
  }
}
