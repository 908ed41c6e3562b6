package org.storyline.nlp.claim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.storyline.core.entity.EntityRef;
import org.storyline.core.entity.EntityType;
import org.storyline.core.entity.Mention;
import org.storyline.core.text.Span;
import org.storyline.nlp.mention.SentenceMentions;
import org.storyline.nlp.pipeline.Arc;
import org.storyline.nlp.pipeline.ParsedSentence;

/**
 * Reads the actors of a trigger from the dependencies, by the trigger's {@link Frame}: the agent
 * (subject, by-agent of a passive, possessor of a noun trigger, controller of a subjectless
 * clause) is the source; object, recipient, with-partner or "between" partner is the target. Each
 * actor is an {@link EntityRef} whose span is exactly a mention's span; a generic head ("the
 * agency Yonhap", "US officials") is replaced by a mention among its appositions and modifiers.
 */
public final class ActorFinder {
  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:xsubj", "obl:agent", "nmod:agent");
  private static final Set<EntityType> PLACES = Set.of(EntityType.PLACE, EntityType.FACILITY);
  /** Verbs of saying whose pronoun-subject clauses speak of their own subject. */
  private static final Set<String> SPEECH = Set.of("say", "confirm", "announce", "state", "claim", "insist", "add",
      "report", "reveal", "declare", "acknowledge", "deny", "tell", "note", "warn", "stress");

  private final WordClasses words;
  /** The finder over the shipped word classes, for the static lookups that need them. */
  private static final ActorFinder SHARED = new ActorFinder(WordClasses.load());

  public ActorFinder(WordClasses words) {
    this.words = words;
  }

  /** The actors and place of trigger {@code t}. */
  public Actors find(ParsedSentence s, FoundTrigger t, SentenceMentions mentions) {
    int k = t.token();
    boolean verb = t.rule().verb();
    Set<Mention> sources = new LinkedHashSet<>();
    Set<Mention> targets = new LinkedHashSet<>();
    Mention place = null;
    List<Integer> subj = verb ? related(s, k, SUBJECTS) : related(s, k, Set.of("nmod:poss", "nmod:by", "nmod:agent"));
    if (!verb && subj.isEmpty() && t.rule().type() == org.storyline.core.claim.EventType.ASSAULT) {
      for (int a : s.children(k, "amod")) { // "Russian airstrikes": the state whose demonym qualifies the attack
        if (mentions.at(a) != null && mentions.at(a).type() == EntityType.STATE) {
          subj = List.of(a);
          break;
        }
      }
    }
    boolean modifier = verb && s.primaryRelation(k).equals("amod"); // "accused X of supplying missiles to Y"
    int anchor = modifier ? s.primaryParent(k) : k;
    if (verb && subj.isEmpty() && s.primaryRelation(k).equals("acl") && s.tag(k).equals("VBN")) {
      // "missiles supplied by North Korea": a passive participle has no passive auxiliary, so its
      // by-phrase is not marked as the agent, but it is one
      subj = related(s, k, Set.of("obl:by", "nmod:by"));
    }
    if (verb) {
      subj = actorsOnly(s, k, subj, mentions);
    }
    if (verb && subj.isEmpty()) {
      subj = orphanSubject(s, k, mentions);
    }
    if (verb && subj.isEmpty()) {
      subj = controller(s, anchor, mentions);
    }
    int light = 0;
    String rel = s.primaryRelation(k);
    if (!verb && (rel.equals("obj") || rel.equals("nsubj:pass")) && s.primaryParent(k) != 0
        && words.is("lightverb", s.lemma(s.primaryParent(k)))) {
      light = s.primaryParent(k); // "held talks", "carried out strikes"
      if (subj.isEmpty()) {
        subj = related(s, light, SUBJECTS);
        if (subj.isEmpty()) {
          subj = controller(s, light, mentions);
        }
      }
    }
    switch (t.rule().frame()) {
      case TAKE -> {
        addAll(s, mentions, subj, targets);
        addAll(s, mentions, related(s, k, Set.of("obl:from", "nmod:from")), sources);
        if (modifier) {
          addAll(s, mentions, related(s, anchor, Set.of("nmod:from")), sources); // "of receiving arms from X"
        }
        for (int o : related(s, k, Set.of("obj"))) {
          addAll(s, mentions, related(s, o, Set.of("nmod:from")), sources); // "obtain ammunition from X"
        }
      }
      case GIVE -> {
        addAll(s, mentions, subj, sources);
        if (!verb) {
          addAll(s, mentions, related(s, k, Set.of("nmod:from")), sources);
        }
        addAll(s, mentions, related(s, k, Set.of("obl:to", "iobj", "nmod:to", "obl:into")), targets);
        if (modifier) {
          addAll(s, mentions, related(s, anchor, Set.of("nmod:to")), targets);
          if (targets.isEmpty() && s.primaryParent(anchor) != 0) {
            addAll(s, mentions, related(s, s.primaryParent(anchor), Set.of("obl:to")), targets);
          }
        }
        List<Integer> with = related(s, k, Set.of("obl:with"));
        boolean withClause = s.children(k).stream().anyMatch(a -> a.relation().startsWith("advcl")
            && s.children(a.dependent(), "mark").stream().anyMatch(m -> s.lemma(m).equals("with")));
        if (with.isEmpty() && withClause) {
          addAll(s, mentions, related(s, k, Set.of("obj")), targets); // "provides Russia with arms to use": parsed as a clause
        } else if (!with.isEmpty() && isGoods(s, with.get(0))) {
          addAll(s, mentions, related(s, k, Set.of("obj")), targets); // "provide X with Y"
        } else {
          addAll(s, mentions, with, targets); // "share Y with X"
        }
        for (int o : related(s, k, Set.of("obj"))) {
          addAll(s, mentions, related(s, o, Set.of("nmod:to", "nmod:with", "nmod:for")), targets);
        }
        if (targets.isEmpty() && inExchange(s, k)) {
          for (int v = 1; v <= s.size(); v++) { // "in exchange for providing shells, X hopes to get jets from Y": Y gets the shells
            if (v != k && s.isVerb(v)) {
              addAll(s, mentions, related(s, v, Set.of("obl:from")), targets);
            }
          }
        }
        int alleging = allegingVerb(s, k);
        if (targets.isEmpty() && alleging != 0) { // "rejected accusations of supplying rifles to X", the to-phrase hung higher
          addAll(s, mentions, related(s, alleging, Set.of("obl:to")), targets);
          for (int noun : related(s, alleging, Set.of("obj"))) {
            addAll(s, mentions, related(s, noun, Set.of("nmod:to")), targets);
          }
        }
      }
      case MEET -> {
        List<Integer> between = new ArrayList<>(related(s, k, Set.of("nmod:between", "obl:between")));
        if (between.isEmpty()) {
          for (int o : related(s, k, Set.of("nmod:of", "obj"))) {
            between.addAll(related(s, o, Set.of("nmod:between"))); // "the signing of a pact between X and Y"
          }
        }
        if (subj.size() > 1) {
          addAll(s, mentions, subj.subList(0, 1), sources);
          addAll(s, mentions, subj.subList(1, subj.size()), targets);
        } else {
          addAll(s, mentions, subj, sources);
        }
        if (!between.isEmpty() && sources.isEmpty()) {
          addAll(s, mentions, between.subList(0, 1), sources);
          addAll(s, mentions, between.subList(1, between.size()), targets);
        } else {
          addAll(s, mentions, between, targets);
        }
        addAll(s, mentions, related(s, k, Set.of("obj", "obl:with", "nmod:with", "iobj")), targets);
        for (int o : related(s, k, Set.of("obj"))) {
          addAll(s, mentions, related(s, o, Set.of("nmod:with")), targets); // "signed a pact with X"
        }
        if (light != 0) {
          addAll(s, mentions, related(s, light, Set.of("obl:with")), targets);
        }
        if (sources.size() > 1 && targets.isEmpty()) {
          List<Mention> both = new ArrayList<>(sources); // "the two leaders met": one meets the other
          sources.clear();
          sources.add(both.get(0));
          targets.addAll(both.subList(1, both.size()));
        }
      }
      case MOTION -> {
        addAll(s, mentions, subj, sources);
        for (int d : related(s, k, Set.of("obj", "obl:to", "nmod:to", "obl:in", "nmod:in", "obl:at", "nmod:at"))) {
          if (words.is("occasion", s.lemma(d))) {
            continue; // "at the invitation of X": the host invites, the visit goes elsewhere
          }
          Mention m = actor(s, d, mentions);
          if (m == null) {
            Mention described = described(s, d, words);
            if (described != null && !s.children(d, "case").stream().anyMatch(c -> s.lemma(c).equals("in"))) {
              targets.add(described); // "visit the isolated nation"
            }
            continue;
          }
          if (PLACES.contains(m.type()) || m.type() == EntityType.STATE) {
            place = place == null ? m : place;
          }
          if (m.type() == EntityType.PERSON || m.type() == EntityType.STATE) {
            targets.add(m);
          }
        }
        if (targets.isEmpty() && place != null && place.type() == EntityType.PLACE) {
          targets.add(place); // "visited Kyiv": the city reached stands for its host when no one else is named
        }
      }
      case ACT -> {
        addAll(s, mentions, subj, sources);
        if (!verb) {
          addAll(s, mentions, related(s, k, Set.of("nmod:from")), sources);
          if (targets.isEmpty()) {
            addAll(s, mentions, related(s, k, Set.of("nmod:of")), targets); // "the invasion of Ukraine"
          }
        }
        boolean inquiry = t.rule().type() == org.storyline.core.claim.EventType.INVESTIGATE;
        List<Integer> heads = new ArrayList<>(related(s, k, inquiry ? Set.of("obj", "iobj", "nsubj:pass", "obl:at",
            "nmod:for", "nmod:to") : Set.of("obj", "iobj", "nsubj:pass", "obl:against", "obl:on", "obl:at",
            "nmod:against", "nmod:on", "nmod:for", "nmod:to"))); // one documents attacks on X, not X
        if (modifier && s.tag(k).equals("VBG") && targets.isEmpty()) {
          Mention hit = actor(s, anchor, mentions);
          hit = hit == null ? described(s, anchor, words, k) : hit;
          if (hit != null) {
            targets.add(hit); // "accused X of shelling villages": the villages are shelled
          }
        }
        if (!inquiry && t.rule().type() != org.storyline.core.claim.EventType.DISAPPROVE) {
          for (int o : related(s, k, Set.of("obj"))) { // not "documented attacks on X", "condemned the strike on X"
            heads.addAll(related(s, o, Set.of("nmod:on", "nmod:against")));
          }
        }
        addAll(s, mentions, heads, targets);
        if (light != 0) {
          addAll(s, mentions, related(s, light, Set.of("obl:against", "obl:on", "obl:at")), targets);
        }
        if (targets.isEmpty() && t.rule().type() == org.storyline.core.claim.EventType.CONSULT) {
          for (int o : related(s, k, Set.of("obj"))) { // "will host talks with Qatar": the host meets Qatar
            addAll(s, mentions, related(s, o, Set.of("nmod:with")), targets);
          }
        }
        if (targets.isEmpty() && t.rule().type() == org.storyline.core.claim.EventType.REJECT) {
          for (int o : related(s, k, Set.of("obj"))) { // "rejected a demand by West African leaders": theirs is rejected
            addAll(s, mentions, related(s, o, Set.of("nmod:by", "nmod:from", "nmod:poss")), targets);
          }
        }
        if (!verb && targets.isEmpty() && (rel.equals("obj") || rel.startsWith("conj"))) {
          addAll(s, mentions, undergoer(s, k), targets); // "Russia faces accusations": Russia is accused
        }
        if (!verb && sources.isEmpty() && rel.equals("obj") && words.is("undergo", s.lemma(s.primaryParent(k)))) {
          for (int from : related(s, s.primaryParent(k), Set.of("obl:from"))) { // "drew criticism from the West"
            Mention m = actor(s, from, mentions);
            m = m == null ? described(s, from, words) : m;
            m = m == null ? properName(s, from) : m;
            if (m != null) {
              sources.add(m);
            }
          }
        }
        if (targets.isEmpty() && t.rule().type() == org.storyline.core.claim.EventType.ASSAULT) {
          Mention hit = stateHit(s, k, mentions); // "launched missiles across six regions of Ukraine"
          if (hit != null) {
            targets.add(hit);
          }
        }
      }
      default -> throw new IllegalStateException("unknown frame " + t.rule().frame());
    }
    if (sources.isEmpty() && t.rule().frame() != Frame.TAKE) {
      addAll(s, mentions, accused(s, k), sources); // "X dismissed accusations of supplying Y": X is the accused
    } else if (targets.isEmpty() && t.rule().frame() == Frame.TAKE) {
      addAll(s, mentions, accused(s, k), targets); // "Russia faces accusations of receiving arms": Russia receives
    }
    if (place == null) {
      place = place(s, k, mentions);
    }
    targets.removeAll(sources);
    if (place != null && t.rule().frame() != Frame.MOTION && (sources.contains(place) || targets.contains(place))) {
      place = null; // "fired at Ukraine": the state is the target, not the place
    }
    List<EntityRef> refs = new ArrayList<>();
    sources.forEach(m -> refs.add(ref(m, "source")));
    targets.forEach(m -> refs.add(ref(m, "target")));
    return new Actors(refs, place == null ? null : ref(place, "place"));
  }

  /**
   * The subject heads that can stand for an actor: a controlled subject ({@code nsubj:xsubj})
   * that is neither a mention nor an actor noun ("using weaponry to attack Ukraine": the weaponry
   * does not attack) is left out, so the controller is looked for instead.
   */
  private List<Integer> actorsOnly(ParsedSentence s, int k, List<Integer> subj, SentenceMentions mentions) {
    List<Integer> out = new ArrayList<>();
    for (int h : subj) {
      boolean controlled = s.children(k).stream()
          .anyMatch(a -> a.dependent() == h && a.relation().equals("nsubj:xsubj"));
      if (!controlled || actor(s, h, mentions) != null || described(s, h, words) != null || !pair(s, h, mentions).isEmpty()
          || s.tag(h).startsWith("PRP")) {
        out.add(h);
      }
    }
    return out;
  }

  /**
   * The subject of the verb a noun trigger is the object of, when that verb means undergoing it
   * (class {@code undergo}: "Russia faces accusations", "the plan drew criticism"), also across a
   * coordination ("faces isolation and growing accusations").
   */
  private List<Integer> undergoer(ParsedSentence s, int k) {
    int v = s.primaryParent(k);
    if (v == 0) {
      return List.of();
    }
    if (s.primaryRelation(k).startsWith("conj")) {
      v = s.primaryParent(v);
    }
    for (int step = 0; step < 2 && v != 0; step++) {
      if (s.isVerb(v) && words.is("undergo", s.lemma(v))) {
        return related(s, v, SUBJECTS);
      }
      v = s.primaryRelation(v).startsWith("conj") ? s.primaryParent(v) : 0;
    }
    return List.of();
  }

  /**
   * The one accused of the trigger, when the trigger is what an allegation says: the subject of
   * a denial whose object is the allegation ("Iran rejected allegations of supplying drones": the
   * one who denies would have acted), or of a verb of undergoing it ("Russia faces accusations
   * from the West of receiving arms"). The allegation noun is looked for up to three nominal
   * steps above the trigger, since the parser often hangs "of V-ing" on a nearer noun.
   */
  private List<Integer> accused(ParsedSentence s, int k) {
    int noun = k;
    String rel = "";
    for (int step = 0; step < 4; step++) {
      rel = s.primaryRelation(noun);
      noun = s.primaryParent(noun);
      if (noun == 0 || !(rel.startsWith("nmod") || rel.startsWith("acl") || rel.equals("amod")
          || rel.startsWith("conj"))) {
        return List.of();
      }
      if (words.is("allegation", s.lemma(noun)) && !s.isVerb(noun)) {
        break;
      }
    }
    if (noun == 0 || !words.is("allegation", s.lemma(noun)) || s.isVerb(noun) || rel.equals("amod")) {
      return List.of();
    }
    int v = s.primaryParent(noun);
    if (v == 0 || !s.isVerb(v) || !s.primaryRelation(noun).equals("obj")) {
      return List.of();
    }
    int up = s.primaryRelation(v).startsWith("conj") ? s.primaryParent(v) : 0;
    boolean undergone = words.is("undergo", s.lemma(v)) || up != 0 && words.is("undergo", s.lemma(up));
    if (!words.is("denial", s.lemma(v)) && !undergone) {
      return List.of(); // "faces isolation and intensifying accusations": the conjunct shares the subject
    }
    List<Integer> subj = related(s, v, SUBJECTS);
    return subj.isEmpty() && up != 0 ? related(s, up, SUBJECTS) : subj;
  }

  /** True if "in exchange for" or "in return for" stands within the three words before the trigger. */
  static boolean inExchange(ParsedSentence s, int k) {
    for (int t = Math.max(1, k - 3); t < k; t++) {
      String l = s.lemma(t);
      if ((l.equals("exchange") || l.equals("return")) && t > 1 && s.lemma(t - 1).equals("in")) {
        return true;
      }
    }
    return false;
  }

  /** The verb denying or undergoing the allegation that the trigger is the content of, or 0. */
  private int allegingVerb(ParsedSentence s, int k) {
    int noun = k;
    for (int step = 0; step < 4; step++) {
      String rel = s.primaryRelation(noun);
      noun = s.primaryParent(noun);
      if (noun == 0 || !(rel.startsWith("nmod") || rel.startsWith("acl") || rel.equals("amod") || rel.startsWith("conj"))) {
        return 0;
      }
      if (words.is("allegation", s.lemma(noun)) && !s.isVerb(noun)) {
        int v = s.primaryParent(noun);
        return v != 0 && s.isVerb(v) && s.primaryRelation(noun).equals("obj")
            && (words.is("denial", s.lemma(v)) || words.is("undergo", s.lemma(v))) ? v : 0;
      }
    }
    return 0;
  }

  /**
   * The subject of a verb the parser left without one, when a mention ends right before its
   * auxiliaries ("..., North Korea has been shaping up as ...", where the name was hung on the
   * clause before): that mention, unless it is already another verb's subject.
   */
  private static List<Integer> orphanSubject(ParsedSentence s, int v, SentenceMentions mentions) {
    List<Integer> aux = s.children(v, "aux");
    if (aux.isEmpty() || !s.isVerb(v)) {
      return List.of();
    }
    int first = aux.stream().min(Integer::compare).orElse(v);
    for (int t = first; t < v; t++) {
      String r = s.primaryRelation(t);
      if (s.primaryParent(t) != v || !(r.startsWith("aux") || r.equals("advmod"))) {
        return List.of(); // something else between the auxiliaries and the verb
      }
    }
    int before = first - 1;
    if (before < 1 || s.primaryRelation(before).startsWith("nsubj")) {
      return List.of();
    }
    Mention m = mentions.at(before);
    if (m == null || m.type() == EntityType.WEAPON || m.span().end() != s.finish(before)
        || !(m.type() == EntityType.STATE || m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION)) {
      return List.of();
    }
    return List.of(before);
  }

  /** The subjects of verb {@code v}: its subject relations, else an orphaned subject. */
  private static List<Integer> subjectsOf(ParsedSentence s, int v, SentenceMentions mentions) {
    List<Integer> subj = related(s, v, SUBJECTS);
    return subj.isEmpty() && mentions != null ? orphanSubject(s, v, mentions) : subj;
  }

  /**
   * A proper noun no mention covers ("the West", "the Quad"), as written with its compounds;
   * a mention of type {@code OTHER} that exists only in the claim.
   */
  private static Mention properName(ParsedSentence s, int h) {
    if (!s.tag(h).startsWith("NNP") || !s.ner(h).equals("O") || !Character.isUpperCase(s.word(h).charAt(0))) {
      return null; // dates, numbers and the like are tagged; a name the recogniser missed is not
    }
    int first = h;
    while (first > 1 && s.tag(first - 1).startsWith("NNP") && s.ner(first - 1).equals("O")
        && s.subtree(first - 1).stream().allMatch(t -> t < h)) {
      first--;
    }
    return described(s, first, h);
  }

  /**
   * The words {@code first..h} as a described actor, spelled as in the body; null where the tokens'
   * text does not rebuild the body's span (normalised quotes or dashes).
   */
  private static Mention described(ParsedSentence s, int first, int h) {
    StringBuilder text = new StringBuilder(s.token(first).originalText());
    for (int t = first + 1; t <= h; t++) {
      text.append(" ".repeat(Math.max(0, s.begin(t) - s.finish(t - 1)))).append(s.token(t).originalText());
    }
    if (text.length() != s.finish(h) - s.begin(first)) {
      return null;
    }
    String words = text.toString();
    return new Mention("described", new Span(s.begin(first), s.finish(h)), words, EntityType.OTHER,
        "described:" + words.toLowerCase(java.util.Locale.ROOT));
  }

  /** True if the subject of trigger {@code k} is "I" or "we" (inside a quotation: its speaker). */
  public static boolean firstPersonSubject(ParsedSentence s, int k) {
    int v = k;
    for (int step = 0; step < 3 && v != 0; step++) {
      for (Arc a : s.children(v)) {
        if (a.relation().startsWith("nsubj")) {
          String w = s.word(a.dependent()).toLowerCase(java.util.Locale.ROOT);
          if (w.equals("i") || w.equals("we")) {
            return true;
          }
          if (!a.relation().equals("nsubj:xsubj")) {
            return false; // a controlled "invitation to visit" is passed on to the one who accepted it
          }
        }
      }
      String rel = s.primaryRelation(v);
      if (!(rel.startsWith("xcomp") || rel.startsWith("acl") || rel.equals("obj") || rel.startsWith("advcl"))) {
        return false;
      }
      v = s.primaryParent(v); // "I accepted your invitation to visit Pyongyang": the visitor is I
    }
    return false;
  }

  /** A state named in an in/across/over/throughout phrase of an attack, or as the of-phrase of one. */
  private static Mention stateHit(ParsedSentence s, int k, SentenceMentions mentions) {
    Set<String> rels = Set.of("obl:in", "obl:across", "obl:over", "obl:throughout", "nmod:in", "nmod:across");
    List<Integer> heads = new ArrayList<>(related(s, k, rels));
    for (int o : related(s, k, Set.of("obj"))) {
      heads.addAll(related(s, o, rels));
    }
    for (int h : heads) {
      Mention m = mentions.at(h);
      if (m == null) {
        for (int of : s.children(h, "nmod:of")) {
          m = mentions.at(of) != null && mentions.at(of).type() == EntityType.STATE ? mentions.at(of) : m;
        }
      }
      if (m != null && m.type() == EntityType.STATE) {
        return m;
      }
    }
    return null;
  }

  /** An actor reference whose span is the mention's span. */
  static EntityRef ref(Mention m, String role) {
    return new EntityRef(null, m.text(), role, m.span());
  }

  /** Dependents of {@code k} over the given relations, with their conjuncts, in token order. */
  static List<Integer> related(ParsedSentence s, int k, Set<String> relations) {
    Set<Integer> out = new LinkedHashSet<>();
    for (Arc a : s.children(k)) {
      if (relations.contains(a.relation())) {
        out.add(a.dependent());
        for (Arc c : s.children(a.dependent())) {
          if (c.relation().startsWith("conj")) {
            out.add(c.dependent());
          }
        }
      }
    }
    List<Integer> l = new ArrayList<>(out);
    l.sort(Integer::compare);
    return l;
  }

  /**
   * For a subjectless clause ("accused Pyongyang of providing ...", "sought to obtain ..."):
   * the object of the governing verb, or its subject.
   */
  private List<Integer> controller(ParsedSentence s, int k, SentenceMentions mentions) {
    String rel = s.primaryRelation(k);
    int gov = s.primaryParent(k);
    if (gov != 0 && s.isVerb(gov) && words.is("speech", s.lemma(gov))) {
      return List.of(); // a reporter does not control the reported clause
    }
    if (rel.equals("dep") && gov != 0 && s.isVerb(gov)) {
      return subjectsOf(s, gov, mentions); // "X has been shaping up as ..., providing Y with Z"
    }
    if (gov == 0 || !(rel.startsWith("advcl") || rel.startsWith("xcomp") || rel.startsWith("acl")
        || (rel.startsWith("obl") || rel.startsWith("nmod")) && s.isVerb(gov))) {
      return List.of();
    }
    if (rel.startsWith("acl") && !s.isVerb(gov)) {
      return List.of();
    }
    List<Integer> obj = new ArrayList<>(related(s, gov, Set.of("obj")));
    obj.removeIf(o -> s.tag(o).startsWith("W")); // "what X is getting in return for sending": X sends
    boolean purpose = s.children(k, "mark").stream().anyMatch(m -> s.lemma(m).equals("to"))
        || means(s, k); // "X supports the war by supplying shells": X supplies
    if (!obj.isEmpty() && !purpose && (rel.startsWith("advcl") || rel.startsWith("obl") || rel.startsWith("nmod"))) {
      return obj;
    }
    return subjectsOf(s, gov, mentions);
  }

  /** A gerund of means: "by supplying", "by sending". */
  private static boolean means(ParsedSentence s, int k) {
    for (Arc a : s.children(k)) {
      if ((a.relation().equals("mark") || a.relation().equals("case")) && s.lemma(a.dependent()).equals("by")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds the mentions standing for {@code heads}: those the heads are part of; only if there is
   * none, those found among the heads' modifiers ("fresh UN sanctions on North Korea" gives
   * North Korea, not the UN).
   */
  private void addAll(ParsedSentence s, SentenceMentions mentions, List<Integer> heads, Set<Mention> into) {
    List<Mention> direct = new ArrayList<>();
    List<Mention> indirect = new ArrayList<>();
    for (int h : heads) {
      List<Mention> pair = pair(s, h, mentions);
      if (!pair.isEmpty()) {
        direct.addAll(pair);
        continue;
      }
      Mention m = actor(s, h, mentions);
      if (m == null) {
        Mention described = described(s, h, words);
        described = described == null ? properName(s, h) : described; // "The Rapid Support Forces" the tagger missed
        if (described != null) {
          direct.add(described);
        }
        continue;
      }
      boolean isDirect = mentions.at(h) == m || m.span().start() <= s.begin(h) && s.finish(h) <= m.span().end()
          || s.tag(h).equals("PRP") || m.key() != null && m.key().startsWith("described:");
      (isDirect ? direct : indirect).add(m);
      if (!isDirect) {
        indirect.addAll(coordinatedModifiers(s, h, m, mentions));
      }
    }
    into.addAll(direct.isEmpty() ? indirect : direct);
  }

  /**
   * "US and South Korean officials": the mentions coordinated with the modifier that gave
   * {@code m} to head {@code h}, each standing for the same kind of actor.
   */
  private static List<Mention> coordinatedModifiers(ParsedSentence s, int h, Mention m, SentenceMentions mentions) {
    List<Mention> out = new ArrayList<>();
    for (Arc a : s.children(h)) {
      if (!(a.relation().equals("compound") || a.relation().equals("amod")) || mentions.at(a.dependent()) != m) {
        continue;
      }
      for (Arc c : s.children(a.dependent())) {
        if (!c.relation().startsWith("conj")) {
          continue;
        }
        Mention other = mentions.at(c.dependent());
        other = other == null ? modifiedHead(s, c.dependent(), h) : other;
        if (other != null && other != m && other.type() != EntityType.WEAPON && !out.contains(other)) {
          out.add(other);
        }
      }
    }
    return out;
  }

  /**
   * "South Korean officials" in "US and South Korean officials": a capitalised modifier no
   * mention covers, written with its own modifiers up to the head it qualifies, when that text is
   * contiguous; a mention of type {@code OTHER} that exists only in the claim.
   */
  private static Mention modifiedHead(ParsedSentence s, int modifier, int h) {
    if (!Character.isUpperCase(s.word(modifier).charAt(0)) || modifier > h) {
      return null;
    }
    int first = modifier;
    for (int t : s.subtree(modifier)) {
      if (t <= modifier && !s.primaryRelation(t).equals("cc") && !s.primaryRelation(t).equals("punct")) {
        first = Math.min(first, t);
      }
    }
    for (int t = first; t < h; t++) {
      if (s.word(t).equals(",") || s.primaryRelation(t).equals("cc")) {
        return null;
      }
    }
    return described(s, first, h);
  }

  /**
   * "the two leaders", "both countries", "the two sides": the last two named persons (leaders)
   * or states (countries, sides, nations) mentioned before; empty for anything else.
   */
  static List<Mention> pair(ParsedSentence s, int h, SentenceMentions mentions) {
    String l = s.lemma(h);
    EntityType type = l.equals("leader") ? EntityType.PERSON
        : l.equals("country") || l.equals("side") || l.equals("nation") ? EntityType.STATE : null;
    if (type == null || !s.tag(h).endsWith("S")) {
      return List.of();
    }
    boolean two = false;
    boolean bare = true;
    boolean the = false;
    for (Arc a : s.children(h)) {
      String w = s.word(a.dependent()).toLowerCase(java.util.Locale.ROOT);
      two |= w.equals("two") || w.equals("both");
      bare &= !(a.relation().equals("amod") || a.relation().equals("compound") || a.relation().startsWith("nmod")
          || a.relation().startsWith("acl"));
      the |= w.equals("the") && a.relation().equals("det");
    }
    two |= the && bare && type == EntityType.STATE; // "between the countries": the pair just named
    if (!two) {
      return List.of();
    }
    List<Mention> p = mentions.lastPair(type, s.begin(h));
    return p.size() == 2 ? p : List.of();
  }

  /**
   * An actor no name stands for, described by its noun phrase: "the delegation", "Russian
   * forces", "commercial ships", "West African leaders". Only a common noun of the class
   * {@code actor} (people, groups, bodies, and the places and craft that attacks hit) qualifies;
   * the phrase runs from its first adjective, compound or possessive to the head, articles left
   * out. The result is a mention of type {@code OTHER} that exists only in the claim.
   */
  static Mention described(ParsedSentence s, int h, WordClasses words) {
    return described(s, h, words, 0);
  }

  /** As {@link #described(ParsedSentence, int, WordClasses)}, leaving out modifier {@code skip} (a trigger). */
  static Mention described(ParsedSentence s, int h, WordClasses words, int skip) {
    String tag = s.tag(h);
    if (!(tag.equals("NN") || tag.equals("NNS")) || !words.is("actor", s.lemma(h))) {
      return null;
    }
    int first = h;
    for (Arc a : s.children(h)) {
      String r = a.relation();
      if ((r.equals("amod") || r.equals("compound") || r.startsWith("nmod:poss"))
          && a.dependent() < h && a.dependent() != skip) {
        for (int t : s.subtree(a.dependent())) {
          first = Math.min(first, t);
        }
      }
    }
    while (first < h && (s.tag(first).equals("DT") || s.tag(first).equals("PRP$") || s.tag(first).equals("``"))) {
      first++;
    }
    StringBuilder text = new StringBuilder();
    for (int t = first; t <= h; t++) {
      if (t > first) {
        text.append(" ".repeat(Math.max(0, s.begin(t) - s.finish(t - 1))));
      }
      text.append(s.token(t).originalText());
    }
    int start = s.begin(first);
    if (text.length() != s.finish(h) - start) {
      return null; // a token whose text differs from the body (normalised quotes): no faithful span
    }
    return new Mention("described", new Span(start, s.finish(h)), text.toString(), EntityType.OTHER,
        "described:" + text.toString().toLowerCase(java.util.Locale.ROOT));
  }

  private boolean isGoods(ParsedSentence s, int h) {
    String l = s.lemma(h);
    for (int a : s.children(h, "amod")) {
      if (s.lemma(a).equals("military") || s.lemma(a).equals("humanitarian")) {
        return true;
      }
    }
    return words.is("arms", l) || words.is("goods", l) || words.is("arms", s.word(h).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * The mention standing for the nominal headed by {@code h}: the mention covering it, else one
   * in its apposition, compound, adjectival or possessive modifiers.
   */
  static Mention actor(ParsedSentence s, int h, SentenceMentions mentions) {
    String w = s.word(h).toLowerCase(java.util.Locale.ROOT);
    if (s.tag(h).equals("PRP") && (w.equals("he") || w.equals("she") || w.equals("it") || w.equals("they"))) {
      Mention reporter = SHARED.reporter(s, h, mentions);
      if (reporter != null) {
        return reporter; // "the SBU said it had documented ...": it is the SBU
      }
      if (w.equals("it")) {
        Mention closing = SHARED.closingSubject(s, h, mentions);
        return closing != null ? closing : subjectBefore(s, h, mentions); // "while Russia could be reluctant ..., it is eager ..."
      }
      return w.equals("he") || w.equals("she") ? mentions.personBefore(s.begin(h)) : null;
    }
    Mention m = mentions.at(h);
    if (m != null && m.key() != null && m.key().startsWith("title:")) {
      for (int a : s.children(h, "appos")) {
        Mention named = mentions.at(a);
        if (named != null && named.type() == EntityType.PERSON) {
          return named; // "the DPRK's defence minister, General Kang Sun-nam": the named holder
        }
      }
    }
    if (m != null) {
      return m.type() == EntityType.WEAPON ? null : m;
    }
    boolean generic = SHARED.words.is("people", s.lemma(h));
    for (Arc a : s.children(h)) {
      Mention named = mentions.at(a.dependent());
      if ((a.relation().equals("appos") || a.relation().equals("dep") || a.relation().equals("compound"))
          && a.dependent() > h && named != null && (named.type() == EntityType.PERSON
              || generic && (named.type() == EntityType.ORGANIZATION || named.type() == EntityType.MEDIA))) {
        return named; // "South Korea's UN representative Hwang Joon-kuk", "the outlet Daily NK": the name after the title
      }
    }
    if (SHARED.words.is("body", s.lemma(h)) && !s.children(h, "nmod:poss").isEmpty()) {
      Mention body = described(s, h, SHARED.words);
      if (body != null) {
        return body; // "South Korea's intelligence service", "Niger's junta": the body, not its state
      }
    }
    boolean measure = s.lemma(h).equals("sanction") || s.lemma(h).equals("resolution") || s.lemma(h).equals("embargo");
    for (String rel : measure ? List.of("appos") : List.of("appos", "compound", "amod", "nmod:poss", "nmod:of")) {
      for (Arc a : s.children(h)) {
        if (a.relation().equals(rel)) {
          Mention c = mentions.at(a.dependent());
          if (c != null && c.type() != EntityType.WEAPON) {
            return c;
          }
        }
      }
    }
    return null;
  }

  /**
   * For a pronoun subject of a reported clause, the named subject of the speech verb above it
   * ("Russia said it would send ...", "the ministry confirmed that it had documented ..."); a
   * person stands only for he/she, anything else only for it/they.
   */
  private Mention reporter(ParsedSentence s, int h, SentenceMentions mentions) {
    boolean personal = s.lemma(h).equals("he") || s.lemma(h).equals("she");
    int v = s.primaryParent(h);
    for (int step = 0; step < 4 && v != 0; step++) {
      String rel = s.primaryRelation(v);
      int up = s.primaryParent(v);
      if ((rel.equals("ccomp") || rel.startsWith("xcomp") || rel.equals("dep") || rel.startsWith("parataxis"))
          && up != 0 && s.isVerb(up) && SPEECH.contains(s.lemma(up))) {
        for (int subj : s.children(up, "nsubj")) {
          Mention m = actor(s, subj, mentions);
          m = m == null ? described(s, subj, words) : m;
          if (m != null && (m.type() == EntityType.PERSON) == personal && m.type() != EntityType.WEAPON) {
            return m;
          }
        }
        return null;
      }
      v = up;
    }
    return null;
  }

  /** The nearest named subject before token {@code h} in its sentence that is not a person, or null. */
  /**
   * "X is reviewing suspicions that Y has ..., it said": the "it" of a closing speech verb (hung on
   * the main clause as parataxis or an unknown dependent, or governing it as the root) is that
   * clause's subject, not the last subject before it; null when the pronoun is not such a subject
   * or the main subject is no actor.
   */
  private Mention closingSubject(ParsedSentence s, int h, SentenceMentions mentions) {
    int v = s.primaryParent(h);
    if (v == 0 || !s.primaryRelation(h).equals("nsubj") || !words.is("speech", s.lemma(v))) {
      return null;
    }
    String rel = s.primaryRelation(v);
    int main = rel.startsWith("parataxis") || rel.equals("dep") ? s.primaryParent(v) : 0;
    if (rel.equals("root")) { // "X is shelling Y, it said", parsed with the clause under "said"
      for (Arc a : s.children(v)) {
        if (main == 0 && a.dependent() < h && (a.relation().equals("ccomp") || a.relation().startsWith("advcl")
            || a.relation().startsWith("parataxis")) && s.isVerb(a.dependent())) {
          main = a.dependent();
        }
      }
    }
    if (main == 0 || main > h) {
      return null;
    }
    for (int subj : s.children(main, "nsubj")) {
      if (s.tag(subj).startsWith("PRP")) {
        continue;
      }
      Mention m = actor(s, subj, mentions);
      m = m == null ? described(s, subj, words) : m;
      if (m != null && m.type() != EntityType.PERSON && m.type() != EntityType.WEAPON) {
        return m;
      }
    }
    return null;
  }

  private static Mention subjectBefore(ParsedSentence s, int h, SentenceMentions mentions) {
    for (int t = h - 1; t >= 1; t--) {
      if (s.primaryRelation(t).startsWith("nsubj")) {
        Mention m = mentions.at(t);
        if (m != null && m.type() != EntityType.PERSON && m.type() != EntityType.WEAPON) {
          return m;
        }
      }
    }
    return null;
  }

  /** An in/at/near phrase of the trigger (or of its object) naming a place or facility. */
  private static Mention place(ParsedSentence s, int k, SentenceMentions mentions) {
    Set<String> rels = Set.of("obl:in", "obl:at", "nmod:in", "nmod:at", "obl:near", "nmod:near");
    Mention fallback = null;
    List<Integer> heads = new ArrayList<>(related(s, k, rels));
    for (int o : related(s, k, Set.of("obj"))) {
      heads.addAll(related(s, o, rels));
    }
    for (int h : heads) {
      Mention m = mentions.at(h);
      if (m == null) {
        continue;
      }
      if (PLACES.contains(m.type())) {
        return m;
      }
      if (m.type() == EntityType.STATE && fallback == null) {
        fallback = m;
      }
    }
    return fallback;
  }
}
