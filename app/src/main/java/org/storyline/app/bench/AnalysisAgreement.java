package org.storyline.app.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.storyline.core.claim.Claim;
import org.storyline.core.entity.Mention;
import org.storyline.core.stage.DocumentAnalysis;

/**
 * How far one analyzer configuration's output agrees with a reference configuration's on the
 * same documents: per kind of record (claims, mentions, time expressions), how many are equal in
 * both, only in the reference, only in the other. Records are compared by content without ids
 * (an id counts claims within a sentence, so one lost claim would renumber the rest). With the
 * system property {@code storyline.bench.diff=true} every record found in only one of the two
 * runs is printed ({@code DIFF only-ref|only-other KIND RECORD}), to see what a variant changes.
 */
final class AnalysisAgreement {
  /** Counts for one kind of record. */
  record Counts(String kind, int same, int onlyReference, int onlyOther) {
    /** Share of the reference's records the other configuration reproduces. */
    double recall() {
      return same + onlyReference == 0 ? 1 : same / (double) (same + onlyReference);
    }

    /** Share of the other configuration's records that the reference has too. */
    double precision() {
      return same + onlyOther == 0 ? 1 : same / (double) (same + onlyOther);
    }
  }

  private AnalysisAgreement() {}

  /** Compares two runs over the same documents, index by index; null entries are skipped. */
  static List<Counts> compare(List<DocumentAnalysis> reference, List<DocumentAnalysis> other) {
    if (reference.size() != other.size()) {
      throw new IllegalArgumentException("runs over different documents: " + reference.size() + " vs " + other.size());
    }
    List<Counts> out = new ArrayList<>();
    out.add(count("claims", reference, other, d -> d.claims().stream().map(AnalysisAgreement::claimKey).toList()));
    out.add(count("mentions", reference, other, d -> d.mentions().stream().map(AnalysisAgreement::mentionKey).toList()));
    out.add(count("times", reference, other, d -> d.times().stream().map(Object::toString).toList()));
    return out;
  }

  /** Prints one line per kind of record. */
  static void print(PrintStream out, String label, String referenceLabel, List<Counts> counts) {
    for (Counts c : counts) {
      out.printf(Locale.ROOT, "  agreement %s vs %s: %-8s same %d, only %s %d, only %s %d (recall %.3f, precision %.3f)%n",
          label, referenceLabel, c.kind(), c.same(), referenceLabel, c.onlyReference(), label, c.onlyOther(),
          c.recall(), c.precision());
    }
  }

  private static Counts count(String kind, List<DocumentAnalysis> reference, List<DocumentAnalysis> other,
      Function<DocumentAnalysis, List<String>> keys) {
    int same = 0;
    int onlyRef = 0;
    int onlyOther = 0;
    boolean show = Boolean.getBoolean("storyline.bench.diff");
    for (int i = 0; i < reference.size(); i++) {
      if (reference.get(i) == null || other.get(i) == null) {
        continue;
      }
      Map<String, Integer> bag = new HashMap<>();
      for (String k : keys.apply(reference.get(i))) {
        bag.merge(k, 1, Integer::sum);
      }
      for (String k : keys.apply(other.get(i))) {
        Integer n = bag.get(k);
        if (n == null) {
          onlyOther++;
          if (show) {
            System.out.println("    DIFF only-other " + kind + " " + k);
          }
        } else {
          same++;
          if (n == 1) {
            bag.remove(k);
          } else {
            bag.put(k, n - 1);
          }
        }
      }
      onlyRef += bag.values().stream().mapToInt(Integer::intValue).sum();
      if (show) {
        bag.keySet().forEach(k -> System.out.println("    DIFF only-ref " + kind + " " + k));
      }
    }
    return new Counts(kind, same, onlyRef, onlyOther);
  }

  private static String claimKey(Claim c) {
    return c.toString()
        .replaceFirst("\\[id=[^,]*, ", "[")
        .replaceAll("denies=[^,\\]]+", c.denies() == null ? "denies=null" : "denies=some");
  }

  private static String mentionKey(Mention m) {
    return m.span() + " " + m.type() + " " + m.key();
  }
}
