package org.storyline.nlp.mention;

import java.util.List;
import org.storyline.core.entity.EntityType;
import org.storyline.core.entity.Mention;
import org.storyline.nlp.pipeline.ParsedSentence;

/** The mentions of one sentence, looked up by token. */
public final class SentenceMentions {
  private final ParsedSentence sentence;
  private final List<Mention> mentions;

  private final List<Mention> before;
  private final Mention previousPerson;

  /**
   * @param before the mentions of the sentences before, in text order (for "he", "the two leaders")
   */
  public SentenceMentions(ParsedSentence sentence, List<Mention> mentions, List<Mention> before) {
    this(sentence, mentions, before, java.util.Set.of());
  }

  private final java.util.Set<org.storyline.core.text.Span> leaders;

  /**
   * @param leaders spans of persons named with a leader's title ("President X", "leader Y"),
   *     the only candidates for "the two leaders"
   */
  public SentenceMentions(ParsedSentence sentence, List<Mention> mentions, List<Mention> before,
      java.util.Set<org.storyline.core.text.Span> leaders) {
    this.leaders = java.util.Set.copyOf(leaders);
    this.sentence = sentence;
    this.mentions = List.copyOf(mentions);
    this.before = List.copyOf(before);
    Mention p = null;
    for (Mention m : before) {
      if (m.type() == EntityType.PERSON && !isTitle(m)) {
        p = m;
      }
    }
    this.previousPerson = p;
  }

  /**
   * The two named actors of a type that "the two leaders", "both countries" or "the two sides"
   * at {@code offset} stand for, most recent last; fewer if there are none. Persons: the last two
   * distinct ones named with a leader's title. States: the last two named earlier in the same
   * sentence ("Chad and Niger signed a pact, and both countries ..."); else the two the text is
   * about, the two named most often before (the later named first when counts tie), so a state
   * named in passing just before ("... strengthened after Russia's invasion of Ukraine. The
   * cooperation between the two countries ...") does not displace the pair of the story.
   */
  public List<Mention> lastPair(EntityType type, int offset) {
    java.util.List<Mention> here = new java.util.ArrayList<>();
    for (Mention m : mentions) {
      if (m.span().end() <= offset) {
        here.add(m);
      }
    }
    java.util.List<Mention> all = new java.util.ArrayList<>(before);
    all.addAll(here);
    if (type == EntityType.PERSON) {
      return lastDistinct(all, type);
    }
    java.util.List<Mention> inSentence = lastDistinct(here, type);
    if (inSentence.size() == 2) {
      return inSentence;
    }
    java.util.Map<String, Integer> count = new java.util.HashMap<>();
    java.util.Map<String, Integer> lastAt = new java.util.HashMap<>();
    java.util.Map<String, Mention> latest = new java.util.HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      Mention m = all.get(i);
      if (m.type() == type && !isTitle(m)) {
        String key = key(m);
        count.merge(key, 1, Integer::sum);
        lastAt.put(key, i);
        latest.put(key, m);
      }
    }
    java.util.List<String> keys = new java.util.ArrayList<>(count.keySet());
    keys.sort(java.util.Comparator.comparing((String k) -> -count.get(k)).thenComparing(k -> -lastAt.get(k)));
    java.util.List<Mention> out = new java.util.ArrayList<>();
    for (String k : keys) {
      Mention m = latest.get(k);
      if (out.size() < 2 && out.stream().noneMatch(x -> x.text().contains(m.text()) || m.text().contains(x.text()))) {
        out.add(m);
      }
    }
    out.sort(java.util.Comparator.comparingInt(m -> lastAt.get(key(m))));
    return out;
  }

  /** The last two distinct actors of {@code type} in {@code all} (persons: leaders only), most recent last. */
  private java.util.List<Mention> lastDistinct(java.util.List<Mention> all, EntityType type) {
    java.util.LinkedHashMap<String, Mention> distinct = new java.util.LinkedHashMap<>();
    for (int i = all.size() - 1; i >= 0 && distinct.size() < 2; i--) {
      Mention m = all.get(i);
      String key = key(m);
      if (m.type() == type && !isTitle(m) && !distinct.containsKey(key)
          && (type != EntityType.PERSON || leaders.contains(m.span()))
          && distinct.values().stream().noneMatch(x -> x.text().contains(m.text()) || m.text().contains(x.text()))) {
        distinct.put(key, m);
      }
    }
    java.util.List<Mention> out = new java.util.ArrayList<>(distinct.values());
    java.util.Collections.reverse(out);
    return out;
  }

  private static String key(Mention m) {
    return m.key() == null ? m.text() : m.key();
  }

  /**
   * The named person "he" or "she" at {@code offset} most likely stands for: the last named
   * person (not a title) before it in this sentence, else in the sentences before; or null.
   */
  public Mention personBefore(int offset) {
    Mention best = null;
    for (Mention m : mentions) {
      if (m.span().end() <= offset && m.type() == EntityType.PERSON && !isTitle(m)) {
        best = m;
      }
    }
    return best != null ? best : previousPerson;
  }

  /** The last named person of this sentence, else the one carried from before. */
  public Mention lastPerson() {
    return personBefore(Integer.MAX_VALUE);
  }

  private static boolean isTitle(Mention m) {
    return m.key() != null && m.key().startsWith("title:");
  }

  public List<Mention> all() {
    return mentions;
  }

  /** The mention covering token {@code k} (1-based), or null. */
  public Mention at(int k) {
    if (k < 1 || k > sentence.size()) {
      return null;
    }
    int b = sentence.begin(k);
    int e = sentence.finish(k);
    for (Mention m : mentions) {
      if (m.span().start() < e && b < m.span().end()) {
        return m;
      }
    }
    return null;
  }

  /** True if token {@code k} lies in a mention of type {@code type}. */
  public boolean isType(int k, EntityType type) {
    Mention m = at(k);
    return m != null && m.type() == type;
  }
}
