package org.storyline.nlp.time;

import java.util.List;

/** Finds and resolves date expressions in English text. Thread-safe. */
public final class TemporalResolver {
  /**
   * Finds every date expression in {@code text[from, to)} and resolves it against the anchor.
   * Offsets in the result are absolute in {@code text}.
   */
  public List<ResolvedTime> resolve(String text, int from, int to, Anchor anchor, Tense tense) {
    return List.of();
  }
}
