package org.storyline.fuse.entity;

import java.util.regex.Pattern;

/**
 * Skeletons of romanised name tokens: two spellings of one name in different transliterations
 * get the same skeleton. Cyrillic romanisations: y/i/iy/ii, ey/ei, kh/h, ts/tz, ou/u, yo/io/e,
 * j/zh/dzh, ck/k, ph/f, x/ks, w/v, doubled letters. Korean given names: eo/o, eu/u, ung/ong,
 * ch/j, k/g, t/d, p/b, sh/s, ee/ui/i, syllable breaks ignored; Korean place and outlet names:
 * initial r/n.
 */
final class Romanisation {
  private static final String SYLLABLE =
      "(?:kk|tt|pp|ss|jj|ch|sh|ts|[gkndtrlmbpsjhcyw])?"
          + "(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|ou|a|e|i|o|u)"
          + "(?:ng|k|n|t|l|m|p)?";
  private static final Pattern SYLLABLES = Pattern.compile("(?:" + SYLLABLE + "){1,3}");

  private static final Pattern KOREAN_MARK = Pattern.compile("ng|j|eo|eu|yo|yu|ae|ch|kk|ss|hy|ky|py");
  private static final Pattern BREAKS = Pattern.compile("[-\\s']+");

  private Romanisation() {}

  /** The skeleton of one folded Latin token (a Russian, Ukrainian or Western name). */
  static String latin(String token) {
    String s = token;
    if (s.startsWith("ye") && s.length() > 3) {
      s = s.substring(1);
    }
    s = s.replace("shch", "shh").replace("dzh", "j").replace("zh", "j").replace("kh", "h")
        .replace("tch", "ch").replace("ck", "k").replace("ph", "f").replace("tz", "ts")
        .replace("x", "ks").replace("ou", "u").replace("yo", "e").replace("io", "e")
        .replace("w", "v").replace("y", "i");
    return collapse(s);
  }

  /**
   * The skeleton of a folded Korean given name, its syllables joined ("jong-un" = "jongun");
   * parts split by hyphens or spaces are folded one by one, so no rule crosses a written break,
   * and doubled letters stay ("Myong Gil" is not "Myong Il").
   */
  static String koreanGiven(String name) {
    StringBuilder b = new StringBuilder();
    for (String part : BREAKS.split(name)) {
      b.append(koreanPart(part));
    }
    return b.toString();
  }

  private static String koreanPart(String part) {
    String s = part;
    s = s.replace("eo", "o").replace("eu", "u").replace("oo", "u").replace("ung", "ong")
        .replace("ee", "i").replace("ui", "i").replace("ch", "j").replace("sh", "s")
        .replace('k', 'g').replace('t', 'd').replace('p', 'b');
    return s;
  }

  /**
   * The North Korean initial "r" read as the South Korean "n" ("Rajin" = "Najin", "Rodong" =
   * "Nodong") for a token that reads as Korean syllables with a Korean mark (ng, j, eo, eu, yo,
   * ch, ...); any other token unchanged, so "Rome" stays "Rome".
   */
  static String koreanInitial(String token) {
    if (token.length() >= 4 && token.charAt(0) == 'r' && isSyllabic(token) && KOREAN_MARK.matcher(token).find()) {
      return "n" + token.substring(1);
    }
    return token;
  }

  /** True if the folded token reads as one to three romanised Korean (or pinyin-like) syllables. */
  static boolean isSyllabic(String token) {
    return token.length() <= 12 && SYLLABLES.matcher(token).matches();
  }

  private static String collapse(String s) {
    StringBuilder b = new StringBuilder(s.length());
    char prev = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != prev) {
        b.append(c);
      }
      prev = c;
    }
    return b.toString();
  }
}
