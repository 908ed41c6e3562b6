package org.storyline.nlp.time;

/** The grammatical time of the clause around a date expression; steers year-less dates. */
public enum Tense { PAST, PRESENT, FUTURE, UNKNOWN }
