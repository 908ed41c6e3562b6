package org.storyline.fuse.event;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Recognises news media among speakers and cited sources, and gives each medium one key so
 * that "Yonhap", "Yonhap News Agency" and "the Yonhap news agency" count as one original source.
 * A name is a medium if it is the outlet of one of the input documents, a well-known news
 * agency or broadcaster, or contains a word that only media names carry (news, press,
 * television, newspaper, ...; not "agency", which intelligence and space agencies share).
 */
final class MediaNames {
  private static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("korean central", "kcna"), Map.entry("kcna", "kcna"),
      Map.entry("associated press", "ap"), Map.entry("ap", "ap"),
      Map.entry("agence france presse", "afp"), Map.entry("afp", "afp"),
      Map.entry("new york times", "nyt"), Map.entry("nyt", "nyt"),
      Map.entry("wall street journal", "wsj"), Map.entry("wsj", "wsj"),
      Map.entry("ria", "ria novosti"), Map.entry("ria novosti", "ria novosti"),
      Map.entry("itar tass", "tass"), Map.entry("tass", "tass"),
      Map.entry("yonhap", "yonhap"), Map.entry("reuters", "reuters"),
      Map.entry("interfax", "interfax"), Map.entry("xinhua", "xinhua"),
      Map.entry("kyodo", "kyodo"), Map.entry("bloomberg", "bloomberg"),
      Map.entry("cnn", "cnn"), Map.entry("bbc", "bbc"), Map.entry("nhk", "nhk"),
      Map.entry("cbs", "cbs"), Map.entry("nbc", "nbc"), Map.entry("abc", "abc"),
      Map.entry("upi", "upi"), Map.entry("dpa", "dpa"), Map.entry("efe", "efe"),
      Map.entry("ansa", "ansa"), Map.entry("ukrinform", "ukrinform"),
      Map.entry("unian", "unian"), Map.entry("anadolu", "anadolu"),
      Map.entry("sputnik", "sputnik"), Map.entry("rt", "rt"), Map.entry("meduza", "meduza"),
      Map.entry("al jazeera", "al jazeera"), Map.entry("euronews", "euronews"),
      Map.entry("politico", "politico"), Map.entry("axios", "axios"),
      Map.entry("guardian", "guardian"), Map.entry("rodong sinmun", "rodong sinmun"),
      Map.entry("kyiv independent", "kyiv independent"), Map.entry("kyiv post", "kyiv post"),
      Map.entry("ukrainska pravda", "ukrainska pravda"));

  private static final Pattern MEDIA_WORD = Pattern.compile(
      "\\b(news|press|times|tv|television|radio|broadcast\\w*|media|gazette|herald"
          + "|journal|telegraph|tribune|newspaper|wire|daily|magazine|post|pravda)\\b");
  private static final Pattern GENERIC_TAIL = Pattern.compile(
      "(\\s+(news agency|agency|news service|news|newspaper|network|tv|television))+$");

  /** Memo of media keys by name, cleared past 100,000 entries. */
  private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

  private final Set<String> outletNames = new HashSet<>();

  /** A recogniser that also knows the given outlet names as media. */
  MediaNames(Collection<String> outlets) {
    for (String o : outlets) {
      if (o != null && !o.isBlank()) {
        this.outletNames.add(ActorKeys.normalise(o));
      }
    }
  }

  /** True if the name is a news medium. */
  boolean isMedium(String name) {
    if (name == null) {
      return false;
    }
    String n = ActorKeys.normalise(name);
    if (n.isEmpty()) {
      return false;
    }
    return outletNames.contains(n) || ALIASES.containsKey(n) || MEDIA_WORD.matcher(n).find();
  }

  /**
   * One key per medium: the normalised name without generic tails (news agency, news, TV),
   * mapped through well-known aliases (KCNA, AP, AFP, NYT...).
   */
  static String key(String name) {
    String known = KEYS.get(name);
    if (known != null) {
      return known;
    }
    if (KEYS.size() > 100_000) {
      KEYS.clear();
    }
    String k = computeKey(name);
    KEYS.put(name, k);
    return k;
  }

  private static String computeKey(String name) {
    String n = ActorKeys.normalise(name);
    String full = ALIASES.get(n);
    if (full != null) {
      return full;
    }
    String stripped = GENERIC_TAIL.matcher(n).replaceAll("");
    if (stripped.isEmpty()) {
      stripped = n;
    }
    return ALIASES.getOrDefault(stripped, stripped);
  }
}
