package org.storyline.ingest.dedup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyline.core.document.Article;

/**
 * Finds exact and near-duplicate articles: bodies are cut into word shingles, MinHash signatures
 * with locality-sensitive banding propose candidate pairs, and each candidate is confirmed
 * exactly: Jaccard similarity of the shingle sets at least {@code minJaccard}, or the smaller set
 * at least {@code minContainment} inside the larger (a trimmed copy). Copies with other chrome,
 * reordered or trimmed paragraphs and light edits match; distinct articles on the same event,
 * which share facts but not their wording, do not.
 *
 * <p>{@link #markDuplicates} marks each copy with the id of the earliest one (earliest
 * publication date, undated after dated, ties by input order). {@link #add} is the incremental
 * form: it remembers each article and answers with the id of the earlier one it duplicates.
 */
public final class NearDuplicateDetector {
  private static final int HASHES = 128;
  private static final int ROWS = 2;
  private static final long[] SEEDS = seeds();

  private final int shingleWords;
  private final double minJaccard;
  private final double minContainment;
  private final List<Entry> entries = new ArrayList<>();
  private final Map<Long, List<Integer>> buckets = new HashMap<>();

  private record Entry(String id, Set<Long> shingles, String original) {}

  /** 5-word shingles, Jaccard 0.6, containment 0.85. */
  public NearDuplicateDetector() {
    this(5, 0.6, 0.85);
  }

  public NearDuplicateDetector(int shingleWords, double minJaccard, double minContainment) {
    if (shingleWords < 1 || minJaccard <= 0 || minJaccard > 1 || minContainment <= 0 || minContainment > 1) {
      throw new IllegalArgumentException("bad duplicate thresholds: " + shingleWords + ", " + minJaccard + ", "
          + minContainment);
    }
    this.shingleWords = shingleWords;
    this.minJaccard = minJaccard;
    this.minContainment = minContainment;
  }

  /**
   * The articles in the same order, each copy with {@code duplicateOf} set to the earliest copy of
   * its group and every other article with {@code duplicateOf} null.
   */
  public List<Article> markDuplicates(List<Article> inOrder) {
    int n = inOrder.size();
    List<Set<Long>> sets = new ArrayList<>(n);
    Map<Long, List<Integer>> bands = new HashMap<>();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      Set<Long> s = Shingles.of(inOrder.get(i).body(), shingleWords);
      sets.add(s);
      for (long key : bandKeys(s)) {
        List<Integer> bucket = bands.computeIfAbsent(key, k -> new ArrayList<>());
        for (int j : bucket) {
          if (find(parent, j) != find(parent, i) && similar(sets.get(j), s)) {
            parent[find(parent, i)] = find(parent, j);
          }
        }
        bucket.add(i);
      }
    }
    Map<Integer, List<Integer>> groups = new HashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    }
    String[] original = new String[n];
    Comparator<Integer> earliest = Comparator.<Integer, LocalDate>comparing(i -> dateOf(inOrder.get(i)),
        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(i -> i);
    for (List<Integer> group : groups.values()) {
      if (group.size() < 2) {
        continue;
      }
      int first = group.stream().min(earliest).orElseThrow();
      String id = inOrder.get(first).id();
      for (int i : group) {
        if (i != first && !inOrder.get(i).id().equals(id)) {
          original[i] = id;
        }
      }
    }
    List<Article> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Article a = inOrder.get(i);
      out.add(java.util.Objects.equals(a.duplicateOf(), original[i]) ? a : a.withDuplicateOf(original[i]));
    }
    return out;
  }

  /**
   * Remembers {@code article} and returns the id of the earliest remembered article it duplicates
   * (following that one to its own original), or null if it is new.
   */
  public String add(Article article) {
    Set<Long> s = Shingles.of(article.body(), shingleWords);
    long[] keys = bandKeys(s);
    String found = null;
    int foundIndex = Integer.MAX_VALUE;
    for (long key : keys) {
      for (int j : buckets.getOrDefault(key, List.of())) {
        if (j < foundIndex && similar(entries.get(j).shingles(), s)) {
          foundIndex = j;
        }
      }
    }
    if (foundIndex != Integer.MAX_VALUE) {
      Entry e = entries.get(foundIndex);
      found = e.original() != null ? e.original() : e.id();
      if (found.equals(article.id())) {
        found = null; // the same document again
      }
    }
    int index = entries.size();
    entries.add(new Entry(article.id(), s, found));
    for (long key : keys) {
      buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(index);
    }
    return found;
  }

  /** Exact check of a candidate pair. */
  boolean similar(Set<Long> a, Set<Long> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    Set<Long> small = a.size() <= b.size() ? a : b;
    Set<Long> large = small == a ? b : a;
    int common = 0;
    for (long x : small) {
      if (large.contains(x)) {
        common++;
      }
    }
    double jaccard = (double) common / (a.size() + b.size() - common);
    double containment = (double) common / small.size();
    return jaccard >= minJaccard || (containment >= minContainment && small.size() >= 20);
  }

  private static long[] bandKeys(Set<Long> shingles) {
    long[] mins = new long[HASHES];
    Arrays.fill(mins, Long.MAX_VALUE);
    for (long x : shingles) {
      for (int i = 0; i < HASHES; i++) {
        long h = Shingles.mix(x ^ SEEDS[i]);
        if (h < mins[i]) {
          mins[i] = h;
        }
      }
    }
    long[] keys = new long[HASHES / ROWS];
    for (int b = 0; b < keys.length; b++) {
      long k = b;
      for (int r = 0; r < ROWS; r++) {
        k = Shingles.mix(k * 31 + mins[b * ROWS + r]);
      }
      keys[b] = shingles.isEmpty() ? Shingles.mix(-1 - b) : k;
    }
    return keys;
  }

  private static LocalDate dateOf(Article a) {
    return a.published() == null ? null : a.published().earliest();
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static long[] seeds() {
    long[] s = new long[HASHES];
    long x = 0x5eed5eed5eedL;
    for (int i = 0; i < HASHES; i++) {
      x += 0x9e3779b97f4a7c15L;
      s[i] = Shingles.mix(x);
    }
    return s;
  }
}
