package org.storyline.fuse.entity;

import java.util.List;
import org.storyline.core.entity.EntityType;

/**
 * Transliteration-aware name comparison that needs no knowledge base. People: the surnames must
 * match (after romanisation folding) and the given names must be compatible (same skeleton, one
 * name in two languages such as Volodymyr/Vladimir, an initial, or missing on one side, which
 * only gives {@link NameMatch#PARTIAL}). Other names: equal content words after folding
 * demonyms, an acronym and the initials of the full name (NIS, National Intelligence Service;
 * PARTIAL for a two-letter acronym), or the same name with and without its state (PARTIAL). Types must be compatible.
 */
final class NameSimilarity {
  private NameSimilarity() {}

  /** Compares two names as written, each with its recognised type. */
  static NameMatch compare(String a, EntityType typeA, String b, EntityType typeB) {
    return compare(NameForm.of(a, typeA), NameForm.of(b, typeB));
  }

  /** Compares two parsed names. */
  static NameMatch compare(NameForm a, NameForm b) {
    if (!TypeCompatibility.compatible(a.type(), b.type())) {
      return NameMatch.DIFFERENT;
    }
    if (a.key().equals(b.key()) && a.key().length() > 2) {
      return NameMatch.SAME;
    }
    return a.isPerson() ? people(a, b) : names(a, b);
  }

  /** A score in [0, 1]: 1 for SAME, 0.5 for PARTIAL, 0 for DIFFERENT. */
  static double score(String a, EntityType typeA, String b, EntityType typeB) {
    return switch (compare(a, typeA, b, typeB)) {
      case SAME -> 1.0;
      case PARTIAL -> 0.5;
      case DIFFERENT -> 0.0;
    };
  }

  private static NameMatch people(NameForm a, NameForm b) {
    boolean sameSurname = a.surnames().stream().anyMatch(b.surnames()::contains);
    if (a.given().isEmpty() || b.given().isEmpty()) {
      return sameSurname && !(a.given().isEmpty() && b.given().isEmpty()) ? NameMatch.PARTIAL
          : sameSurname ? NameMatch.SAME : NameMatch.DIFFERENT;
    }
    if (a.isSurnameFirst() != b.isSurnameFirst()) {
      return NameMatch.DIFFERENT;
    }
    if (a.isSurnameFirst()) {
      return sameSurname && a.given().get(0).equals(b.given().get(0)) ? NameMatch.SAME : NameMatch.DIFFERENT;
    }
    NameMatch given = givenNames(a.given(), b.given());
    if (given == NameMatch.DIFFERENT) {
      return NameMatch.DIFFERENT;
    }
    if (sameSurname) {
      return given;
    }
    String sa = a.surnames().iterator().next();
    String sb = b.surnames().iterator().next();
    boolean close = given == NameMatch.SAME && Math.min(sa.length(), sb.length()) >= 6 && editDistance(sa, sb) <= 1;
    return close ? NameMatch.SAME : NameMatch.DIFFERENT;
  }

  private static NameMatch givenNames(List<String> a, List<String> b) {
    String fa = a.get(0);
    String fb = b.get(0);
    NameMatch first;
    if (fa.length() == 1 || fb.length() == 1) {
      first = fa.charAt(0) == fb.charAt(0) ? NameMatch.PARTIAL : NameMatch.DIFFERENT;
    } else if (withoutH(fa).equals(withoutH(fb)) || NameTables.get().sameGivenName(fa, fb)) {
      first = NameMatch.SAME;
    } else {
      return NameMatch.DIFFERENT;
    }
    List<String> ma = a.subList(1, a.size());
    List<String> mb = b.subList(1, b.size());
    if (!ma.isEmpty() && !mb.isEmpty() && ma.get(0).charAt(0) != mb.get(0).charAt(0)) {
      return NameMatch.DIFFERENT;
    }
    return first;
  }

  private static NameMatch names(NameForm a, NameForm b) {
    if (acronymOf(a, b) || acronymOf(b, a)) {
      // two letters stand for too many names (LA: Los Angeles, Latin America): context decides
      int letters = (a.acronym() != null ? a : b).acronym().length();
      return letters >= 3 ? NameMatch.SAME : NameMatch.PARTIAL;
    }
    if (a.countryless() != null && a.countryless().equals(b.key())
        || b.countryless() != null && b.countryless().equals(a.key())) {
      return NameMatch.PARTIAL;
    }
    return NameMatch.DIFFERENT;
  }

  /** True if one name is the acronym of the other's initials and their keys differ. */
  static boolean byAcronym(NameForm a, NameForm b) {
    return !a.key().equals(b.key()) && (acronymOf(a, b) || acronymOf(b, a));
  }

  private static boolean acronymOf(NameForm acronym, NameForm full) {
    return acronym.acronym() != null && acronym.acronym().length() >= 2
        && acronym.acronym().equals(full.initials());
  }

  private static String withoutH(String s) {
    return s.length() > 3 ? s.replace("h", "") : s;
  }

  static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
