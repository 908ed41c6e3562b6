package org.storyline.nlp.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.storyline.core.time.DateSpan;
import org.storyline.nlp.pipeline.ParsedSentence;
import org.storyline.nlp.time.ResolvedTime;
import org.storyline.nlp.time.Tense;
import org.storyline.nlp.time.TenseAt;

/**
 * Picks the date of an event from the time expressions of its sentence. Each expression belongs
 * to the nearest trigger, speech verb or other verb above it in the dependency tree ("CBS
 * reported on Oct. 5 that ... started to deliver": Oct. 5 belongs to "reported"; "who served
 * until May" belongs to "served"). An event takes its own expression, else one of a word it
 * depends on below the attributing verb, else one that belongs to nobody (nearest first); never
 * the date of another clause, and the date of the report that attributes it only as what the
 * report says of it: an ongoing event ("reported in May that X was buying ...", "is conducting a
 * review, the agency said on May 12") held when reported and takes the report's date; a completed
 * one ("announced on January 11 that the office had obtained ...", "reported on Oct. 5 that X has
 * started to deliver") happened by then and takes it as an end bound ("by January 11", as "By
 * March 14, X reported that Y had launched ..." is written); a plan, or the content of a noun
 * ("suspicions that X has provided ..."), takes nothing from it. An event placed during or at another event of the sentence takes
 * that event's own date ("signed nothing during their meeting on Sept. 13"). Dates coordinated
 * with the chosen one are further events of the same kind ({@link #pickAll}).
 */
public final class DatePicker {
  private static final int MAX_STEPS = 8;
  /** Verbs of phase whose complement is the event itself: "started to deliver", "continued supplying". */
  private static final Set<String> ASPECTUAL = Set.of("start", "begin", "continue", "resume", "keep", "stop",
      "cease", "finish", "complete");

  private DatePicker() {}

  /**
   * The token an expression belongs to: the first member of {@code owners} or verb above it, or 0
   * if none.
   */
  static int owner(ParsedSentence s, ResolvedTime time, Set<Integer> owners) {
    int head = head(s, time);
    if (head == 0) {
      return 0;
    }
    int v = head;
    for (int steps = 0; steps < MAX_STEPS; steps++) {
      v = s.primaryParent(v);
      if (v == 0) {
        return 0;
      }
      if (owners.contains(v) || s.isVerb(v)) {
        return v;
      }
    }
    return 0;
  }

  /**
   * The tense of the clause each date expression of the sentence belongs to: the tense
   * {@code tenseOf} gives the first verb above the expression that has a known one ("said on
   * Monday that he will visit on Tuesday": Monday takes "said", Tuesday "visit"); nouns on the
   * way are passed ("during their meeting on Sept. 13" takes the verb above "meeting"). When no
   * verb above has a known tense, or the sentence is not parsed, {@code fallback}.
   */
  public static TenseAt tenseAt(ParsedSentence s, IntFunction<Tense> tenseOf, Tense fallback) {
    Tense otherwise = fallback == null ? Tense.UNKNOWN : fallback;
    return (start, end) -> {
      int v = s.parsed() ? head(s, new ResolvedTime(start, end, "", DateSpan.unknown(null, null, null))) : 0;
      for (int steps = 0; v != 0 && steps < MAX_STEPS; steps++) {
        v = s.primaryParent(v);
        if (v != 0 && s.isVerb(v)) {
          Tense t = tenseOf.apply(v);
          if (t != null && t != Tense.UNKNOWN) {
            return t;
          }
        }
      }
      return otherwise;
    };
  }

  /** The token of the expression whose governor lies outside it, or 0. */
  static int head(ParsedSentence s, ResolvedTime time) {
    List<Integer> in = new ArrayList<>();
    for (int k = 1; k <= s.size(); k++) {
      if (s.begin(k) < time.end() && time.start() < s.finish(k)) {
        in.add(k);
      }
    }
    for (int k : in) {
      if (!in.contains(s.primaryParent(k))) {
        return k;
      }
    }
    return in.isEmpty() ? 0 : in.get(0);
  }

  /**
   * The date of trigger {@code trigger}.
   *
   * @param times the sentence's expressions resolved with the trigger's tense
   * @param triggers tokens of all triggers of the sentence
   * @param cues tokens of the speech verbs of the sentence
   */
  public static DateSpan pick(ParsedSentence s, int trigger, List<ResolvedTime> times, Set<Integer> triggers,
      Set<Integer> cues) {
    ResolvedTime best = choose(s, trigger, times, triggers, cues);
    return best == null ? null : best.date();
  }

  /**
   * The dates of trigger {@code trigger}, one per event the sentence reports: the date
   * {@link #pick} gives and every date written in coordination with it ("launched missiles on
   * December 30, 2023, and again on January 2 and 6, 2024" gives three; see
   * {@link CoordinatedDates}), in text order; empty when the trigger has no date. A coordinated
   * date that belongs to another verb, trigger or speech verb of the sentence ("attacked Kyiv on
   * Monday, and on Tuesday the mayor resigned") is left to it.
   *
   * @param text the text the offsets of {@code times} refer to (the document body)
   */
  public static List<DateSpan> pickAll(String text, ParsedSentence s, int trigger, List<ResolvedTime> times,
      Set<Integer> triggers, Set<Integer> cues) {
    ResolvedTime best = choose(s, trigger, times, triggers, cues);
    if (best == null) {
      return List.of();
    }
    Set<Integer> owners = owners(trigger, triggers, cues);
    int bestOwner = owner(s, best, owners);
    List<DateSpan> out = new ArrayList<>();
    for (ResolvedTime t : CoordinatedDates.with(text, best, times)) {
      int o = t == best ? bestOwner : owner(s, t, owners);
      if (t == best || o == bestOwner || o == trigger || o == 0) {
        out.add(t.date());
      }
    }
    return List.copyOf(out);
  }

  private static Set<Integer> owners(int trigger, Set<Integer> triggers, Set<Integer> cues) {
    Set<Integer> owners = new java.util.HashSet<>(triggers);
    owners.addAll(cues);
    owners.add(trigger);
    return owners;
  }

  /** The expression dating {@code trigger}, or null. */
  private static ResolvedTime choose(ParsedSentence s, int trigger, List<ResolvedTime> times, Set<Integer> triggers,
      Set<Integer> cues) {
    if (times.isEmpty()) {
      return null;
    }
    Set<Integer> owners = owners(trigger, triggers, cues);
    ResolvedTime best = nearest(s, trigger, times, t -> owner(s, t, owners) == trigger);
    if (best == null) {
      best = duringDatedEvent(s, trigger, times, triggers, owners);
    }
    if (best == null) {
      // a past participle modifying a noun ("missiles supplied by X", "rockets made in Y") tells an
      // earlier event than the clause above it: it inherits no date (relative clauses and -ing
      // participles, "the summit at which they signed", "troops fighting near X", do)
      boolean priorEvent = s.primaryRelation(trigger).equals("acl") && s.tag(trigger).equals("VBN");
      int v = priorEvent ? 0 : s.primaryParent(trigger);
      boolean reportedAbove = false;
      for (int steps = 0; v != 0 && steps < MAX_STEPS && best == null; steps++) {
        if (cues.contains(v)) {
          final int cue = v;
          best = reportedClause(s, trigger, cue, nearest(s, trigger, times, t -> owner(s, t, owners) == cue), true);
          reportedAbove = true;
          break;
        }
        final int anc = v;
        best = nearest(s, trigger, times, t -> owner(s, t, owners) == anc);
        v = s.primaryParent(v);
      }
      int below = reportedAbove || priorEvent ? 0 : cueBelow(s, trigger, cues);
      if (best == null && below != 0) { // "Iran has started to supply drones, a diplomat said on Tuesday", parsed inverted
        best = reportedClause(s, trigger, below, nearest(s, trigger, times, t -> owner(s, t, owners) == below), false);
      }
    }
    if (best == null) {
      best = nearest(s, trigger, times, t -> owner(s, t, owners) == 0);
    }
    return best;
  }

  /**
   * A speech verb that closes the trigger's sentence but hangs below it in the parse ("X has
   * started to supply drones, a diplomat said", with "said" attached to a word of the clause as
   * parataxis or an unknown dependent): the first such cue after the trigger whose line of
   * governors reaches the top of the sentence; 0 if none.
   */
  private static int cueBelow(ParsedSentence s, int trigger, Set<Integer> cues) {
    int top = clauseVerb(s, trigger);
    for (int steps = 0; top != 0 && s.primaryParent(top) != 0 && steps < MAX_STEPS; steps++) {
      top = s.primaryParent(top);
    }
    if (top == 0 || !verbsBetween(s, clauseVerb(s, trigger), 0)) {
      return 0; // "is reviewing suspicions that X has provided ..., it said": the content of a noun
    }
    for (int c : new java.util.TreeSet<>(cues)) {
      String rel = s.primaryRelation(c);
      if (c <= trigger || !(rel.equals("parataxis") || rel.equals("dep") || rel.equals("ccomp"))) {
        continue; // "X attacked Y, and Z said on Monday ...": a conjoined report is another statement
      }
      int v = c;
      for (int steps = 0; v != 0 && steps < MAX_STEPS; steps++) {
        v = s.primaryParent(v);
        if (v == top) {
          return c;
        }
      }
    }
    return 0;
  }

  /**
   * The date a clause reported by speech verb {@code cue} takes from the report's date
   * {@code reported} (null if none): an ongoing state ("said on May 12 that it is reviewing",
   * "reported in May that X was buying") holds when reported and takes the date itself; a
   * completed event ("announced on January 11 that the office had obtained", "reported on Oct. 5
   * that X has started to deliver") happened by then and takes the date as an end bound ("by
   * January 11"), as a written bound already is ("By March 14, X reported that Y had launched");
   * anything else (a plan, a present state, an event inside a noun's content clause such as
   * "suspicions that X has provided") takes none.
   *
   * @param above true if {@code cue} governs the trigger's clause; a completed event then takes
   *     the bound only if nothing but verbs stand between them (no noun whose content it is)
   */
  private static ResolvedTime reportedClause(ParsedSentence s, int trigger, int cue, ResolvedTime reported,
      boolean above) {
    if (reported == null) {
      return null;
    }
    int clause = clauseVerb(s, trigger);
    if (clause == 0) {
      return null;
    }
    if (ongoing(s, clause) || ongoing(s, trigger)) {
      return reported;
    }
    if (!completed(s, clause)) {
      return null;
    }
    if ("before".equals(reported.date().modifier())) {
      return reported;
    }
    return !above || verbsBetween(s, clause, cue) ? byThen(reported) : null;
  }

  /**
   * The verb whose tense tells the time of trigger {@code k}: the trigger itself if a verb, else
   * the verb the noun depends on directly ("conducting a review", "continuing negotiations"); an
   * aspectual verb above it ("has started to deliver", "continued to supply") stands for it. 0
   * for a noun inside another noun ("had documented instances of airstrikes", "had obtained plans
   * of attacks"): that is another event, whose time the clause's tense does not tell.
   */
  static int clauseVerb(ParsedSentence s, int k) {
    int v = k;
    if (!s.isVerb(v)) {
      v = s.primaryParent(v);
      if (v == 0 || !s.isVerb(v)) {
        return 0;
      }
    }
    while (v != 0 && s.primaryRelation(v).startsWith("xcomp") && s.primaryParent(v) != 0
        && ASPECTUAL.contains(s.lemma(s.primaryParent(v)))) {
      v = s.primaryParent(v);
    }
    return v;
  }

  /**
   * True if every word from {@code from} up to (not including) {@code to}, 0 for the top of the
   * sentence, is a verb: one chain of clauses, no noun whose content clause it is.
   */
  private static boolean verbsBetween(ParsedSentence s, int from, int to) {
    int v = from;
    for (int steps = 0; steps < MAX_STEPS; steps++) {
      if (v == to) {
        return true;
      }
      if (v == 0 || !s.isVerb(v)) {
        return false;
      }
      v = s.primaryParent(v);
    }
    return false;
  }

  /** The report's date as an end bound: what had happened by then ("by January 11"). */
  private static ResolvedTime byThen(ResolvedTime reported) {
    DateSpan d = reported.date();
    LocalDate end = d.end();
    DateSpan bound = new DateSpan(null, end, d.granularity(), d.value(), d.text(), d.basis(), "before");
    return new ResolvedTime(reported.start(), reported.end(), reported.text(), bound);
  }

  /**
   * "signed no agreements during their meeting on Sept. 13", "were wounded at the summit on 4
   * May": an event placed during another event of the sentence takes that event's own date.
   */
  private static ResolvedTime duringDatedEvent(ParsedSentence s, int trigger, List<ResolvedTime> times,
      Set<Integer> triggers, Set<Integer> owners) {
    List<Integer> placed = new ArrayList<>(s.children(trigger, "obl"));
    placed.addAll(s.children(trigger, "nmod"));
    for (int c : placed) {
      if (!triggers.contains(c) || c == trigger) {
        continue;
      }
      boolean during = false;
      for (int k : s.children(c, "case")) {
        during |= s.lemma(k).equalsIgnoreCase("during") || s.lemma(k).equalsIgnoreCase("at");
      }
      if (during) {
        ResolvedTime t = nearest(s, c, times, x -> owner(s, x, owners) == c);
        if (t != null) {
          return t;
        }
      }
    }
    return null;
  }

  /**
   * A completed event: a past participle under "have" ("had launched", "has started") or a
   * simple past, not under a modal ("would have signed" is not completed).
   */
  static boolean completed(ParsedSentence s, int trigger) {
    String tag = s.tag(trigger);
    boolean perfect = false;
    for (int a : s.children(trigger, "aux")) {
      if (s.tag(a).equals("MD")) {
        return false;
      }
      perfect |= s.lemma(a).equals("have");
    }
    return tag.equals("VBD") || tag.equals("VBN") && perfect;
  }

  /**
   * "was buying", "is conducting", "were seeking to obtain": a progressive (past or present, not
   * under a modal), at the trigger or the verb it completes.
   */
  static boolean ongoing(ParsedSentence s, int trigger) {
    int v = trigger;
    if (s.primaryRelation(v).startsWith("xcomp") && s.primaryParent(v) != 0) {
      v = s.primaryParent(v);
    }
    if (!s.tag(v).equals("VBG")) {
      return false;
    }
    boolean be = false;
    for (int a : s.children(v, "aux")) {
      if (s.tag(a).equals("MD")) {
        return false;
      }
      be |= s.lemma(a).equals("be") && (s.tag(a).equals("VBD") || s.tag(a).equals("VBZ") || s.tag(a).equals("VBP"));
    }
    return be;
  }

  private static ResolvedTime nearest(ParsedSentence s, int trigger, List<ResolvedTime> times,
      java.util.function.Predicate<ResolvedTime> ok) {
    ResolvedTime best = null;
    int bestDist = Integer.MAX_VALUE;
    int at = s.begin(trigger);
    for (ResolvedTime t : times) {
      if (!ok.test(t)) {
        continue;
      }
      int d = Math.min(Math.abs(t.start() - at), Math.abs(t.end() - at));
      if (d < bestDist) {
        best = t;
        bestDist = d;
      }
    }
    return best;
  }
}
