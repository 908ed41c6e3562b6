package org.storyline.nlp.claim;

import java.util.Set;
import org.storyline.nlp.pipeline.ParsedSentence;
import org.storyline.nlp.time.Tense;

/**
 * The grammatical time of a trigger's clause: "will", "is set to", "plans to", "is readying to",
 * "intends to", "expected to" give FUTURE; a past tag or "have" + participle PAST; a present
 * tag PRESENT. A noun trigger takes the time of the verb it depends on.
 */
public final class TenseJudge {
  private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");

  private final WordClasses words;

  public TenseJudge(WordClasses words) {
    this.words = words;
  }

  /** The tense of the clause around token {@code k}. */
  public Tense tense(ParsedSentence s, int k) {
    if (k > 2 && s.word(k - 1).equalsIgnoreCase("to")
        && (words.is("planning", s.lemma(k - 2)) || s.lemma(k - 2).equals("be"))) {
      return Tense.FUTURE; // "is set to visit", "plans to sign", "is to meet", whatever the parse
    }
    int v = k;
    if (!s.isVerb(k)) {
      String rel = s.primaryRelation(k);
      int gov = s.primaryParent(k);
      boolean light = (rel.equals("obj") || rel.equals("nsubj:pass")) && gov != 0 && words.is("lightverb", s.lemma(gov));
      if (rel.startsWith("nsubj") && gov != 0 && s.isVerb(gov) && words.is("planning", s.lemma(gov))
          && !s.children(gov, "xcomp").isEmpty()) {
        return Tense.FUTURE; // "the talks are expected to focus on ...", "a summit is set to open"
      }
      if (!light) {
        return Tense.UNKNOWN; // "the talks will advance ...": the verb is not the event's
      }
      v = gov;
    }
    if (v == 0 || !s.isVerb(v)) {
      return Tense.UNKNOWN;
    }
    for (int steps = 0; steps < 3; steps++) {
      for (int a : s.children(v, "aux")) {
        String w = s.lemma(a);
        if (FUTURE_AUX.contains(w) || FUTURE_AUX.contains(s.word(a).toLowerCase(java.util.Locale.ROOT))) {
          return Tense.FUTURE;
        }
      }
      String rel = s.primaryRelation(v);
      int gov = s.primaryParent(v);
      if (rel.startsWith("xcomp") && gov != 0 && words.is("planning", s.lemma(gov))) {
        return Tense.FUTURE;
      }
      if (rel.startsWith("xcomp") && gov != 0 && s.isVerb(gov) && s.tag(v).equals("VB")) {
        v = gov; // "started to deliver" takes the time of "started"
        continue;
      }
      if (rel.startsWith("conj") && gov != 0 && s.isVerb(gov) && s.tag(v).equals("VB")
          && s.children(v, "aux").isEmpty()) {
        v = gov; // "will stay until Friday and discuss ...": the conjunct shares the auxiliary
        continue;
      }
      break;
    }
    String tag = s.tag(v);
    if (tag.equals("VB") && s.primaryParent(v) == 0 && !s.children(v, "mark").isEmpty()) {
      return Tense.FUTURE; // headline "Putin to visit Pyongyang"
    }
    for (int a : s.children(v, "aux")) {
      String w = s.lemma(a);
      if (w.equals("have") && tag.equals("VBN")) {
        return Tense.PAST;
      }
      if (s.tag(a).equals("VBD")) {
        return Tense.PAST;
      }
      if (s.tag(a).equals("MD")) {
        return Tense.UNKNOWN;
      }
    }
    for (int a : s.children(v, "aux:pass")) {
      return s.tag(a).equals("VBD") ? Tense.PAST : Tense.PRESENT;
    }
    return switch (tag) {
      case "VBD" -> Tense.PAST;
      case "VBN" -> Tense.PAST;
      case "VBZ", "VBP", "VBG" -> Tense.PRESENT;
      default -> Tense.UNKNOWN;
    };
  }
}
