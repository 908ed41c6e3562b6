package org.storyline.nlp.claim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.core.claim.Attribution;
import org.storyline.core.claim.Claim;
import org.storyline.core.claim.ClaimKind;
import org.storyline.core.claim.EventFrame;
import org.storyline.core.claim.Quantity;
import org.storyline.core.claim.Stance;
import org.storyline.core.entity.EntityRef;
import org.storyline.core.entity.Mention;
import org.storyline.core.id.StableId;
import org.storyline.core.stage.DocumentAnalysis.TimeMention;
import org.storyline.core.time.DateSpan;
import org.storyline.nlp.mention.SentenceMentions;
import org.storyline.nlp.pipeline.ParsedSentence;
import org.storyline.nlp.quantity.FoundQuantity;
import org.storyline.nlp.quantity.QuantityParser;
import org.storyline.nlp.time.Anchor;
import org.storyline.nlp.time.ResolvedTime;
import org.storyline.nlp.time.TemporalResolver;
import org.storyline.nlp.time.Tense;

/**
 * Turns the parsed sentences of one document into claims: one event claim per trigger (with
 * actors, place, date, quantities, attribution and stance), quote claims for quoted words,
 * quantity claims for numbers without an event, and statement claims for attributed clauses
 * without an event. Also collects every resolved time expression. Thread-safe.
 */
public final class ClaimExtractor {
  private static final Pattern SOURCE_LINE = Pattern.compile("^\\s*(?:Sources?|Via)\\s*:");
  private static final Pattern PRONOUN_SUBJECT = Pattern.compile(
      "(?i)\\b(?:it|he|she|they)\\s+(?:also\\s+|later\\s+|further\\s+)?(?:said|added|noted|stated|announced|stressed|told)\\b");
  private static final Pattern ACCORDING = Pattern.compile("(?i)\\baccording to\\b");
  /** "according to the investigation": a source named earlier, by what it produced. */
  private static final Pattern ACCORDING_TO_ITS_WORK = Pattern.compile("(?i)\\baccording to (?:the|its|their|this|that)"
      + " (?:\\w+ )?(?:investigation|inquiry|probe|report|findings|statement|study|assessment|analysis|data|review|estimate|estimates|figures)\\b");
  private static final Pattern QUOTE_FROM = Pattern.compile("(?i)\\bquote from ([^:]{2,80}):");
  /** Units of time; a span of time in a prepositional phrase ("for two days") is not a reported figure. */
  private static final Set<String> DURATIONS = Set.of("seconds", "minutes", "hours", "days", "weeks", "months",
      "years", "decades", "centuries");

  private final TriggerFinder triggers;
  private final ActorFinder actors;
  private final AttributionFinder attributions;
  private final TenseJudge tenses;
  private final StanceJudge stances;
  private final TemporalResolver resolver;
  private final QuantityParser quantities;
  private final WordClasses words;
  private final PreviousOccurrence previous;

  public ClaimExtractor(TriggerTable table, WordClasses words, TemporalResolver resolver, QuantityParser quantities) {
    this.triggers = new TriggerFinder(table, words);
    this.actors = new ActorFinder(words);
    this.attributions = new AttributionFinder(words);
    this.tenses = new TenseJudge(words);
    this.stances = new StanceJudge(words);
    this.resolver = resolver;
    this.quantities = quantities;
    this.words = words;
    this.previous = new PreviousOccurrence(table);
  }

  /** What the extractor found in one document. */
  public record Result(List<Claim> claims, List<TimeMention> times) {
    public Result {
      claims = List.copyOf(claims);
      times = List.copyOf(times);
    }
  }

  /** Claims and time expressions of a document's sentences (mentions given per sentence). */
  public Result extract(String document, String body, Anchor anchor, List<ParsedSentence> sentences,
      List<SentenceMentions> mentions) {
    List<Claim> claims = new ArrayList<>();
    Map<String, TimeMention> times = new LinkedHashMap<>();
    Attribution docSource = null;
    EntityRef quoteSpeaker = null;
    EntityRef lastSpeaker = null;
    int lastSpeakerAt = -10;
    boolean inQuote = false;
    int previousEnd = 0;
    List<Claim> previousClaims = List.of();
    for (int i = 0; i < sentences.size(); i++) {
      ParsedSentence s = sentences.get(i);
      String gap = body.substring(Math.min(previousEnd, s.start()), s.start());
      previousEnd = s.end();
      if (gap.chars().anyMatch(ch -> "\"”»".indexOf(ch) >= 0)
          || gap.contains("\n") && !closesFirst(body, s.start())) {
        inQuote = false; // a quotation runs on into a paragraph only if that paragraph closes it
      }
      SentenceMentions m = mentions.get(i);
      String text = body.substring(s.start(), s.end());
      Tense mainTense = s.parsed() ? tenses.tense(s, root(s)) : Tense.UNKNOWN;
      List<ResolvedTime> sentenceTimes = resolver.resolve(body, s.start(), s.end(), anchor,
          DatePicker.tenseAt(s, k -> tenses.tense(s, k), mainTense));
      for (ResolvedTime t : sentenceTimes) {
        times.putIfAbsent(t.start() + ":" + t.end(), new TimeMention(t.start(), t.end(), t.text(), t.date()));
      }
      if (SOURCE_LINE.matcher(text).find()) {
        docSource = sourceLine(m);
        continue;
      }
      Matcher qf = QUOTE_FROM.matcher(text);
      if (qf.find()) {
        quoteSpeaker = firstMentionIn(m, s.start() + qf.start(1), s.start() + qf.end(1), "speaker");
      }
      List<QuoteSpan> quotes = QuoteSpan.find(body, s.start(), s.end(), inQuote);
      inQuote = !quotes.isEmpty() && quotes.get(quotes.size() - 1).open();
      Claim antecedent = antecedent(previousClaims);
      Sentence ctx = new Sentence(document, body, anchor, s, m, text, quotes,
          inListItem(body, s.start()) ? null : docSource, quoteSpeaker, antecedent);
      List<Claim> found = withPronounSpeaker(sentenceClaims(ctx, sentenceTimes), i - lastSpeakerAt <= 2 ? lastSpeaker : null);
      previousClaims = found;
      claims.addAll(found);
      EntityRef spoke = eventSpeaker(found);
      if (spoke != null) {
        lastSpeaker = spoke;
        lastSpeakerAt = i;
      }
      if (!inQuote) {
        quoteSpeaker = null;
      }
    }
    return new Result(DenialLinker.link(claims, mentions), new ArrayList<>(times.values()));
  }

  /** What one sentence's claims are built from. */
  private record Sentence(String document, String body, Anchor anchor, ParsedSentence parse,
      SentenceMentions mentions, String text, List<QuoteSpan> quotes, Attribution docSource,
      EntityRef quoteSpeaker, Claim antecedent) {}

  /** The first event claim of the previous sentence that has a source, or null. */
  private static Claim antecedent(List<Claim> previous) {
    for (Claim x : previous) {
      if (x.kind() == ClaimKind.EVENT && x.actors().stream().anyMatch(r -> "source".equals(r.role()) && r.span() != null)) {
        return x;
      }
    }
    return null;
  }

  /**
   * "According to the embassy, the delegation will stay until Friday. They will also meet ...":
   * a sentence whose subject is "they" goes on with the previous sentence's actor and, when that
   * was attributed, with its source.
   */
  private static boolean continuesWithThey(ParsedSentence s, int k) {
    return s.size() > 1 && s.word(1).equals("They") && ActorFinder.related(s, k, Set.of("nsubj")).contains(1);
  }

  private List<Claim> sentenceClaims(Sentence c, List<ResolvedTime> sentenceTimes) {
    ParsedSentence s = c.parse();
    List<Claim> out = new ArrayList<>();
    List<FoundTrigger> found = triggers.find(s, c.mentions());
    Set<Integer> triggerTokens = new HashSet<>();
    found.forEach(t -> triggerTokens.add(t.token()));
    Set<Integer> cueTokens = new HashSet<>();
    for (int k = 1; k <= s.size(); k++) {
      if (attributions.isSpeech(s, k) && !triggerTokens.contains(k)) {
        cueTokens.add(k);
      }
    }
    List<FoundQuantity> qs = new ArrayList<>();
    for (FoundQuantity q : quantities.find(c.body(), s.start(), s.end())) {
      boolean bare = q.quantity().item() == null && q.quantity().unit() == null || countsParticipants(c.body(), s, q)
          || spanOfTime(c.body(), s, q);
      if (!bare && sentenceTimes.stream().noneMatch(t -> t.start() < q.end() && q.start() < t.end())) {
        qs.add(q);
      }
    }
    Map<Integer, List<Quantity>> quantityOf = assignQuantities(s, found, qs, triggerTokens);
    int index = 0;
    Claim firstEvent = null;
    boolean impliedDone = false;
    for (FoundTrigger t : found) {
      if (unreported(s, t.token())) {
        continue; // "they did not announce a meeting": nothing is claimed
      }
      Actors a = actors.find(s, t, c.mentions());
      FoundAttribution fa = attributions.find(s, t.token(), c.mentions());
      Attribution attribution = fa == null ? null : fa.attribution();
      if (!a.hasSource() && c.antecedent() != null && continuesWithThey(s, t.token())) {
        List<EntityRef> refs = new ArrayList<>();
        c.antecedent().actors().stream().filter(r -> "source".equals(r.role())).findFirst().ifPresent(refs::add);
        refs.addAll(a.refs());
        a = new Actors(refs, a.place());
        Attribution said = c.antecedent().attribution();
        if ((attribution == null || attribution.speaker() == null) && said != null && said.speaker() != null
            && !"Source:".equals(said.cue())) {
          attribution = said;
        }
      }
      QuoteSpan inside = quoteAround(c.quotes(), s.begin(t.token()));
      if (inside != null) {
        EntityRef speaker = quoteSpeaker(c, cueTokens);
        attribution = speaker == null ? attribution : new Attribution(speaker, null, "quote");
        if (speaker != null && speaker.span() != null && !a.hasSource() && ActorFinder.firstPersonSubject(s, t.token())) {
          List<EntityRef> refs = new ArrayList<>(); // '"I accepted your invitation," the minister said': I is the minister
          refs.add(new EntityRef(null, speaker.name(), "source", speaker.span()));
          refs.addAll(a.refs());
          a = new Actors(refs, a.place());
        }
      }
      if (attribution == null) {
        attribution = c.docSource();
      }
      Tense tense = tenses.tense(s, t.token());
      List<DateSpan> dates = DatePicker.pickAll(c.body(), s, t.token(), sentenceTimes, triggerTokens, cueTokens);
      DateSpan date = dates.isEmpty() ? null : dates.get(0);
      Stance stance = stances.stance(s, t, tense, attribution != null);
      double confidence = confidence(t, a, date);
      List<Quantity> own = quantityOf.getOrDefault(t.token(), List.of());
      boolean anchored = !a.refs().isEmpty() || a.place() != null || attribution != null
          || StanceJudge.negated(s, t.token()) || !own.isEmpty() || !t.rule().verb() && date != null
          || definiteSubject(s, t) && tense == Tense.FUTURE;
      if (!anchored || selfDirected(s, t, a)) {
        continue; // nobody, nowhere, no source: "to support its war efforts", "speaking today"
      }
      EventFrame frame = new EventFrame(t.rule().type(), t.rule().mode(), s.word(t.token()));
      Claim claim = new Claim(id(c, index++), c.document(), c.text(), s.start(), s.end(), ClaimKind.EVENT, frame,
          a.refs(), a.place(), date, own, attribution, stance, null, null,
          confidence);
      firstEvent = firstEvent == null ? claim : firstEvent;
      out.add(claim);
      out.addAll(ClaimPerDate.further(claim, dates)); // "on March 3 and 9": one claim per day
      if (!impliedDone) { // "in their first meeting since 2019": they also met in 2019
        Optional<Claim> earlier = previous.implied(claim, s, sentenceTimes);
        earlier.ifPresent(out::add);
        impliedDone = earlier.isPresent();
      }
    }
    for (QuoteSpan q : c.quotes()) {
      if (!q.isClaim()) {
        continue;
      }
      EntityRef speaker = quoteSpeaker(c, cueTokens);
      if (speaker == null) {
        speaker = eventSpeaker(out); // '"...," the agency said': the speaker found for the events
      }
      Attribution attribution = new Attribution(speaker, null, speaker == null ? null : cueOf(s, cueTokens, q));
      out.add(new Claim(id(c, index++), c.document(), c.text(), s.start(), s.end(), ClaimKind.QUOTE, null,
          List.of(), null, null, List.of(), attribution, Stance.REPORTED, q.text(), null, speaker == null ? 0.5 : 0.8));
    }
    boolean someone = c.mentions().all().stream().anyMatch(x -> x.type() != org.storyline.core.entity.EntityType.WEAPON);
    FoundAttribution counted = null; // "Aid agencies said hundreds of thousands of people have fled": said of the figure
    if (found.isEmpty() && !qs.isEmpty() && s.parsed()) {
      FoundQuantity q = qs.get(0);
      int head = DatePicker.head(s, new ResolvedTime(q.start(), q.end(), "q", DateSpan.unknown(null, "q", null)));
      counted = head == 0 ? null : attributions.find(s, head, c.mentions());
      counted = counted != null && counted.attribution().speaker() != null ? counted : null;
    }
    if (found.isEmpty() && !qs.isEmpty() && (someone || counted != null)) {
      List<Quantity> all = qs.stream().map(FoundQuantity::quantity).toList();
      FoundAttribution fa = s.parsed() ? attributions.find(s, root(s), c.mentions()) : null;
      fa = fa == null ? counted : fa;
      Attribution attribution = fa == null ? c.docSource() : fa.attribution();
      DateSpan date = DatePicker.pick(s, Math.max(1, root(s)), sentenceTimes, Set.of(), cueTokens);
      out.add(new Claim(id(c, index++), c.document(), c.text(), s.start(), s.end(), ClaimKind.QUANTITY, null,
          actorsOfSentence(c), null, date, all, attribution, attribution == null ? Stance.ASSERTED : Stance.REPORTED,
          null, null, 0.5));
    }
    if (out.isEmpty() && s.parsed()) {
      Claim st = statement(c, cueTokens, index);
      if (st != null) {
        out.add(st);
      }
    }
    return out;
  }

  /**
   * "The talks are expected to focus on ...": a noun trigger that is a clause's definite subject
   * refers to a particular event, named or not (kept when it is still to come: what is planned).
   */
  private static boolean definiteSubject(ParsedSentence s, FoundTrigger t) {
    int k = t.token();
    return !t.rule().verb() && s.primaryRelation(k).startsWith("nsubj") && s.primaryParent(k) != 0
        && s.children(k, "det").stream().anyMatch(d -> s.lemma(d).equals("the"));
  }

  /**
   * "(receiving arms) to support its war efforts", "to bolster their own defences": support whose
   * only object is the subject's own undertaking is no event between actors.
   */
  private static boolean selfDirected(ParsedSentence s, FoundTrigger t, Actors a) {
    if (t.rule().type() != org.storyline.core.claim.EventType.SUPPORT || a.hasTarget()) {
      return false;
    }
    for (int o : s.children(t.token(), "obj")) {
      for (int p : s.children(o, "nmod:poss")) {
        if (s.tag(p).equals("PRP$")) {
          return true;
        }
      }
    }
    return false;
  }

  /** True if trigger {@code k} is the object or clause of a negated speech verb ("did not confirm the strike"). */
  private boolean unreported(ParsedSentence s, int k) {
    int gov = s.primaryParent(k);
    String rel = s.primaryRelation(k);
    return gov != 0 && (rel.equals("obj") || rel.equals("ccomp")) && attributions.isSpeech(s, gov)
        && StanceJudge.negated(s, gov);
  }

  /**
   * "for two days", "in 24 years", "within three weeks": a duration framing the event, not a
   * figure it reports (a measured length such as "lasted about five hours" stays).
   */
  private static boolean spanOfTime(String body, ParsedSentence s, FoundQuantity q) {
    if (q.quantity().unit() == null || !DURATIONS.contains(q.quantity().unit())) {
      return false;
    }
    String before = body.substring(Math.max(s.start(), q.start() - 20), q.start()).toLowerCase(java.util.Locale.ROOT);
    return before.matches("(?s).*\\b(in|for|within|after|since|over|during)\\s+(the\\s+)?((past|last|next|first)\\s+)?$");
  }

  /**
   * "the two leaders", "both countries", "three officials said": a count of the actors, not a
   * reported figure. A large count of people ("400 police officers", "3,000 soldiers") is a figure.
   */
  private boolean countsParticipants(String body, ParsedSentence s, FoundQuantity q) {
    int head = DatePicker.head(s, new ResolvedTime(q.start(), q.end(), "q", DateSpan.unknown(null, "q", null)));
    if (head == 0 || q.quantity().unit() != null
        || !(words.is("group", s.lemma(head)) || words.is("people", s.lemma(head)))) {
      return false;
    }
    String before = body.substring(Math.max(s.start(), q.start() - 6), q.start()).toLowerCase(java.util.Locale.ROOT);
    return q.quantity().value() <= 3 || before.matches(".*\\b(the|both|these|those|all)\\s+$");
  }

  /** Each quantity goes to the trigger above it in the tree, else to the first trigger. */
  private static Map<Integer, List<Quantity>> assignQuantities(ParsedSentence s, List<FoundTrigger> found,
      List<FoundQuantity> qs, Set<Integer> triggerTokens) {
    Map<Integer, List<Quantity>> out = new LinkedHashMap<>();
    if (found.isEmpty()) {
      return out;
    }
    for (FoundQuantity q : qs) {
      int owner = DatePicker.owner(s, new ResolvedTime(q.start(), q.end(), "q", DateSpan.unknown(null, "q", null)),
          triggerTokens);
      if (!triggerTokens.contains(owner)) {
        int verb = owner;
        owner = found.get(0).token();
        for (FoundTrigger t : found) {
          if (verb != 0 && s.primaryParent(t.token()) == verb) {
            owner = t.token(); // "The meeting lasted about five hours"
            break;
          }
        }
      }
      out.computeIfAbsent(owner, k -> new ArrayList<>()).add(q.quantity());
    }
    return out;
  }

  private static QuoteSpan quoteAround(List<QuoteSpan> quotes, int offset) {
    for (QuoteSpan q : quotes) {
      if (q.covers(offset)) {
        return q;
      }
    }
    return null;
  }

  /** The speaker of quoted words: the subject of a speech verb outside the quotes, else "Quote from X:". */
  private EntityRef quoteSpeaker(Sentence c, Set<Integer> cueTokens) {
    ParsedSentence s = c.parse();
    for (int v : cueTokens) {
      if (quoteAround(c.quotes(), s.begin(v)) == null) {
        FoundAttribution fa = spokenBy(s, v, c.mentions());
        if (fa != null && fa.attribution().speaker() != null) {
          return fa.attribution().speaker();
        }
      }
    }
    return c.quoteSpeaker();
  }

  private static EntityRef eventSpeaker(List<Claim> claims) {
    for (Claim x : claims) {
      if (x.attribution() != null && x.attribution().speaker() != null
          && !"Source:".equals(x.attribution().cue())) {
        return x.attribution().speaker();
      }
    }
    return null;
  }

  /**
   * "It added that ...", "He said ...": a speech cue whose subject is a pronoun names no speaker;
   * the speaker of the previous sentence (within two sentences) stands in. So does it for
   * "according to the investigation" (or report, findings, data): the work of a source just named.
   */
  private static List<Claim> withPronounSpeaker(List<Claim> claims, EntityRef previous) {
    if (previous == null) {
      return claims;
    }
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim x : claims) {
      Attribution a = x.attribution();
      boolean pronoun = a != null && a.cue() != null && !a.cue().startsWith("according")
          && PRONOUN_SUBJECT.matcher(x.sentence()).find();
      boolean earlierWork = a != null && a.cue() != null && a.cue().startsWith("according")
          && ACCORDING_TO_ITS_WORK.matcher(x.sentence()).find();
      if (a != null && a.speaker() == null && (pronoun || earlierWork)) {
        out.add(x.withRefs(x.actors(), x.place(), new Attribution(
            new EntityRef(null, previous.name(), "speaker", null), a.cited(), a.cue())));
      } else {
        out.add(x);
      }
    }
    return out;
  }

  private FoundAttribution spokenBy(ParsedSentence s, int v, SentenceMentions m) {
    for (int subj : s.children(v, "nsubj")) {
      Mention mm = ActorFinder.actor(s, subj, m);
      if (mm != null) {
        return new FoundAttribution(new Attribution(ActorFinder.ref(mm, "speaker"), null, s.word(v)), v);
      }
    }
    return null;
  }

  private static String cueOf(ParsedSentence s, Set<Integer> cueTokens, QuoteSpan q) {
    for (int v : cueTokens) {
      if (!q.covers(s.begin(v))) {
        return s.word(v);
      }
    }
    return "quote";
  }

  /** An attributed clause with no event: "X said that ..." where X is a mention. */
  private Claim statement(Sentence c, Set<Integer> cueTokens, int index) {
    ParsedSentence s = c.parse();
    for (int v : cueTokens) {
      if (s.children(v, "ccomp").isEmpty() && s.children(v, "parataxis").isEmpty()
          && s.children(v, "xcomp").isEmpty()) { // also "X claimed to have found Y"
        continue;
      }
      FoundAttribution fa = spokenBy(s, v, c.mentions());
      if (fa == null) {
        continue;
      }
      return new Claim(id(c, index), c.document(), c.text(), s.start(), s.end(), ClaimKind.STATEMENT, null,
          List.of(), null, null, List.of(), fa.attribution(), Stance.REPORTED, null, null, 0.4);
    }
    // "..., the agency said in a dispatch.", "According to X, ...": the main clause is attributed
    FoundAttribution fa = cueTokens.isEmpty() && !ACCORDING.matcher(c.text()).find() ? null
        : attributions.find(s, root(s), c.mentions());
    if (fa != null && fa.attribution().speaker() != null) {
      return new Claim(id(c, index), c.document(), c.text(), s.start(), s.end(), ClaimKind.STATEMENT, null,
          List.of(), null, null, List.of(), fa.attribution(), Stance.REPORTED, null, null, 0.4);
    }
    return null;
  }

  private static List<EntityRef> actorsOfSentence(Sentence c) {
    List<EntityRef> out = new ArrayList<>();
    for (Mention m : c.mentions().all()) {
      if (m.type() != org.storyline.core.entity.EntityType.WEAPON && out.size() < 3) {
        out.add(ActorFinder.ref(m, null));
      }
    }
    return out;
  }

  /**
   * True if the paragraph holding {@code offset} is a list item ("• In 2022, ..."): a list of
   * background notes is not covered by the article's "Source:" line.
   */
  static boolean inListItem(String body, int offset) {
    int lineStart = body.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    String line = body.substring(lineStart, Math.min(body.length(), lineStart + 8)).stripLeading();
    return !line.isEmpty() && "•·▪‣◦*-–".indexOf(line.charAt(0)) >= 0;
  }

  private static Attribution sourceLine(SentenceMentions m) {
    for (Mention x : m.all()) {
      if (x.type() != org.storyline.core.entity.EntityType.WEAPON) {
        return new Attribution(ActorFinder.ref(x, "speaker"), null, "Source:");
      }
    }
    return null;
  }

  private static EntityRef firstMentionIn(SentenceMentions m, int from, int to, String role) {
    for (Mention x : m.all()) {
      if (x.span().start() >= from && x.span().end() <= to) {
        return ActorFinder.ref(x, role);
      }
    }
    return null;
  }

  /** True if the first quotation mark of the paragraph starting at {@code from} closes a quotation. */
  private static boolean closesFirst(String body, int from) {
    int end = body.indexOf("\n\n", from);
    end = end < 0 ? body.length() : end;
    for (int i = from; i < end; i++) {
      char ch = body.charAt(i);
      if (ch == '”' || ch == '»') {
        return true;
      }
      if (ch == '“' || ch == '«') {
        return false;
      }
      if (ch == '"') {
        return i > from && !Character.isWhitespace(body.charAt(i - 1));
      }
    }
    return false;
  }

  private static int root(ParsedSentence s) {
    for (int k = 1; k <= s.size(); k++) {
      if (s.primaryParent(k) == 0 && !s.primaryRelation(k).equals("punct") && s.isVerb(k)) {
        return k;
      }
    }
    for (int k = 1; k <= s.size(); k++) {
      if (s.primaryParent(k) == 0) {
        return k;
      }
    }
    return 1;
  }

  private static String id(Sentence c, int index) {
    return StableId.of("claim", c.document(), String.valueOf(c.parse().start()), String.valueOf(c.parse().end()),
        String.valueOf(index));
  }

  private static double confidence(FoundTrigger t, Actors a, DateSpan date) {
    double c = 0.4;
    c += a.hasSource() ? 0.2 : 0;
    c += a.hasTarget() ? 0.1 : 0;
    c += t.rule().verb() ? 0.1 : 0;
    c += date != null && date.isPlaced() ? 0.05 : 0;
    c -= a.refs().isEmpty() ? 0.1 : 0;
    return Math.max(0.05, Math.min(0.9, c));
  }
}
