package org.storyline.nlp.time;

/** Gives the tense of the clause around a date expression, from its offsets in the text. */
@FunctionalInterface
public interface TenseAt {
  /** The tense governing the expression at {@code [start, end)} of the text being resolved. */
  Tense at(int start, int end);
}
