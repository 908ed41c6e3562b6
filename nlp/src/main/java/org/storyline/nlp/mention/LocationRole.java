package org.storyline.nlp.mention;

import java.util.Set;
import org.storyline.nlp.pipeline.Arc;
import org.storyline.nlp.pipeline.ParsedSentence;

/**
 * Decides whether a capital or seat of power acts as its state ("Pyongyang has denied",
 * "Moscow's support", "accused Seoul") or stands for the place ("talks in Pyongyang",
 * "arrived in Moscow", "visited Seoul") from its dependencies.
 */
public final class LocationRole {
  private static final Set<String> PLACE_CASES =
      Set.of("in", "at", "near", "outside", "inside", "across", "around", "within", "into", "toward",
          "towards", "via", "through", "throughout", "over", "above");
  private static final Set<String> MOTION =
      Set.of("visit", "arrive", "travel", "fly", "go", "come", "return", "trip", "journey", "head",
          "leave", "reach", "move", "flee", "relocate", "route", "ship", "deliver", "send", "transport");
  private static final Set<String> ACTOR_RELATIONS =
      Set.of("nsubj", "nsubj:pass", "nsubj:xsubj", "obl:agent", "nmod:poss", "nmod:agent", "csubj");

  private LocationRole() {}

  /** True if token {@code head} (the head of a capital's name) acts as a state. */
  public static boolean actsAsState(ParsedSentence s, int head) {
    if (head < s.size() && (s.tag(head + 1).startsWith("VB") || s.tag(head + 1).equals("MD"))
        && (head == 1 || s.tag(head - 1).equals("CC") || s.word(head - 1).equals(","))) {
      return true; // "Seoul said", "Pyongyang test-fired", whatever the parse
    }
    if (!s.parsed()) {
      return false;
    }
    for (Arc a : s.parents(head)) {
      if (ACTOR_RELATIONS.contains(a.relation())) {
        return true;
      }
    }
    for (int c : s.children(head, "case")) {
      String p = s.lemma(c);
      if (PLACE_CASES.contains(p)) {
        return false;
      }
      if (p.equals("to") || p.equals("from")) {
        int gov = s.primaryParent(head);
        return gov != 0 && !MOTION.contains(s.lemma(gov));
      }
    }
    int gov = s.primaryParent(head);
    String rel = s.primaryRelation(head);
    if (rel.equals("obj") && gov != 0 && MOTION.contains(s.lemma(gov))) {
      return false;
    }
    if (rel.equals("compound") || rel.equals("root") || rel.startsWith("appos")) {
      return false;
    }
    return true;
  }
}
