package org.storyline.ingest.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The multiset of lower-cased {@code \w+} words of a text, as the WCXB metric counts them. */
public final class WordBag {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private final Map<String, Integer> counts = new HashMap<>();
  private int size;

  public WordBag(String text) {
    Matcher m = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      counts.merge(m.group(), 1, Integer::sum);
      size++;
    }
  }

  public int size() {
    return size;
  }

  /** Words shared by both bags, counted with multiplicity. */
  public int overlap(WordBag other) {
    int n = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      n += Math.min(e.getValue(), other.counts.getOrDefault(e.getKey(), 0));
    }
    return n;
  }

  /** Precision, recall and F1 of {@code predicted} against {@code gold}; an empty pair scores 1. */
  public static double[] score(WordBag predicted, WordBag gold) {
    if (predicted.size == 0 && gold.size == 0) {
      return new double[] {1, 1, 1};
    }
    int common = predicted.overlap(gold);
    double p = predicted.size == 0 ? 0 : (double) common / predicted.size;
    double r = gold.size == 0 ? 0 : (double) common / gold.size;
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new double[] {p, r, f};
  }
}
