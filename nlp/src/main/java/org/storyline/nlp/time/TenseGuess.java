package org.storyline.nlp.time;

/** A text-only fallback guess of a sentence's tense, for when no POS tags are at hand. */
public final class TenseGuess {
  private TenseGuess() {}

  /** The tense the sentence's verb cues suggest, or UNKNOWN. */
  public static Tense of(String sentence) {
    return Tense.UNKNOWN;
  }
}
