package org.storyline.nlp.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * ("a Russian delegation"), the two states of a dashed pair ("Russia-North Korea talks") and a
 * place's own offices ("the Kharkiv prosecutor's office"). Overlaps are settled longest first;
 * spans never start with "the" nor end with a possessive. Thread-safe.
 */
public final class MentionFinder {
  private static final Pattern MODEL = Pattern.compile(
      "\\b(?:[A-Z][a-z]+|[A-Z]{1,3}|[A-Z][a-z][A-Z])-\\d{1,4}[A-Z]{0,2}\\b");
  private static final Set<String> NOT_MODELS = Set.of("covid", "g", "article", "chapter", "title",
      "level", "page", "phase", "section", "day", "year", "top", "route", "highway", "vision",
      "agenda", "windows", "apollo", "iphone", "galaxy", "mp", "no", "tu");
  /** Model prefixes that are weapons whatever the sentence says (prefix, fewest digits). */
  private static final Map<String, Integer> WEAPON_PREFIXES = Map.ofEntries(
      Map.entry("kn", 1), Map.entry("hwasong", 1), Map.entry("pukguksong", 1),
      Map.entry("haeil", 1), Map.entry("hwasal", 1), Map.entry("iskander", 1),
      Map.entry("shahed", 1), Map.entry("geran", 1), Map.entry("kh", 2),
      Map.entry("su", 2), Map.entry("mig", 2), Map.entry("bm", 2),
      Map.entry("s", 3));
  /**
   * Words that make a sentence about weapons; other model-like tokens ("GLP-1", "W-2", "K-12",
   * "XS-3XL") and bare calibres ("a 50 mm lens") are no weapons without one.
   */
  private static final Pattern WEAPON_CONTEXT = Pattern.compile(
      "\\b(?:missiles?|rockets?|drones?|launchers?|warheads?|howitzers?|tanks?|jets?|fighters?|bombers?"
          + "|aircraft|helicopters?|submarines?|warships?|artillery|ammunition|munitions?|shells?|weapons?"
          + "|weaponry|arms|interceptors?|air[- ]defen[cs]e|fired|launched|launch(?:es|ing)?|strikes?"
          + "|shot down|ICBMs?|SRBMs?|military|army|armed forces|hypersonic|test-fired|tested|salvo|barrage"
          + "|attack(?:s|ed)?|intercepted|troops|war)\\b",
      Pattern.CASE_INSENSITIVE);
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
  /**
   * A place's own office: "the Kharkiv prosecutor's office", "Odesa regional military
   * administration", "Seoul police". Group 1 must be a place or state name.
   */
  private static final Pattern LOCAL_OFFICE = Pattern.compile(
      "\\b([A-Z][\\p{L}]+(?:[- ][A-Z][\\p{L}]+)?)\\s+(?:(?:regional|city|oblast|district|provincial|municipal"
          + "|military|state)\\s+)?(?:prosecutor(?:['\u2019]s|s['\u2019])\\s+office|police(?:\\s+department)?"
          + "|(?:military\\s+)?administration|city\\s+council|regional\\s+council|governor['\u2019]s\\s+office"
          + "|court)\\b");
  private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "ORGANIZATION", "MISC");
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
    for (int[] p : statePairs(body, s, cands)) {
      cands.removeIf(c -> c.priority() < 6 && c.start() < p[1] && p[0] < c.end()
          && !(c.start() <= p[0] && c.end() >= p[1] && c.end() - c.start() > p[1] - p[0]));
    }
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
      if (entry.type() == EntityType.WEAPON && !entry.surface().equals(entry.surface().toUpperCase(Locale.ROOT))
          && !WEAPON_CONTEXT.matcher(body.substring(s.start(), s.end())).find()) {
        continue; // Lancet the journal, Grad the city, Javelin the sport: weapons only among weapons
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
    boolean aboutWeapons = WEAPON_CONTEXT.matcher(text).find();
    Matcher m = MODEL.matcher(text);
    while (m.find()) {
      int dash = m.group().indexOf('-');
      String prefix = m.group().substring(0, dash).toLowerCase(Locale.ROOT);
      Integer digits = WEAPON_PREFIXES.get(prefix);
      boolean known = digits != null && m.group().substring(dash + 1).replaceAll("\\D", "").length() >= digits;
      if (!NOT_MODELS.contains(prefix) && (known || aboutWeapons)) {
        out.add(new Candidate(s.start() + m.start(), s.start() + m.end(), EntityType.WEAPON,
            keyOf(m.group()), 3));
      }
    }
    for (Pattern p : List.of(WEAPON_CLASS, CALIBRE)) {
      m = p.matcher(text);
      while (m.find()) {
        if (p == CALIBRE && !aboutWeapons && !m.group().matches(".*mm\\s+\\p{L}.*")) {
          continue;
        }
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
    m = LOCAL_OFFICE.matcher(text);
    while (m.find()) {
      int from = m.start(1);
      if (!isPlaceName(s, s.start() + from, s.start() + m.end(1), m.group(1))) {
        int space = m.group(1).indexOf(' ');
        from = space < 0 ? -1 : m.start(1) + space + 1;
        if (from < 0 || !isPlaceName(s, s.start() + from, s.start() + m.end(1), text.substring(from, m.end(1)))) {
          continue;
        }
      }
      out.add(new Candidate(s.start() + from, s.start() + m.end(), EntityType.ORGANIZATION,
          keyOf(text.substring(from, m.end())).replace('\u2019', '\''), 3));
    }
    m = stateMedia.matcher(text);
    while (m.find()) {
      String state = m.group(1) == null ? null : lexicon.stateOfDemonym(m.group(1)).orElse(null);
      out.add(new Candidate(s.start() + m.start(), s.start() + m.end(), EntityType.MEDIA,
          state == null ? "state media" : "state media|" + state, 3));
    }
  }

  /**
   * True if the text names a city or region: a capital, or proper nouns the recogniser did not
   * tag as a person or date (it misses or mistypes small cities) and that are no
   * state ("the US administration" is the state, not a local office; "the Trump administration"
   * no local office).
   */
  private boolean isPlaceName(ParsedSentence s, int start, int end, String text) {
    Optional<LexiconEntry> e = lexicon.name(text);
    if (e.isPresent()) {
      return e.get().kind() == LexiconEntry.Kind.CAPITAL;
    }
    if (lexicon.stateOfDemonym(text).isPresent()) {
      return false;
    }
    boolean any = false;
    for (int k = 1; k <= s.size(); k++) {
      if (s.begin(k) >= start && s.finish(k) <= end) {
        any = true;
        boolean untaggedName = s.ner(k).equals("O") && s.tag(k).startsWith("NNP");
        if (!PLACE_TAGS.contains(s.ner(k)) && !untaggedName) {
          return false;
        }
      }
    }
    return any;
  }

  /**
   * "Russia-North Korea ties", "the Moscow\u2013Pyongyang axis": two state (or capital) names
   * joined by a hyphen or en dash are two STATE mentions, never one place. Returns the spans of
   * the joined pairs so that shorter overlapping candidates can be dropped.
   */
  private List<int[]> statePairs(String body, ParsedSentence s, List<Candidate> out) {
    List<int[]> pairs = new ArrayList<>();
    for (int i = s.start() + 1; i < s.end() - 1; i++) {
      char c = body.charAt(i);
      if (c != '-' && c != '\u2013') {
        continue;
      }
      LexiconEntry left = stateEndingAt(body, s.start(), i);
      LexiconEntry right = stateStartingAt(body, i + 1, s.end());
      if (left == null || right == null) {
        continue;
      }
      int ls = i - left.surface().length();
      int re = i + 1 + right.surface().length();
      out.add(new Candidate(ls, i, EntityType.STATE, left.key(), 6));
      out.add(new Candidate(i + 1, re, EntityType.STATE, right.key(), 6));
      pairs.add(new int[] {ls, re});
    }
    return pairs;
  }

  private LexiconEntry stateEndingAt(String body, int from, int end) {
    LexiconEntry best = null;
    for (int start = end - 2; start >= Math.max(from, end - 40); start--) {
      if (start > from && Character.isLetterOrDigit(body.charAt(start - 1))) {
        continue;
      }
      LexiconEntry e = lexicon.name(body.substring(start, end)).orElse(null);
      if (e != null && e.type() == EntityType.STATE) {
        best = e;
      }
    }
    return best;
  }

  private LexiconEntry stateStartingAt(String body, int start, int to) {
    LexiconEntry best = null;
    for (int end = start + 2; end <= Math.min(to, start + 40); end++) {
      if (end < body.length() && Character.isLetterOrDigit(body.charAt(end))) {
        continue;
      }
      LexiconEntry e = lexicon.name(body.substring(start, end)).orElse(null);
      if (e != null && e.type() == EntityType.STATE) {
        best = e;
      }
    }
    return best;
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
        Candidate group = untaggedGroup(body, s, k);
        if (group != null) {
          out.add(group);
        }
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
    if (lexicon.stateOfDemonym(text).isPresent() || isPluralDemonym(text)) {
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
   * A lone capitalised plural proper noun the recogniser left untagged, between words that are no
   * proper nouns: a named group of people ("attacks on Palestinians", "the Houthis fired",
   * "Kurds and Yazidis"). An {@link EntityType#OTHER} mention, unless it is a known name or the
   * plural of a known demonym (people of a state: no entity of their own).
   */
  private Candidate untaggedGroup(String body, ParsedSentence s, int k) {
    if (!"O".equals(s.ner(k)) || !"NNPS".equals(s.tag(k))
        || k > 1 && s.tag(k - 1).startsWith("NNP") || k < s.size() && s.tag(k + 1).startsWith("NNP")) {
      return null;
    }
    int start = s.begin(k);
    int end = s.finish(k);
    String text = body.substring(start, end);
    if (text.length() < 4 || !Character.isUpperCase(text.charAt(0)) || !text.endsWith("s")
        || !text.chars().skip(1).allMatch(Character::isLowerCase)
        || lexicon.name(text).isPresent() || isPluralDemonym(text)) {
      return null;
    }
    return new Candidate(start, end, EntityType.OTHER, keyOf(text), 1);
  }

  /** "Americans", "North Koreans": people of a state, not the state nor an entity of their own. */
  private boolean isPluralDemonym(String text) {
    return text.length() > 3 && text.endsWith("s")
        && lexicon.stateOfDemonym(text.substring(0, text.length() - 1)).isPresent();
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

  /**
   * "a Russian delegation", "North Korean troops", "US and South Korean officials", "Russian
   * airstrikes": the demonym (alone or coordinated with another modifier of the group or attack)
   * stands for the acting state.
   */
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
      if (rel.startsWith("conj") && head != 0) { // "US and South Korean officials": the conjunct's head
        rel = s.primaryRelation(head);
        head = s.primaryParent(head);
      }
      if (head != 0 && (rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:poss"))
          && (GROUP_NOUNS.contains(s.lemma(head)) || ATTACK_NOUNS.contains(s.lemma(head)))) {
        out.add(new Candidate(s.begin(k), end, EntityType.STATE, dem.get().key(), 1));
      }
    }
  }

  /** Attacks a state carries out: "Russian airstrikes", "Israeli strikes on Rafah". */
  private static final Set<String> ATTACK_NOUNS = Set.of("airstrike", "strike", "attack", "bombardment",
      "shelling", "offensive", "raid", "barrage");

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
