package org.storyline.nlp.quantity;

import java.util.Locale;
import java.util.Objects;

/**
 * A word, number or punctuation mark of a text.
 *
 * @param text the characters as written
 * @param start offset of the first character in the text
 * @param end offset just past it
 * @param glued true if no whitespace separates it from the token before
 */
record Token(String text, int start, int end, boolean glued) {
  Token {
    Objects.requireNonNull(text, "text");
  }

  /** Lower-case form. */
  String lower() {
    return text.toLowerCase(Locale.ROOT);
  }

  boolean isDigits() {
    return Character.isDigit(text.charAt(0));
  }

  boolean isWord() {
    return Character.isLetter(text.charAt(0));
  }

  boolean is(String word) {
    return text.equalsIgnoreCase(word);
  }
}
