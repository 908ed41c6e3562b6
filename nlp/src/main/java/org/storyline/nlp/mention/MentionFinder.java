package org.storyline.nlp.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.storyline.core.entity.EntityType;
import org.storyline.core.entity.Mention;
import org.storyline.core.text.Span;
import org.storyline.nlp.pipeline.ParsedSentence;

/**
 * Finds the mentions of one parsed sentence: CoreNLP's PERSON, ORGANIZATION, LOCATION and MISC
 * spans, retyped and completed by the domain lexicon, weapon and facility patterns, state-media
 * phrases, title-only references to office holders ("the North Korean leader" with key
 * {@code title:leader|north korea}) and demonyms that stand for a state acting through a group
 * ("a Russian delegation"). Overlaps are settled longest first; spans never start with "the" nor
 * end with a possessive. Thread-safe.
 */
public final class MentionFinder {
  private static final Pattern MODEL = Pattern.compile(
      "\\b(?:[A-Z][a-z]+|[A-Z]{1,3}|[A-Z][a-z][A-Z])-\\d{1,4}[A-Z]{0,2}\\b");
  private static final Set<String> NOT_MODELS = Set.of("covid", "g", "article", "chapter", "title",
      "level", "page", "phase", "section", "day", "year", "top", "route", "highway", "vision",
      "agenda", "windows", "apollo", "iphone", "galaxy", "mp", "no", "tu");
  private static final Pattern WEAPON_CLASS = Pattern.compile(
      "\\b(?:(?:short|medium|intermediate|long)-range\\s+)?(?:intercontinental\\s+)?"
          + "(?:ballistic|cruise|hypersonic|anti-tank|anti-ship|anti-aircraft|air[- ]defen[cs]e"
          + "|surface-to-air|artillery|kamikaze|attack|guided|multiple[- ]rocket|tactical|nuclear)\\s+"
          + "(?:missiles?|rockets?|shells?|munitions|rounds|drones?|launchers?|warheads?)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern CALIBRE = Pattern.compile(
      "(?<![\\d.,])\\d{2,3}\\s?-?mm\\b(?:\\s+(?:artillery|howitzer|mortar|tank|calibre|caliber))?"
          + "(?:\\s+(?:shells?|rounds|munitions|ammunition|guns?|howitzers?|projectiles))?");
  private static final Pattern FACILITY = Pattern.compile(
      "\\b([A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)\\s+(?:[Cc]osmodrome|[Ss]paceport|[Aa]ir ?[Bb]ase"
          + "|[Nn]aval [Bb]ase|[Mm]ilitary [Bb]ase|[Nn]uclear (?:[Tt]est )?[Ss]ite|[Nn]uclear [Ff]acility"
          + "|[Tt]est [Ss]ite|[Ll]aunch(?:ing)? [Ss]it(?:e|ation)|[Ss]hipyard|[Rr]efinery|[Pp]ower [Pp]lant"
          + "|[Pp]ort)\\b|\\b[Pp]ort of [A-Z][a-z]+\\b");
  private static final Set<String> NOT_FACILITY_NAMES =
      Set.of("The", "A", "An", "This", "That", "Its", "Their", "His", "Her", "Our", "New", "Main");
  private static final Pattern MEDIA_SUFFIX = Pattern.compile(
      "\\b(?:News|News Agency|TV|Television|Radio|Times|Post|Journal|Gazette|Herald|Telegraph"
          + "|Tribune|Broadcasting|Broadcasting Corporation|Press|Daily|Ilbo|Sinmun|Pravda)$");
  private static final String[] ARTICLES = {"the ", "The "};

  private final DomainLexicon lexicon;
  private final Pattern stateMedia;

  public MentionFinder(DomainLexicon lexicon) {
    this.lexicon = lexicon;
    String dem = lexicon.demonyms().stream().map(Pattern::quote).collect(Collectors.joining("|"));
    this.stateMedia = Pattern.compile("(?:\\b(" + dem + ")\\s+)?\\bstate(?:-run|-controlled|-owned)?\\s+"
        + "(?:media|news agency|television|TV|broadcaster|outlets?|press|newspaper)\\b");
  }

  /** A candidate span before overlaps are settled. */
  private record Candidate(int start, int end, EntityType type, String key, int priority) {}

  /** The mentions of {@code s}, in text order, none overlapping. */
  public List<Mention> find(String document, String body, ParsedSentence s) {
    if (s.size() == 0 || isShouting(body, s)) {
      return List.of();
    }
    Set<Integer> tokenEnds = new HashSet<>();
    for (int k = 1; k <= s.size(); k++) {
      tokenEnds.add(s.finish(k));
    }
    List<Candidate> cands = new ArrayList<>();
    titles(body, s, tokenEnds, cands);
    lexiconNames(body, s, tokenEnds, cands);
    patterns(body, s, cands);
    namedEntities(body, s, cands);
    demonymActors(body, s, tokenEnds, cands);
    cands.sort(Comparator.comparingInt((Candidate c) -> c.end() - c.start()).reversed()
        .thenComparing(Comparator.comparingInt(Candidate::priority).reversed())
        .thenComparingInt(Candidate::start));
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : cands) {
      if (kept.stream().noneMatch(k -> k.start() < c.end() && c.start() < k.end())) {
        kept.add(c);
      }
    }
    kept.sort(Comparator.comparingInt(Candidate::start));
    List<Mention> out = new ArrayList<>();
    for (Candidate c : kept) {
      String text = body.substring(c.start(), c.end());
      if (!text.contains(" ") && lexicon.isStopword(text)) {
        continue;
      }
      out.add(new Mention(document, new Span(c.start(), c.end()), text, c.type(), c.key()));
    }
    return out;
  }

  private static boolean isShouting(String body, ParsedSentence s) {
    int upper = 0;
    int letters = 0;
    for (int i = s.start(); i < s.end(); i++) {
      char ch = body.charAt(i);
      if (Character.isLetter(ch)) {
        letters++;
        if (Character.isUpperCase(ch)) {
          upper++;
        }
      }
    }
    return letters >= 8 && upper * 10 >= letters * 8;
  }

  private void lexiconNames(String body, ParsedSentence s, Set<Integer> ends, List<Candidate> out) {
    Set<LexiconEntry.Kind> kinds = EnumSet.of(LexiconEntry.Kind.NAME, LexiconEntry.Kind.CAPITAL);
    for (int k = 1; k <= s.size(); k++) {
      Optional<LexiconEntry> e = lexicon.longestAt(body, s.begin(k), ends::contains, kinds);
      if (e.isEmpty()) {
        continue;
      }
      LexiconEntry entry = e.get();
      int start = s.begin(k);
      int end = start + entry.surface().length();
      if (end > s.end() || isLowerCaseWord(body, start, end)) {
        continue;
      }
      if (entry.kind() == LexiconEntry.Kind.CAPITAL) {
        out.add(capital(s, start, end, entry.key(), 4));
      } else {
        out.add(new Candidate(start, end, entry.type(), entry.key(), 4));
      }
    }
  }

  /** "us" written in lower case inside a shouted or odd span is not the state. */
  private static boolean isLowerCaseWord(String body, int start, int end) {
    return Character.isLowerCase(body.charAt(start));
  }

  private Candidate capital(ParsedSentence s, int start, int end, String stateKey, int priority) {
    int head = lastTokenIn(s, start, end);
    String name = s.word(head);
    if (head != 0 && LocationRole.actsAsState(s, head)) {
      return new Candidate(start, end, EntityType.STATE, stateKey, priority);
    }
    return new Candidate(start, end, EntityType.PLACE, keyOf(name), priority);
  }

  private static int lastTokenIn(ParsedSentence s, int start, int end) {
    int last = 0;
    for (int k = 1; k <= s.size(); k++) {
      if (s.begin(k) >= start && s.finish(k) <= end) {
        last = k;
      }
    }
    return last;
  }

  private void patterns(String body, ParsedSentence s, List<Candidate> out) {
    String text = body.substring(s.start(), s.end());
    Matcher m = MODEL.matcher(text);
    while (m.find()) {
      String prefix = m.group().substring(0, m.group().indexOf('-')).toLowerCase(Locale.ROOT);
      if (!NOT_MODELS.contains(prefix)) {
        out.add(new Candidate(s.start() + m.start(), s.start() + m.end(), EntityType.WEAPON,
            keyOf(m.group()), 3));
      }
    }
    for (Pattern p : List.of(WEAPON_CLASS, CALIBRE)) {
      m = p.matcher(text);
      while (m.find()) {
        out.add(new Candidate(s.start() + m.start(), s.start() + m.end(), EntityType.WEAPON,
            weaponClassKey(m.group()), 3));
      }
    }
    m = FACILITY.matcher(text);
    while (m.find()) {
      if (m.group(1) != null && (NOT_FACILITY_NAMES.contains(m.group(1))
          || lexicon.stateOfDemonym(m.group(1)).isPresent() || lexicon.name(m.group(1)).isPresent()
          && lexicon.name(m.group(1)).get().kind() != LexiconEntry.Kind.CAPITAL)) {
        continue;
      }
      out.add(new Candidate(s.start() + m.start(), s.start() + m.end(), EntityType.FACILITY,
          keyOf(m.group()), 3));
    }
    m = stateMedia.matcher(text);
    while (m.find()) {
      String state = m.group(1) == null ? null : lexicon.stateOfDemonym(m.group(1)).orElse(null);
      out.add(new Candidate(s.start() + m.start(), s.start() + m.end(), EntityType.MEDIA,
          state == null ? "state media" : "state media|" + state, 3));
    }
  }

  /** "more 122 mm artillery shells" and "122mm shells" share a key; plurals fold to singular. */
  private static String weaponClassKey(String phrase) {
    String k = keyOf(phrase).replaceAll("(\\d+)\\s?-?mm", "$1mm");
    return k.endsWith("s") && !k.endsWith("ss") ? k.substring(0, k.length() - 1) : k;
  }

  private void namedEntities(String body, ParsedSentence s, List<Candidate> out) {
    int k = 1;
    while (k <= s.size()) {
      String ner = s.ner(k);
      if (!Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC").contains(ner)) {
        k++;
        continue;
      }
      if (s.tag(k).equals("POS")) {
        k++;
        continue;
      }
      int j = k;
      while (j + 1 <= s.size() && s.ner(j + 1).equals(ner)) {
        j++;
      }
      while (j > k && s.tag(j).equals("POS")) {
        j--;
      }
      int start = s.begin(k);
      int end = s.finish(j);
      for (String a : ARTICLES) {
        if (body.startsWith(a, start) && start + a.length() < end) {
          start += a.length();
        }
      }
      Candidate c = typed(body, s, start, end, ner, k, j);
      if (c != null) {
        out.add(c);
      }
      k = j + 1;
    }
  }

  private Candidate typed(String body, ParsedSentence s, int start, int end, String ner, int first, int last) {
    String text = body.substring(start, end);
    Optional<LexiconEntry> known = lexicon.name(text);
    if (known.isPresent()) {
      LexiconEntry e = known.get();
      return e.kind() == LexiconEntry.Kind.CAPITAL ? capital(s, start, end, e.key(), 2)
          : new Candidate(start, end, e.type(), e.key(), 2);
    }
    if (lexicon.stateOfDemonym(text).isPresent()) {
      return null;
    }
    return switch (ner) {
      case "PERSON" -> new Candidate(start, end, EntityType.PERSON, keyOf(text), 2);
      case "ORGANIZATION" -> new Candidate(start, end,
          MEDIA_SUFFIX.matcher(text).find() ? EntityType.MEDIA : EntityType.ORGANIZATION, keyOf(text), 2);
      case "LOCATION" -> new Candidate(start, end, EntityType.PLACE, keyOf(text), 2);
      default -> {
        boolean allAdjectives = true;
        for (int k = first; k <= last; k++) {
          allAdjectives &= !s.tag(k).startsWith("NNP");
        }
        yield allAdjectives ? null : new Candidate(start, end, EntityType.OTHER, keyOf(text), 1);
      }
    };
  }

  /**
   * "the North Korean leader", "Russia's defence minister", "the Kremlin spokesperson": a state
   * (by demonym, possessive name or seat of power), up to three title words and a title head,
   * not followed by the holder's name.
   */
  private void titles(String body, ParsedSentence s, Set<Integer> ends, List<Candidate> out) {
    Set<LexiconEntry.Kind> demonymKinds = EnumSet.of(LexiconEntry.Kind.DEMONYM);
    Set<LexiconEntry.Kind> nameKinds = EnumSet.of(LexiconEntry.Kind.NAME, LexiconEntry.Kind.CAPITAL);
    for (int k = 1; k <= s.size(); k++) {
      int start = s.begin(k);
      String holder;
      int next;
      Optional<LexiconEntry> dem = lexicon.longestAt(body, start, ends::contains, demonymKinds);
      Optional<LexiconEntry> name = lexicon.longestAt(body, start, ends::contains, nameKinds);
      if (name.isPresent() && (dem.isEmpty() || name.get().surface().length() >= dem.get().surface().length())) {
        int after = tokenStartingAt(s, start + name.get().surface().length());
        if (after == 0) {
          continue;
        }
        boolean possessive = s.tag(after).equals("POS");
        boolean seat = name.get().type() == EntityType.ORGANIZATION;
        if (!possessive && !seat) {
          continue;
        }
        holder = name.get().key();
        next = possessive ? after + 1 : after;
      } else if (dem.isPresent()) {
        holder = dem.get().key();
        next = tokenStartingAt(s, start + dem.get().surface().length());
        if (next == 0) {
          continue;
        }
      } else {
        continue;
      }
      List<String> words = new ArrayList<>();
      int h = next;
      while (h <= s.size() && words.size() < 3 && lexicon.isTitleModifier(s.word(h))
          && !(lexicon.isTitleHead(s.word(h)) && (h == s.size() || !lexicon.isTitleHead(s.word(h + 1))
              && !lexicon.isTitleModifier(s.word(h + 1))))) {
        words.add(normalTitleWord(s.word(h)));
        h++;
      }
      if (h > s.size() || !lexicon.isTitleHead(s.word(h)) || s.tag(h).startsWith("NNS")) {
        continue;
      }
      words.add(normalTitleWord(s.word(h)));
      if (h < s.size() && (s.ner(h + 1).equals("PERSON") || s.tag(h + 1).equals("NNP")
          || s.lemma(h + 1).equals("of"))) {
        continue;
      }
      out.add(new Candidate(start, s.finish(h), EntityType.PERSON,
          "title:" + String.join(" ", words) + "|" + holder, 5));
    }
  }

  private static String normalTitleWord(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    return switch (l) {
      case "defense" -> "defence";
      case "spokesman", "spokeswoman" -> "spokesperson";
      case "dictator" -> "leader";
      default -> l;
    };
  }

  private static int tokenStartingAt(ParsedSentence s, int offset) {
    for (int k = 1; k <= s.size(); k++) {
      if (s.begin(k) >= offset) {
        return s.begin(k) - offset <= 1 ? k : 0;
      }
    }
    return 0;
  }

  /** "a Russian delegation", "North Korean troops": the demonym stands for the acting state. */
  private void demonymActors(String body, ParsedSentence s, Set<Integer> ends, List<Candidate> out) {
    if (!s.parsed()) {
      return;
    }
    Set<LexiconEntry.Kind> kinds = EnumSet.of(LexiconEntry.Kind.DEMONYM);
    for (int k = 1; k <= s.size(); k++) {
      Optional<LexiconEntry> dem = lexicon.longestAt(body, s.begin(k), ends::contains, kinds);
      if (dem.isEmpty()) {
        continue;
      }
      int end = s.begin(k) + dem.get().surface().length();
      int last = lastTokenIn(s, s.begin(k), end);
      int head = s.primaryParent(last);
      String rel = s.primaryRelation(last);
      if (head != 0 && (rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:poss"))
          && GROUP_NOUNS.contains(s.lemma(head))) {
        out.add(new Candidate(s.begin(k), end, EntityType.STATE, dem.get().key(), 1));
      }
    }
  }

  private static final Set<String> GROUP_NOUNS = Set.of("delegation", "official", "force", "troops",
      "troop", "government", "authority", "military", "army", "navy", "soldier", "diplomat", "envoy",
      "side", "leadership", "regime", "ministry", "embassy", "intelligence", "administration",
      "prosecutor", "unit", "mercenary", "special");

  /** The normalised key of a name: lower case, single spaces, no leading article. */
  static String keyOf(String text) {
    String k = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    return k.startsWith("the ") ? k.substring(4) : k;
  }
}
