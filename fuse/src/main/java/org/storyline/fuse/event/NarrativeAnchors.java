package org.storyline.fuse.event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.storyline.core.claim.Claim;
import org.storyline.core.claim.Stance;
import org.storyline.core.claim.EventType;

/**
 * Finds, for an event claim without any date expression, the claim of the same document whose
 * event it continues: news text states an event's date once and then goes on about it undated
 * ("Shoigu arrived ... and held talks on Wednesday. Shoigu reportedly spoke with General Kang").
 *
 * <p>The claims of a document are read as sentences (claims with the same start offset) in text
 * order. The anchor of an undated claim is, in this order:
 * <ol>
 *   <li>a claim of the same sentence with the same type that carries a date expression;
 *   <li>walking back sentence by sentence, the first sentence holding a claim of the same type
 *       with a date expression; the walk stops at a sentence that holds an event claim of another
 *       type and none of the same type, or any claim with a date expression of its own (the
 *       narrative moved on to another event or another time), and no anchor is found; a sentence
 *       that opens with a definite reference to the same kind of event ("The meeting follows the
 *       signing of a pact") does not stop it;
 *   <li>else the next sentence holding claims, when it holds a claim of the same type with a date
 *       expression and nothing that would stop the walk back (a date stated right after).
 * </ol>
 * A date expression is any non-null date, placed or not ("on Friday" in an undated article still
 * marks a new time). Hypothetical claims never anchor. Whether the undated claim may join the
 * anchor's event is for the caller to decide (same document, so actors may be partial).
 */
final class NarrativeAnchors {
  /** Per document, its sentences in text order, each the claims starting at that offset. */
  private final Map<String, List<List<Claim>>> sentences = new HashMap<>();
  /** Per claim id, the index of its sentence in its document's list. */
  private final Map<String, Integer> sentenceOf = new HashMap<>();

  NarrativeAnchors(Collection<Claim> claims) {
    Map<String, TreeMap<Integer, List<Claim>>> byDoc = new HashMap<>();
    for (Claim c : claims) {
      byDoc.computeIfAbsent(c.document(), d -> new TreeMap<>())
          .computeIfAbsent(c.start(), s -> new ArrayList<>()).add(c);
    }
    for (Map.Entry<String, TreeMap<Integer, List<Claim>>> d : byDoc.entrySet()) {
      List<List<Claim>> list = new ArrayList<>();
      for (List<Claim> s : d.getValue().values()) {
        s.sort(Comparator.comparing(Claim::id));
        for (Claim c : s) {
          sentenceOf.put(c.id(), list.size());
        }
        list.add(s);
      }
      sentences.put(d.getKey(), list);
    }
  }

  /** The claim whose event the undated claim continues, or null (also for a dated claim). */
  Claim anchor(Claim c) {
    if (c.event() == null || c.date() != null || !sentenceOf.containsKey(c.id())) {
      return null;
    }
    List<List<Claim>> doc = sentences.get(c.document());
    int i = sentenceOf.get(c.id());
    Claim same = datedOfType(doc.get(i), c);
    if (same != null) {
      return same;
    }
    for (int j = i - 1; j >= 0; j--) {
      Claim a = datedOfType(doc.get(j), c);
      if (a != null) {
        return a;
      }
      if (movesOn(doc.get(j), c)) {
        return null;
      }
    }
    if (i + 1 < doc.size()) {
      Claim a = datedOfType(doc.get(i + 1), c);
      if (a != null && !movesOn(doc.get(i + 1), a)) {
        return a;
      }
    }
    return null;
  }

  /** The first claim of the sentence of the claim's type, with a date, not hypothetical, not the claim. */
  private static Claim datedOfType(List<Claim> sentence, Claim c) {
    for (Claim o : sentence) {
      if (o != c && o.event() != null && o.event().type() == c.event().type() && o.date() != null
          && o.stance() != Stance.HYPOTHETICAL) {
        return o;
      }
    }
    return null;
  }

  /**
   * True if the sentence moves the narrative on from {@code keep}'s event: it holds a claim with
   * a date other than {@code keep}, or an event claim of another type and none of keep's type
   * (a sentence that goes on about the same kind of event may mention another in passing).
   */
  private static boolean movesOn(List<Claim> sentence, Claim keep) {
    boolean sameType = false;
    boolean otherType = false;
    for (Claim o : sentence) {
      if (o == keep) {
        continue;
      }
      if (o.date() != null) {
        return true;
      }
      if (o.event() != null) {
        if (o.event().type() == keep.event().type()) {
          sameType = true;
        } else {
          otherType = true;
        }
      }
    }
    return otherType && !sameType && !refersBack(sentence, keep);
  }

  /**
   * Event nouns per PLOVER type that a sentence uses to refer back to the event just told ("The
   * meeting follows the signing of a pact": the narrative is still on the meeting).
   */
  private static final Map<EventType, Pattern> BACK_REFERENCE = Map.of(
      EventType.CONSULT, nounPhrase("meeting|meetings|talks|visit|trip|summit|discussions?|negotiations?"),
      EventType.AGREE, nounPhrase("agreement|pact|deal|treaty|accord"),
      EventType.ASSAULT, nounPhrase("attacks?|strikes?|assault|barrage|launch(?:es)?|bombardment"),
      EventType.AID, nounPhrase("deliver(?:y|ies)|shipments?|transfers?|supplies|consignments?"));

  private static Pattern nounPhrase(String nouns) {
    return Pattern.compile("^\\W*(?:the|this|that|these|those|their|his|her|its)\\s+(?:[\\w'-]+\\s+){0,2}(?:" + nouns + ")\\b",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** True if the sentence opens with a definite reference to an event of keep's type. */
  private static boolean refersBack(List<Claim> sentence, Claim keep) {
    Pattern p = BACK_REFERENCE.get(keep.event().type());
    if (p == null || sentence.isEmpty() || sentence.get(0).sentence() == null) {
      return false;
    }
    return p.matcher(sentence.get(0).sentence()).find();
  }
}
