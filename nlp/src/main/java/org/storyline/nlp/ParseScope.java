package org.storyline.nlp;

/** Which sentences of a body are dependency-parsed. */
public enum ParseScope {
  /** Every sentence (up to the token limit). */
  ALL,
  /** Sentences a claim or mention rule can read a parse from (see {@link ParseDemand}). */
  RULES,
  /** As {@link #RULES}, plus sentences with a number and a named entity (quantity claims). */
  RULES_AND_QUANTITIES
}
