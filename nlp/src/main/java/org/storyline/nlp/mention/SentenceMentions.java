package org.storyline.nlp.mention;

import java.util.List;
import org.storyline.core.entity.EntityType;
import org.storyline.core.entity.Mention;
import org.storyline.nlp.pipeline.ParsedSentence;

/** The mentions of one sentence, looked up by token. */
public final class SentenceMentions {
  private final ParsedSentence sentence;
  private final List<Mention> mentions;

  private final Mention previousPerson;

  /**
   * @param previousPerson the last named person of the sentences before, for "he"/"she", or null
   */
  public SentenceMentions(ParsedSentence sentence, List<Mention> mentions, Mention previousPerson) {
    this.sentence = sentence;
    this.mentions = List.copyOf(mentions);
    this.previousPerson = previousPerson;
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
