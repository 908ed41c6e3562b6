package org.storyline.nlp.claim;

import java.util.Locale;
import java.util.Set;
import org.storyline.core.claim.EventType;
import org.storyline.core.claim.Stance;
import org.storyline.nlp.pipeline.ParsedSentence;
import org.storyline.nlp.time.Tense;

/**
 * How the document holds a claim, checked in this order: denied (a rejection, a negated
 * trigger, or a trigger inside what someone denies), alleged ("reportedly", "accused of",
 * "suspicions that"), hypothetical ("could", "would", "possibly", "if", and what someone hopes to
 * receive from another: "X hopes to get jets from Y" is Y's act, which X wishes for, not a plan of
 * anyone's; "X plans to get" or "wants to get" stays planned), planned (future),
 * reported (attributed) and asserted.
 */
public final class StanceJudge {
  private static final Set<String> MODAL_HYPOTHETICAL = Set.of("could", "would", "might", "may", "should");
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
  /** Verbs of wishing: what the wisher hopes to receive from another is that other's act, not planned by anyone. */
  private static final Set<String> WISHES = Set.of("hope", "wish", "dream", "long", "yearn");

  private final WordClasses words;

  public StanceJudge(WordClasses words) {
    this.words = words;
  }

  /** The stance of the claim reported by trigger {@code t}. */
  public Stance stance(ParsedSentence s, FoundTrigger t, Tense tense, boolean attributed) {
    int k = t.token();
    if (t.rule().type() == EventType.REJECT || negated(s, k)) {
      return Stance.DENIED;
    }
    boolean alleged = false;
    boolean hypothetical = false;
    int v = k;
    for (int steps = 0; v != 0 && steps < 6; steps++) {
      if (steps > 0 && words.is("denial", s.lemma(v))) {
        return Stance.DENIED;
      }
      if (steps > 0 && words.is("allegation", s.lemma(v))) {
        alleged = true;
      }
      for (int a : s.children(v, "advmod")) {
        String w = s.lemma(a);
        alleged |= words.is("hedge", w);
        hypothetical |= words.is("possibility", w);
      }
      for (int a : s.children(v, "aux")) {
        String modal = s.word(a).toLowerCase(Locale.ROOT);
        if (modal.equals("would") && reportedFuture(s, v)) {
          continue; // "Chad said it would deploy troops": the future of a past report, not a condition
        }
        hypothetical |= MODAL_HYPOTHETICAL.contains(modal);
      }
      for (int a : s.children(v, "mark")) {
        hypothetical |= s.lemma(a).equals("if") || s.lemma(a).equals("unless");
      }
      if (t.rule().frame() == Frame.TAKE && s.primaryRelation(v).startsWith("xcomp") && s.primaryParent(v) != 0
          && WISHES.contains(s.lemma(s.primaryParent(v)))) {
        hypothetical = true; // "X hopes to get jets from Y": a wish of the receiver, no plan of the giver's
      }
      if (steps > 0 && (s.lemma(v).equals("possible") || s.lemma(v).equals("unclear")) && !ActorFinder.inExchange(s, k)) {
        hypothetical = true; // but "unclear what X gets in return for sending arms": the sending is taken as given
      }
      String rel = s.primaryRelation(v);
      if (rel.startsWith("nsubj") || rel.startsWith("parataxis")) {
        break;
      }
      v = s.primaryParent(v);
    }
    if (alleged) {
      return Stance.ALLEGED;
    }
    if (hypothetical) {
      return Stance.HYPOTHETICAL;
    }
    if (reportedFuture(s, k) && s.children(k, "aux").stream().anyMatch(a -> s.word(a).equalsIgnoreCase("would"))) {
      return Stance.PLANNED;
    }
    if (tense == Tense.FUTURE) {
      return Stance.PLANNED;
    }
    return attributed ? Stance.REPORTED : Stance.ASSERTED;
  }

  /** True if clause {@code v} is what a past verb of saying reports, without a condition ("said it would ..."). */
  private boolean reportedFuture(ParsedSentence s, int v) {
    int gov = s.primaryParent(v);
    return s.primaryRelation(v).equals("ccomp") && gov != 0 && s.isVerb(gov) && words.is("speech", s.lemma(gov))
        && (s.tag(gov).equals("VBD") || s.tag(gov).equals("VBN"))
        && s.children(v, "mark").stream().noneMatch(m -> s.lemma(m).equals("if") || s.lemma(m).equals("unless"))
        && s.children(v, "advcl").stream().noneMatch(c -> s.children(c, "mark").stream()
            .anyMatch(m -> s.lemma(m).equals("if") || s.lemma(m).equals("unless")));
  }

  /** "did not sign", "never visited", "signed no agreements". */
  static boolean negated(ParsedSentence s, int k) {
    for (int a : s.children(k, "advmod")) {
      if (NEGATIONS.contains(s.word(a).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    for (int a : s.children(k, "neg")) {
      return true;
    }
    for (int o : s.children(k, "obj")) {
      for (int d : s.children(o, "det")) {
        if (s.word(d).equalsIgnoreCase("no")) {
          return true;
        }
      }
    }
    return false;
  }
}
