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
 * speakers of quotations), each only together with a word that can name the claim's actor (see
 * {@link #actorEvidence}) or, for an event noun, after a definite determiner or a possessive (an
 * event told before, "the talks", whose actors come from the sentences before); or a demonym or
 * capital of the domain lexicon (whose role in the sentence decides whether it names a state); or,
 * when {@code quantities} is set, a number
 * together with a named entity (quantity claims, whose source and date read the parse).
 * Every other sentence yields the same mentions and claims without a parse, except that its
 * time expressions are resolved without the main verb's tense, and that a trigger without any
 * possible actor ("it is best not to analyse it", "the review suggests") gives no claim.
 *
 * <p>Measured on 59 WCXB pages (every 12th): the actor condition cuts the parsed tokens from
 * 52,112 to 39,212 (of 139,319); the claims it drops (27 of 512) are actorless events and
 * figures of product pages and how-to texts; both claims gold sets are unchanged.
 */
public final class ParseDemand implements ParseChoice {
  private static final Set<LexiconEntry.Kind> ROLE_KINDS =
      EnumSet.of(LexiconEntry.Kind.CAPITAL, LexiconEntry.Kind.DEMONYM);
  private static final Set<String> NAMED = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");
  /** Pronouns that can stand for an actor named before. */
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "him", "them", "us", "who", "whom");
  /** Determiners and possessives before an event noun that refer to an event told before. */
  private static final Set<String> ANAPHORIC = Set.of("the", "this", "that", "these", "those", "their", "its", "his", "her", "our");
  /** Word classes ({@code words.tsv}) whose nouns can be a claim's actor. */
  private static final List<String> ACTOR_CLASSES = List.of("actor", "group", "people", "troops", "workers", "body");

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
    Boolean actor = null;
    for (int k = 0; k < tokens.size(); k++) {
      CoreLabel t = tokens.get(k);
      String lemma = lemma(t);
      if (cue(t, lemma) || phrasal(tokens, k, lemma)) {
        if (actor == null) {
          actor = actorEvidence(tokens); // once per sentence, however many cues it holds
        }
        if (actor || anaphoricEvent(tokens, k)) {
          return true;
        }
        continue;
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

  /**
   * True if some token can name a claim's actor: one the recogniser tagged as a name, a proper
   * noun or a capitalised word after the first (names the recogniser missed), a personal or
   * relative pronoun of a third person or "we" (whose antecedent the rules resolve), or a noun of
   * the word classes of actors, groups, people, troops, workers and state bodies.
   */
  private boolean actorEvidence(List<CoreLabel> tokens) {
    for (int k = 0; k < tokens.size(); k++) {
      CoreLabel t = tokens.get(k);
      if (t.ner() != null && NAMED.contains(t.ner())) {
        return true;
      }
      String word = t.word() == null ? "" : t.word();
      String tag = t.tag() == null ? "" : t.tag();
      if (tag.startsWith("NNP") || k > 0 && !word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
        return true;
      }
      String lemma = lemma(t);
      if (PRONOUNS.contains(word.toLowerCase(Locale.ROOT)) || PRONOUNS.contains(lemma)) {
        return true;
      }
      if (tag.startsWith("NN")) {
        for (String c : ACTOR_CLASSES) {
          if (words.is(c, lemma)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * True if token {@code k} is a noun after a definite determiner or a possessive ("the talks",
   * "their meeting", "this attack"): an event named before, whose actors the rules take from the
   * sentences before.
   */
  private static boolean anaphoricEvent(List<CoreLabel> tokens, int k) {
    String tag = tokens.get(k).tag();
    if (k == 0 || tag == null || !tag.startsWith("NN")) {
      return false;
    }
    String before = tokens.get(k - 1).word();
    return before != null && ANAPHORIC.contains(before.toLowerCase(Locale.ROOT));
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
