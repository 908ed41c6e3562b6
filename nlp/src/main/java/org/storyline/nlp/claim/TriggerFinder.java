package org.storyline.nlp.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.storyline.core.claim.EventType;
import org.storyline.core.entity.EntityType;
import org.storyline.nlp.mention.SentenceMentions;
import org.storyline.nlp.pipeline.Arc;
import org.storyline.nlp.pipeline.ParsedSentence;

/**
 * Finds the event triggers of a parsed sentence from the trigger table: verbs whose object
 * fits the rule ("delivered artillery", "sent troops"), and nouns that carry an event of their
 * own ("Putin's state visit", "the meeting between X and Y", "held talks", "The meeting lasted").
 * A light verb with a noun trigger of another type as object yields to the noun ("strike a
 * deal"); a noun trigger under a verb trigger of the same type is folded into the verb.
 */
public final class TriggerFinder {
  private static final Set<String> GOODS_RELATIONS = Set.of("obj", "obl:with", "nsubj:pass", "obl:between");
  private static final Set<String> DESTINATIONS = Set.of("obl:to", "obl:for", "obj", "advmod", "obl:in");

  private final TriggerTable table;
  private final WordClasses words;

  public TriggerFinder(TriggerTable table, WordClasses words) {
    this.table = table;
    this.words = words;
  }

  /** The triggers of {@code s} in token order. */
  public List<FoundTrigger> find(ParsedSentence s, SentenceMentions mentions) {
    List<FoundTrigger> verbs = new ArrayList<>();
    List<FoundTrigger> nouns = new ArrayList<>();
    if (!s.parsed()) {
      return List.of();
    }
    for (int k = 1; k <= s.size(); k++) {
      if (s.isVerb(k) || verbTaggedAsNoun(s, k)) {
        TriggerRule r = verbRule(s, k, mentions);
        if (r != null) {
          verbs.add(new FoundTrigger(k, r));
        }
      } else if (s.isNoun(k) && mentions.at(k) == null) {
        TriggerRule r = nounRule(s, k, mentions);
        if (r != null) {
          nouns.add(new FoundTrigger(k, r));
        }
      }
    }
    List<FoundTrigger> out = new ArrayList<>();
    for (FoundTrigger v : verbs) {
      if (yieldsToNoun(s, v, nouns) || underVeto(s, v, verbs)) {
        continue;
      }
      out.add(v);
    }
    for (FoundTrigger n : nouns) {
      if (foldedIntoVerb(s, n, out) || underVeto(s, n, verbs) || !carriesEvent(s, n.token(), mentions)) {
        continue;
      }
      out.add(n);
    }
    out.sort((a, b) -> Integer.compare(a.token(), b.token()));
    return out;
  }

  /**
   * A plural noun the tagger took for a verb's homograph but that heads a clause with a subject
   * and an object ("the community heavily sanctions both Russia and Iran"): nouns take no object.
   */
  private static boolean verbTaggedAsNoun(ParsedSentence s, int k) {
    return s.tag(k).equals("NNS") && !s.children(k, "obj").isEmpty() && !s.children(k, "nsubj").isEmpty();
  }

  private TriggerRule verbRule(ParsedSentence s, int k, SentenceMentions mentions) {
    String lemma = s.lemma(k);
    if (s.primaryRelation(k).equals("aux") || s.primaryRelation(k).equals("amod") && !s.tag(k).equals("VBG")) {
      return null;
    }
    for (int prt : s.children(k, "compound:prt")) {
      List<TriggerRule> phrasal = table.rules(lemma + "_" + s.lemma(prt), true);
      for (TriggerRule r : phrasal) { // "called up reservists": the particle makes the verb
        if (fits(s, k, r.needs(), mentions, true)) {
          return r;
        }
      }
    }
    for (TriggerRule r : table.rules(lemma, true)) {
      if (r.frame() == Frame.MOTION && (lemma.equals("go") || lemma.equals("fly") || lemma.equals("travel"))
          && !hasDestination(s, k, mentions)) {
        continue;
      }
      if (fits(s, k, r.needs(), mentions, true)) {
        return r;
      }
    }
    return null;
  }

  private boolean hasDestination(ParsedSentence s, int k, SentenceMentions mentions) {
    for (Arc a : s.children(k)) {
      if (DESTINATIONS.contains(a.relation()) && mentions.at(a.dependent()) != null) {
        return true;
      }
    }
    return false;
  }

  private TriggerRule nounRule(ParsedSentence s, int k, SentenceMentions mentions) {
    for (TriggerRule r : table.rules(s.lemma(k), false)) {
      if (fits(s, k, r.needs(), mentions, false)) {
        return r;
      }
    }
    String w = s.word(k).toLowerCase(java.util.Locale.ROOT);
    if (w.endsWith("ing") && w.length() > 5) { // a gerund tagged as noun: "accusations of transferring"
      String stem = w.substring(0, w.length() - 3);
      for (String lemma : List.of(stem, stem + "e", stem.substring(0, stem.length() - 1))) {
        for (TriggerRule r : table.rules(lemma, true)) {
          if (fits(s, k, r.needs(), mentions, true) || fits(s, k, r.needs(), mentions, false)) {
            return r;
          }
        }
      }
    }
    return null;
  }

  /** True if the trigger's object (or, for nouns, its of-phrase or compound) is of the needed class. */
  boolean fits(ParsedSentence s, int k, String needs, SentenceMentions mentions, boolean verb) {
    if (needs == null) {
      return true;
    }
    List<Integer> objects = new ArrayList<>();
    for (Arc a : s.children(k)) {
      String r = a.relation();
      if (verb ? GOODS_RELATIONS.contains(r) || r.startsWith("obl:of")
          : r.equals("nmod:of") || r.equals("compound") || r.equals("amod")) {
        objects.add(a.dependent());
      }
    }
    if (verb) {
      for (Arc a : s.children(k)) { // "provides Russia with equipment to use": parsed as a with-clause
        if (a.relation().startsWith("advcl")
            && s.children(a.dependent(), "mark").stream().anyMatch(m -> s.lemma(m).equals("with"))) {
          objects.addAll(s.children(a.dependent(), "nsubj"));
        }
      }
    }
    if (verb && (s.primaryRelation(k).startsWith("acl") || s.primaryRelation(k).equals("amod"))) {
      objects.add(s.primaryParent(k)); // "the weapons supplied to Russia", "of supplying missiles"
    }
    if (needs.equals("partner")) {
      for (Arc a : s.children(k)) {
        String r = a.relation();
        if ((r.equals("obl:with") || r.equals("nmod:with") || r.equals("obj")) && mentions.at(a.dependent()) != null) {
          return true;
        }
      }
      return false;
    }
    if (needs.equals("aimed")) {
      for (Arc a : s.children(k)) {
        String r = a.relation();
        if ((r.equals("obl:on") || r.equals("obl:at") || r.equals("obl:against") || r.equals("obl:upon"))
            && !s.ner(a.dependent()).equals("DATE") && !s.ner(a.dependent()).equals("TIME")) {
          return true; // "fired on a position", not "fired his minister on Monday"
        }
      }
      return false;
    }
    if (needs.equals("sanctions")) {
      Set<Integer> subjects = new java.util.HashSet<>();
      for (int n : s.children(k, "nsubj")) {
        subjects.addAll(s.subtree(n));
      }
      for (int t : s.subtree(k)) {
        if (!subjects.contains(t) && words.is("sanctions", s.lemma(t))) {
          return true;
        }
      }
      return false;
    }
    for (int o : objects) {
      if (isOf(s, o, needs, mentions)) {
        return true;
      }
      for (Arc a : s.children(o)) {
        String r = a.relation();
        if ((r.startsWith("conj") || r.equals("nmod:of") || r.equals("compound") || r.equals("amod"))
            && isOf(s, a.dependent(), needs, mentions)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean isOf(ParsedSentence s, int t, String needs, SentenceMentions mentions) {
    String lemma = s.lemma(t);
    String word = s.word(t).toLowerCase(java.util.Locale.ROOT);
    if (!lemma.equals(word) && isOfLemma(s, t, needs, mentions, word)) {
      return true;
    }
    return isOfLemma(s, t, needs, mentions, lemma);
  }

  private boolean isOfLemma(ParsedSentence s, int t, String needs, SentenceMentions mentions, String lemma) {
    boolean military = lemma.equals("military") || lemma.equals("defense") || lemma.equals("defence");
    return switch (needs) {
      case "arms" -> words.is("arms", lemma) || military || mentions.isType(t, EntityType.WEAPON);
      case "attack" -> words.is("arms", lemma) || words.is("attack", lemma) || mentions.isType(t, EntityType.WEAPON);
      case "goods" -> words.is("goods", lemma) || lemma.equals("humanitarian") || lemma.equals("economic");
      default -> words.is(needs, lemma);
    };
  }

  /** "strike a deal", "launch an investigation": the noun names the event, not the verb. */
  private boolean yieldsToNoun(ParsedSentence s, FoundTrigger v, List<FoundTrigger> nouns) {
    if (!words.is("lightverb", s.lemma(v.token()))) {
      return false;
    }
    for (FoundTrigger n : nouns) {
      if (s.primaryParent(n.token()) == v.token() && s.primaryRelation(n.token()).equals("obj")
          && n.rule().type() != v.rule().type()) {
        return true;
      }
    }
    return false;
  }

  /** A sanction inside what a veto blocks is not imposed. */
  private static boolean underVeto(ParsedSentence s, FoundTrigger v, List<FoundTrigger> verbs) {
    for (FoundTrigger o : verbs) {
      if (o != v && o.rule().mode().equals("veto") && v.rule().type() == EventType.SANCTION
          && s.subtree(o.token()).contains(v.token())) {
        return true;
      }
    }
    return false;
  }

  /** "signed a pact", "launched strikes": the noun is the object of a verb of the same event type. */
  private static boolean foldedIntoVerb(ParsedSentence s, FoundTrigger n, List<FoundTrigger> verbs) {
    int gov = s.primaryParent(n.token());
    for (FoundTrigger v : verbs) {
      if (v.token() == gov && v.rule().type() == n.rule().type()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A noun carries an event of its own when it has actors (possessor, between/with/by/from
   * phrase, the state of an attack named by its demonym: "Russian airstrikes"), is the object of
   * a light verb, the subject of a clause, or has its own date.
   */
  private boolean carriesEvent(ParsedSentence s, int n, SentenceMentions mentions) {
    for (Arc a : s.children(n)) {
      String r = a.relation();
      if ((r.equals("nmod:poss") || r.equals("nmod:between") || r.equals("nmod:with") || r.equals("nmod:by")
          || r.equals("nmod:from") || r.equals("nmod:to") || r.equals("nmod:against") || r.equals("nmod:on"))
          && (mentions.at(a.dependent()) != null || r.equals("nmod:between"))) {
        return true;
      }
      if (r.equals("nmod:tmod") || (r.equals("nmod:on") || r.equals("nmod:in")) && s.ner(a.dependent()).equals("DATE")) {
        return true;
      }
      if (r.equals("amod") && words.is("attack", s.lemma(n)) && mentions.at(a.dependent()) != null
          && mentions.at(a.dependent()).type() == org.storyline.core.entity.EntityType.STATE) {
        return true; // "Russian airstrikes": an attack by a state
      }
      if ((r.equals("nmod:on") || r.equals("nmod:against")) && words.is("attack", s.lemma(n))
          && ActorFinder.described(s, a.dependent(), words) != null) {
        return true; // "attacks on hospitals", "strikes against convoys": an attack with what it hit
      }
    }
    String rel = s.primaryRelation(n);
    int gov = s.primaryParent(n);
    if ((rel.equals("obj") || rel.equals("nsubj:pass")) && gov != 0
        && (words.is("lightverb", s.lemma(gov)) || words.is("undergo", s.lemma(gov)))) {
      return true; // "held talks", "has drawn sharp criticism from the West"
    }
    if (gov != 0 && !s.children(gov, "expl").isEmpty()) {
      return false; // "there is a great demand for shells": no one demands
    }
    return (rel.equals("nsubj") || rel.equals("nsubj:pass")) && gov != 0; // also "the talks are expected to ..."
  }
}
