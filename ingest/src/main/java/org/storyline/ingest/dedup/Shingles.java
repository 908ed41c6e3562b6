package org.storyline.ingest.dedup;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word shingles of a text: 64-bit hashes of every run of {@code k} consecutive lower-cased
 * words (letters and digits), so that the same text in other spacing, case or punctuation gives
 * the same set.
 */
final class Shingles {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private Shingles() {}

  static Set<Long> of(String text, int k) {
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    long[] words = new long[Math.max(16, text.length() / 4)];
    int n = 0;
    while (m.find()) {
      if (n == words.length) {
        words = java.util.Arrays.copyOf(words, n * 2);
      }
      words[n++] = fnv(m.group());
    }
    Set<Long> out = new HashSet<>();
    if (n == 0) {
      return out;
    }
    if (n < k) {
      long h = 0;
      for (int i = 0; i < n; i++) {
        h = mix(h * 31 + words[i]);
      }
      out.add(h);
      return out;
    }
    for (int i = 0; i + k <= n; i++) {
      long h = 0;
      for (int j = i; j < i + k; j++) {
        h = mix(h * 31 + words[j]);
      }
      out.add(h);
    }
    return out;
  }

  private static long fnv(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** The SplitMix64 finaliser: a well-spread 64-bit mix. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
