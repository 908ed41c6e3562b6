package org.storyline.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storyline.nlp.claim.TriggerTable;
import org.storyline.nlp.claim.WordClasses;
import org.storyline.nlp.mention.DomainLexicon;
import org.storyline.nlp.mention.LexiconEntry;
import org.storyline.nlp.pipeline.ParseChoice;

/**
 * The sentences whose dependency parse some rule reads, judged from tags and lemmas alone. A
 * sentence is parsed if it holds a word of the trigger table (as verb or noun, or a phrasal
 * verb with its particle), a verb of saying or "according to" (attributed statements and the
 * speakers of quotations), a demonym or capital of the domain lexicon (whose role in the
 * sentence decides whether it names a state), or, when {@code quantities} is set, a number
 * together with a named entity (quantity claims, whose source and date read the parse).
 * Every other sentence yields the same mentions and claims without a parse, except that its
 * time expressions are resolved without the main verb's tense.
 */
public final class ParseDemand implements ParseChoice {
  private static final Set<LexiconEntry.Kind> ROLE_KINDS =
      EnumSet.of(LexiconEntry.Kind.CAPITAL, LexiconEntry.Kind.DEMONYM);
  private static final Set<String> NAMED = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

  private final TriggerTable triggers;
  private final WordClasses words;
  private final DomainLexicon lexicon;
  private final boolean quantities;

  /**
   * @param quantities also parse sentences with a number and a named entity
   */
  public ParseDemand(TriggerTable triggers, WordClasses words, DomainLexicon lexicon, boolean quantities) {
    this.triggers = triggers;
    this.words = words;
    this.lexicon = lexicon;
    this.quantities = quantities;
  }

  @Override
  public boolean wantsParse(String text, List<CoreLabel> tokens) {
    boolean number = false;
    boolean named = false;
    Set<Integer> ends = null;
    for (int k = 0; k < tokens.size(); k++) {
      CoreLabel t = tokens.get(k);
      String lemma = lemma(t);
      if (cue(t, lemma) || phrasal(tokens, k, lemma)) {
        return true;
      }
      if (t.beginPosition() < text.length() && Character.isUpperCase(text.charAt(t.beginPosition()))) {
        if (ends == null) {
          ends = new HashSet<>();
          for (CoreLabel e : tokens) {
            ends.add(e.endPosition());
          }
        }
        if (lexicon.longestAt(text, t.beginPosition(), ends::contains, ROLE_KINDS).isPresent()) {
          return true;
        }
      }
      number |= "CD".equals(t.tag());
      named |= t.ner() != null && NAMED.contains(t.ner());
    }
    return quantities && number && named;
  }

  /** A trigger verb or noun, a verb of saying, or "according" (as the rules read them: by tag). */
  private boolean cue(CoreLabel t, String lemma) {
    String tag = t.tag() == null ? "" : t.tag();
    if (tag.startsWith("VB")) {
      return !triggers.rules(lemma, true).isEmpty() || words.is("speech", lemma) || isAccording(t);
    }
    if (tag.startsWith("NN")) {
      return !triggers.rules(lemma, false).isEmpty();
    }
    return isAccording(t);
  }

  private static boolean isAccording(CoreLabel t) {
    return t.word() != null && t.word().equalsIgnoreCase("according");
  }

  /** A particle after a verb that forms a phrasal trigger with it ("called ... up"). */
  private boolean phrasal(List<CoreLabel> tokens, int k, String lemma) {
    String tag = tokens.get(k).tag();
    if (!"RP".equals(tag) && !"RB".equals(tag) && !"IN".equals(tag)) {
      return false;
    }
    for (int j = 0; j < k; j++) {
      String vt = tokens.get(j).tag();
      if (vt != null && vt.startsWith("VB") && !triggers.rules(lemma(tokens.get(j)) + "_" + lemma, true).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static String lemma(CoreLabel t) {
    String l = t.lemma();
    return (l == null ? t.word() : l).toLowerCase(Locale.ROOT);
  }
}
