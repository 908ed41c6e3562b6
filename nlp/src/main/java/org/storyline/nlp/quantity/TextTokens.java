package org.storyline.nlp.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits text into words, numbers (with thousands commas and decimals) and single marks. */
final class TextTokens {
  private static final Pattern TOKEN = Pattern.compile(
      "US\\$|[0-9]+(?:,[0-9]{3})+(?:\\.[0-9]+)?(?![0-9])|[0-9]+(?:\\.[0-9]+)?|[A-Za-z]+(?:['’][a-z]+)?|\\S");

  private TextTokens() {}

  /** The tokens of {@code text[from, to)}. */
  static List<Token> of(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    m.region(from, to);
    int prevEnd = -1;
    while (m.find()) {
      out.add(new Token(m.group(), m.start(), m.end(), m.start() == prevEnd));
      prevEnd = m.end();
    }
    return out;
  }
}
