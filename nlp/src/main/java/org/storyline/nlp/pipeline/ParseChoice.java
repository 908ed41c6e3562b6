package org.storyline.nlp.pipeline;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;

/**
 * Decides, from a sentence's tagged tokens, whether it is worth a dependency parse: parsing is
 * most of the pipeline's cost, and most sentences of a web page can hold nothing the rules read
 * from a parse. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface ParseChoice {
  /** Every sentence is parsed. */
  ParseChoice ALL = (text, tokens) -> true;

  /**
   * True if the sentence should be parsed.
   *
   * @param text the whole text the token offsets point into
   * @param tokens the sentence's tokens, with part of speech, lemma and named-entity class
   */
  boolean wantsParse(String text, List<CoreLabel> tokens);
}
