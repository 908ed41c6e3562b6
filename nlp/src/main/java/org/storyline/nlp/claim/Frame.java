package org.storyline.nlp.claim;

/** Who is who around a trigger (see {@code triggers.tsv}). */
public enum Frame {
  /** source = subject; target = object or against/on/at/to phrase. */
  ACT,
  /** source = subject; target = object or with-phrase; "between X and Y" gives both. */
  MEET,
  /** source = subject; a visited state or person is the target, the place reached the place. */
  MOTION,
  /** source = subject (giver); target = recipient. */
  GIVE,
  /** source = seller (from-phrase); target = subject (receiver). */
  TAKE
}
