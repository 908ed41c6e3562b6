package org.storyline.nlp;

/**
 * Settings of the analyzer.
 *
 * @param maxParseTokens sentences with more tokens are tagged but not dependency-parsed (they
 *     are page chrome or lists far more often than claims); at least 10
 */
public record NlpOptions(int maxParseTokens) {
  public NlpOptions {
    if (maxParseTokens < 10) {
      throw new IllegalArgumentException("maxParseTokens must be at least 10: " + maxParseTokens);
    }
  }

  /** The defaults: parse sentences of up to 120 tokens. */
  public static NlpOptions defaults() {
    return new NlpOptions(120);
  }
}
