package org.storyline.fuse.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds names for comparison: lower case, no diacritics, typographic apostrophes and dashes made
 * plain, and splits them into word tokens (letters of any script and digits; "U.S." is one token "us",
 * "People's" is "people", "Hwasong-11" is "hwasong", "11", "KN23" is "kn", "23").
 */
final class NameText {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern POSSESSIVE = Pattern.compile("'s\\b|s'(?=\\s|$)");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern LETTER_DIGIT = Pattern.compile("(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})");

  private NameText() {}

  /** Lower case without diacritics, with plain apostrophes and hyphens and single spaces. */
  static String fold(String s) {
    String n = s;
    if (!isAscii(s)) {
      n = Normalizer.normalize(s, Normalizer.Form.NFD);
      n = MARKS.matcher(n).replaceAll("");
    }
    n = n.replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'').replace('\u02bc', '\'')
        .replace('\u2010', '-').replace('\u2011', '-').replace('\u2012', '-').replace('\u2013', '-')
        .replace('\u2014', '-').replace('\u00a0', ' ');
    n = n.replace("ø", "o").replace("æ", "ae").replace("ß", "ss").replace("ł", "l").replace("đ", "d");
    return SPACES.matcher(n.toLowerCase(Locale.ROOT).trim()).replaceAll(" ");
  }

  /** The word tokens of a name, folded; possessive "'s" and periods of abbreviations removed. */
  static List<String> words(String s) {
    String f = POSSESSIVE.matcher(fold(s)).replaceAll("");
    f = f.replace("'", "").replace(".", "");
    List<String> out = new ArrayList<>();
    for (String t : NON_WORD.split(f)) {
      if (t.isEmpty()) {
        continue;
      }
      for (String part : LETTER_DIGIT.split(t)) {
        if (!part.isEmpty()) {
          out.add(part);
        }
      }
    }
    return out;
  }

  /** True if the text has at least one upper-case letter. */
  static boolean hasUpperCase(String s) {
    return s.codePoints().anyMatch(Character::isUpperCase);
  }

  /** True if the text has at least one letter. */
  static boolean hasLetter(String s) {
    return s.codePoints().anyMatch(Character::isLetter);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }

  /** True if the token is all digits. */
  static boolean isNumber(String token) {
    return !token.isEmpty() && token.chars().allMatch(Character::isDigit);
  }
}
