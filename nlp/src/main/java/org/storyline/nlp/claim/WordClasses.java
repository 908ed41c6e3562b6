package org.storyline.nlp.claim;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Named sets of lemmas from {@code words.tsv} (arms, speech verbs, hedges, ...). */
public final class WordClasses {
  private final Map<String, Set<String>> classes = new HashMap<>();

  /** Loads the classes shipped with storyline. */
  public static WordClasses load() {
    return new WordClasses();
  }

  private WordClasses() {
    for (String[] r : ResourceRows.read("/org/storyline/nlp/claim/words.tsv", 2)) {
      classes.computeIfAbsent(r[0], k -> new HashSet<>()).addAll(Set.of(r[1].split("\\|")));
    }
  }

  /** True if the lower-case lemma belongs to the named class. */
  public boolean is(String cls, String lemma) {
    Set<String> s = classes.get(cls);
    if (s == null) {
      throw new IllegalArgumentException("unknown word class " + cls);
    }
    return s.contains(lemma);
  }
}
