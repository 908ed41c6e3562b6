package org.storyline.nlp.claim;

import java.util.List;
import java.util.Set;
import org.storyline.core.claim.Attribution;
import org.storyline.core.entity.EntityRef;
import org.storyline.core.entity.Mention;
import org.storyline.core.text.Span;
import org.storyline.nlp.mention.SentenceMentions;
import org.storyline.nlp.pipeline.Arc;
import org.storyline.nlp.pipeline.ParsedSentence;

/**
 * Who says so: the speech verb governing a clause ("X said that ...", "... , X reported"), an
 * "according to X" phrase, or a speech noun ("X's statement"), with the source the speaker cites
 * ("reported, citing Y"). The speaker is a mention when one stands for the subject (the agency in
 * "the news agency Yonhap", the possessor of "Moscow's statement"); otherwise the phrase as
 * written.
 */
public final class AttributionFinder {
  private static final Set<String> UPWARD = Set.of("ccomp", "xcomp", "conj", "advcl", "dep", "parataxis", "acl");
  private static final int MAX_PHRASE_TOKENS = 8;
  private static final Set<String> SKIPPED = Set.of("det", "punct", "case", "fixed", "mark", "cc", "advmod");

  private final WordClasses words;

  public AttributionFinder(WordClasses words) {
    this.words = words;
  }

  /** The attribution of the clause around token {@code k}, or null when the outlet states it. */
  public FoundAttribution find(ParsedSentence s, int k, SentenceMentions mentions) {
    if (!s.parsed()) {
      return null;
    }
    int v = k;
    String came = "";
    for (int steps = 0; v != 0 && steps < 6; steps++) {
      for (Arc a : s.children(v)) {
        String r = a.relation();
        if (r.equals("obl:according_to") || r.equals("nmod:according_to")) {
          return according(s, a.dependent(), mentions);
        }
        if ((r.startsWith("parataxis") || r.equals("dep")) && isSpeech(s, a.dependent())) {
          return spoken(s, a.dependent(), mentions);
        }
      }
      if (steps > 0 && isSpeech(s, v) && !came.startsWith("conj")) {
        return spoken(s, v, mentions); // not "did not announce a meeting but will meet X": a coordinated act
      }
      String rel = s.primaryRelation(v);
      came = rel;
      String base = rel.contains(":") ? rel.substring(0, rel.indexOf(':')) : rel;
      if (!UPWARD.contains(base) && !base.equals("nsubj") && steps > 0 || rel.equals("root")) {
        break;
      }
      v = s.primaryParent(v);
    }
    for (int t = 1; t <= s.size(); t++) {
      for (Arc a : s.children(t)) {
        if (a.relation().equals("obl:according_to") || a.relation().equals("nmod:according_to")) {
          return according(s, a.dependent(), mentions);
        }
      }
    }
    FoundAttribution around = enclosingSpeech(s, k, mentions);
    around = around != null ? around : trailingSpeech(s, k, mentions);
    return around != null ? around : closingSpeaker(s, k, mentions);
  }

  /**
   * "X noted that in exchange for providing Y, ...", "X said it appreciates Z's support", "X
   * reported, citing Y, that ...": a trigger anywhere under a speech verb (outside its subject)
   * is attributed to that verb's speaker.
   */
  private FoundAttribution enclosingSpeech(ParsedSentence s, int k, SentenceMentions mentions) {
    for (int v = 1; v <= s.size(); v++) {
      if (v == k || !isSpeech(s, v)) {
        continue;
      }
      for (Arc a : s.children(v)) {
        if (!a.relation().startsWith("nsubj") && !a.relation().contains("according_to")
            && !a.relation().equals("punct") && !a.relation().startsWith("conj") && s.subtree(a.dependent()).contains(k)) {
          return spoken(s, v, mentions);
        }
      }
    }
    return null;
  }

  /**
   * A closing ", the minister announced." that the parser hung on a noun of the clause (as
   * {@code dep} or {@code parataxis}) still attributes the clause before it.
   */
  private FoundAttribution trailingSpeech(ParsedSentence s, int k, SentenceMentions mentions) {
    for (int t = s.size(); t > k; t--) {
      String rel = s.primaryRelation(t);
      if (!isSpeech(s, t) || !(rel.equals("dep") || rel.startsWith("parataxis"))
          || s.children(t, "nsubj").isEmpty() || s.subtree(t).contains(k)) {
        continue;
      }
      int first = s.subtree(t).stream().min(Integer::compare).orElse(t);
      if (first > 1 && s.word(first - 1).equals(",")) {
        return spoken(s, t, mentions);
      }
    }
    return null;
  }

  /**
   * A sentence that ends ", a regional official said." names its speaker in the words between
   * the last comma and the closing speech verb, however the parser attached them: a mention
   * there, else the actor noun phrase. The trigger must come before that comma.
   */
  private FoundAttribution closingSpeaker(ParsedSentence s, int k, SentenceMentions mentions) {
    int last = s.size();
    while (last > 0 && s.tag(last).equals(".")) {
      last--;
    }
    if (last < 3 || !isSpeech(s, last)) {
      return null;
    }
    int comma = last - 1;
    while (comma > 0 && !s.word(comma).equals(",") && last - comma <= MAX_PHRASE_TOKENS) {
      comma--;
    }
    if (comma <= k || !s.word(comma).equals(",")) {
      return null;
    }
    for (int t = comma + 1; t < last; t++) {
      Mention m = mentions.at(t);
      if (m != null && m.type() != org.storyline.core.entity.EntityType.WEAPON) {
        return new FoundAttribution(new Attribution(ActorFinder.ref(m, "speaker"), null, s.word(last)), last);
      }
    }
    for (int t = last - 1; t > comma; t--) {
      Mention d = ActorFinder.described(s, t, words);
      if (d != null) {
        return new FoundAttribution(new Attribution(ActorFinder.ref(d, "speaker"), null, s.word(last)), last);
      }
    }
    return null;
  }

  private static org.storyline.core.entity.Mention mentionAtSpan(SentenceMentions m, EntityRef r) {
    for (org.storyline.core.entity.Mention x : m.all()) {
      if (x.span().equals(r.span())) {
        return x;
      }
    }
    return null;
  }

  /** A verb of saying or reporting (not counting "warn" used as a trigger of its own). */
  boolean isSpeech(ParsedSentence s, int t) {
    return s.isVerb(t) && words.is("speech", s.lemma(t));
  }

  private FoundAttribution according(ParsedSentence s, int head, SentenceMentions mentions) {
    EntityRef speaker = speakerOf(s, head, mentions);
    if (speaker != null && speaker.span() != null && mentionAtSpan(mentions, speaker) == null
        && !words.is("people", s.lemma(head))) {
      speaker = null; // "according to the investigation": a cue without a speaker
    }
    EntityRef cited = citedOf(s, head, mentions);
    return new FoundAttribution(new Attribution(speaker, cited, cited == null ? "according to" : "according to, citing"), 0);
  }

  private FoundAttribution spoken(ParsedSentence s, int v, SentenceMentions mentions) {
    EntityRef speaker = null;
    for (int subj : s.children(v, "nsubj")) {
      speaker = speakerOf(s, subj, mentions);
      if (speaker != null) {
        break;
      }
    }
    int gov = s.primaryParent(v);
    String rel = s.primaryRelation(v);
    if (speaker == null && s.children(v, "nsubj").isEmpty()) {
      List<Integer> participles = new java.util.ArrayList<>(s.children(v, "csubj"));
      if (rel.equals("dep") && gov != 0) {
        participles.add(gov);
      }
      for (int p : participles) { // "analysts interviewed by the paper said": the analysts say, not the paper
        boolean byPhrase = !s.children(p, "obl:by").isEmpty() || !s.children(p, "obl:agent").isEmpty();
        for (int subj : s.tag(p).equals("VBN") && byPhrase ? s.children(p, "nsubj") : List.<Integer>of()) {
          speaker = speaker == null ? speakerOf(s, subj, mentions) : speaker;
        }
      }
    }
    if (speaker == null) {
      speaker = adjacentSpeaker(s, v, mentions); // "..., state-run KCNA said." parsed without a subject
    }
    if (speaker == null && s.children(v, "nsubj").isEmpty() && gov != 0
        && (rel.startsWith("advcl") || rel.startsWith("xcomp") || rel.startsWith("conj") || rel.equals("dep"))) {
      int said = isSpeech(s, gov) ? gov : 0; // "..., CBS said, adding that ...": CBS adds
      for (Arc a : s.children(gov)) { // "X happened, Reuters said, adding ..." with both hung on the clause
        if (said == 0 && a.dependent() != v && (a.relation().startsWith("parataxis") || a.relation().equals("dep"))
            && isSpeech(s, a.dependent()) && !s.children(a.dependent(), "nsubj").isEmpty()) {
          said = a.dependent();
        }
      }
      speaker = said == 0 ? null : spoken(s, said, mentions).attribution().speaker();
    }
    String cue = s.word(v);
    for (int o : ActorFinder.related(s, v, Set.of("obj", "obl:to", "iobj"))) {
      if (s.lemma(o).equals("reporter") || s.lemma(o).equals("journalist")) {
        cue = cue + " " + s.word(o);
      }
    }
    EntityRef cited = citedOf(s, v, mentions);
    if (cited != null) {
      cue = cue + ", citing";
    }
    return new FoundAttribution(new Attribution(speaker, cited, cue), v);
  }

  private static EntityRef adjacentSpeaker(ParsedSentence s, int v, SentenceMentions mentions) {
    if (v < 2) {
      return null;
    }
    Mention m = mentions.at(v - 1);
    if (s.primaryRelation(v - 1).equals("obl:agent") || s.primaryRelation(v - 1).equals("obl:by")) {
      return null; // "analysts interviewed by the NYT said": the interviewer does not speak
    }
    if (m != null && m.span().end() == s.finish(v - 1) && m.type() != org.storyline.core.entity.EntityType.WEAPON) {
      return ActorFinder.ref(m, "speaker");
    }
    return null;
  }

  /** The speaker named by the nominal {@code head}: a mention, a speech noun's possessor, or the phrase. */
  private EntityRef speakerOf(ParsedSentence s, int head, SentenceMentions mentions) {
    if (words.is("speechnoun", s.lemma(head)) || s.lemma(head).equals("reports")) {
      for (int p : s.children(head, "nmod:poss")) {
        Mention m = ActorFinder.actor(s, p, mentions);
        if (m != null) {
          return ActorFinder.ref(m, "speaker");
        }
      }
      for (int p : ActorFinder.related(s, head, Set.of("nmod:of", "nmod:from", "nmod:by", "amod", "compound"))) {
        Mention m = ActorFinder.actor(s, p, mentions);
        if (m != null) {
          return ActorFinder.ref(m, "speaker");
        }
      }
      return null;
    }
    Mention m = ActorFinder.actor(s, head, mentions);
    if (m != null) {
      return ActorFinder.ref(m, "speaker");
    }
    return phrase(s, head, "speaker");
  }

  /** "citing X": the cited source of a speech verb or speech noun, or null. */
  private EntityRef citedOf(ParsedSentence s, int v, SentenceMentions mentions) {
    for (Arc a : s.children(v)) {
      int c = a.dependent();
      if (!s.lemma(c).equals("cite")) {
        continue;
      }
      for (int o : s.children(c, "obj")) {
        Mention m = ActorFinder.actor(s, o, mentions);
        if (m != null) {
          return ActorFinder.ref(m, "cited");
        }
        return phrase(s, o, "cited");
      }
    }
    for (int o : s.children(v, "obj")) {
      for (int c : s.children(o, "amod")) {
        if (s.lemma(c).equals("cite")) { // "reported, citing diplomats," parsed as a modifier of the object
          Mention m = ActorFinder.actor(s, o, mentions);
          return m != null ? ActorFinder.ref(m, "cited") : phrase(s, o, "cited");
        }
      }
    }
    for (int c : s.children(v, "acl")) {
      EntityRef r = citedOf(s, c, mentions);
      if (r != null) {
        return r;
      }
    }
    return null;
  }

  /** The nominal under {@code head} as written, without a leading determiner; null for pronouns. */
  private static EntityRef phrase(ParsedSentence s, int head, String role) {
    if (s.tag(head).startsWith("PRP") || s.tag(head).startsWith("W")) {
      return null;
    }
    List<Integer> sub = s.subtree(head);
    int first = head;
    int last = head;
    for (int t : sub) {
      String r = s.primaryRelation(t);
      if (t < head && !SKIPPED.contains(r) && !SKIPPED.contains(s.primaryRelation(s.primaryParent(t)))
          && head - t < MAX_PHRASE_TOKENS
          && contiguous(sub, t, head)) {
        first = Math.min(first, t);
      }
    }
    int start = s.begin(first);
    int end = s.finish(last);
    String text = s.word(first);
    StringBuilder sb = new StringBuilder();
    for (int t = first; t <= last; t++) {
      if (t > first && s.begin(t) > s.finish(t - 1)) {
        sb.append(' ');
      }
      sb.append(s.token(t).originalText());
    }
    text = sb.toString();
    return new EntityRef(null, text, role, new Span(start, end));
  }

  private static boolean contiguous(List<Integer> sub, int from, int to) {
    for (int t = from; t <= to; t++) {
      if (!sub.contains(t)) {
        return false;
      }
    }
    return true;
  }
}
