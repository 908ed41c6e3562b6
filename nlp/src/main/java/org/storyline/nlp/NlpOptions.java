package org.storyline.nlp;

/**
 * Settings of the analyzer.
 *
 * @param maxParseTokens sentences with more tokens are tagged but not dependency-parsed (they
 *     are page chrome or lists far more often than claims); at least 10
 * @param maxBodyChars only the first this many characters of a body are analysed (offsets stay
 *     valid); at least 1000
 */
public record NlpOptions(int maxParseTokens, int maxBodyChars) {
  public NlpOptions {
    if (maxParseTokens < 10) {
      throw new IllegalArgumentException("maxParseTokens must be at least 10: " + maxParseTokens);
    }
    if (maxBodyChars < 1000) {
      throw new IllegalArgumentException("maxBodyChars must be at least 1000: " + maxBodyChars);
    }
  }

  /** The defaults: parse sentences of up to 120 tokens, read bodies up to 100,000 characters. */
  public static NlpOptions defaults() {
    return new NlpOptions(120, 100_000);
  }
}
