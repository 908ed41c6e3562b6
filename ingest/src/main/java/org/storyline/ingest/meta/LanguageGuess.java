package org.storyline.ingest.meta;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A light language guess from function words: the language whose stop words make up the largest
 * share of the words, if that share is at least 12%; Cyrillic text is Ukrainian when it has
 * Ukrainian-only letters, else Russian.
 */
public final class LanguageGuess {
  private static final Map<String, Set<String>> STOP_WORDS = Map.of(
      "en", Set.of("the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "was", "as", "by",
          "it", "at", "from", "has", "have", "be", "are", "said", "its", "an", "this", "were", "which"),
      "de", Set.of("der", "die", "und", "das", "den", "ist", "nicht", "mit", "von", "sich", "des", "auf",
          "ein", "eine", "dem", "zu", "für", "im", "auch", "wurde"),
      "fr", Set.of("le", "la", "les", "et", "des", "du", "un", "une", "est", "que", "dans", "pour", "au",
          "qui", "sur", "pas", "par", "avec", "ce", "sont"),
      "es", Set.of("el", "la", "los", "las", "y", "de", "que", "en", "un", "una", "es", "por", "con", "para",
          "del", "se", "al", "lo", "como", "más"));

  private LanguageGuess() {}

  /** ISO 639-1 code of the text's language, or null when unsure. */
  public static String of(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    int cyr = 0;
    int latin = 0;
    boolean ukrainian = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
        cyr++;
        if ("іїєґІЇЄҐ".indexOf(c) >= 0) {
          ukrainian = true;
        }
      } else if (Character.isLetter(c)) {
        latin++;
      }
    }
    if (cyr > latin) {
      return ukrainian ? "uk" : "ru";
    }
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    int total = 0;
    String best = null;
    int bestCount = 0;
    Map<String, Integer> counts = new java.util.HashMap<>();
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      total++;
      for (var e : STOP_WORDS.entrySet()) {
        if (e.getValue().contains(w)) {
          counts.merge(e.getKey(), 1, Integer::sum);
        }
      }
    }
    for (var e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        bestCount = e.getValue();
        best = e.getKey();
      }
    }
    return total > 0 && bestCount * 100 >= total * 12 ? best : null;
  }
}
