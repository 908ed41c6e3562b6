package org.storyline.fuse.event;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.storyline.core.entity.EntityRef;

/**
 * Matching keys for actors and places: {@code e:<entity id>} when the reference was resolved and
 * {@code n:<normalised name>} always; both serve as blocking keys, and {@link #same} decides a
 * match by entity id when both sides are resolved, else by normalised name. Names are normalised by removing accents, case, a leading
 * {@code the}, punctuation and repeated spaces ("The D.P.R.K." and "DPRK" both give {@code dprk}).
 */
public final class ActorKeys {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern DOTS = Pattern.compile("(?<=\\p{L})\\.(?=\\p{L}|$|\\s)");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Memo of normalised names; cleared when it grows past {@link #MEMO_LIMIT} entries. */
  private static final Map<String, String> MEMO = new ConcurrentHashMap<>();
  private static final int MEMO_LIMIT = 200_000;

  private ActorKeys() {}

  /** The normalised form of a name; empty for a name of punctuation only. */
  public static String normalise(String name) {
    if (name == null) {
      return "";
    }
    String known = MEMO.get(name);
    if (known != null) {
      return known;
    }
    if (MEMO.size() > MEMO_LIMIT) {
      MEMO.clear();
    }
    String n = compute(name);
    MEMO.put(name, n);
    return n;
  }

  private static String compute(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
    s = MARKS.matcher(s).replaceAll("");
    s = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    s = DOTS.matcher(s).replaceAll("");
    s = s.replace("'s ", " ");
    s = NON_WORD.matcher(s).replaceAll(" ").trim();
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    return s;
  }

  /** The keys of one reference: entity key first (if resolved), then name key (if non-empty). */
  public static List<String> keys(EntityRef ref) {
    List<String> keys = new ArrayList<>(2);
    if (ref == null) {
      return keys;
    }
    if (ref.entity() != null && !ref.entity().isBlank()) {
      keys.add("e:" + ref.entity());
    }
    String n = normalise(ref.name());
    if (!n.isEmpty()) {
      keys.add("n:" + n);
    }
    return keys;
  }

  /** The one key that names a reference in sets and maps: entity key if resolved, else name key. */
  public static String primary(EntityRef ref) {
    List<String> keys = keys(ref);
    return keys.isEmpty() ? "n:" : keys.get(0);
  }

  /**
   * True if the two references name the same actor: equal entity ids when both are resolved,
   * else equal normalised names.
   */
  public static boolean same(EntityRef a, EntityRef b) {
    if (a == null || b == null) {
      return false;
    }
    boolean aResolved = a.entity() != null && !a.entity().isBlank();
    boolean bResolved = b.entity() != null && !b.entity().isBlank();
    if (aResolved && bResolved) {
      return a.entity().equals(b.entity());
    }
    String n = normalise(a.name());
    return !n.isEmpty() && n.equals(normalise(b.name()));
  }
}
