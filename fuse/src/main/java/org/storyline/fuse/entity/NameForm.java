package org.storyline.fuse.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.storyline.core.entity.EntityType;

/**
 * A name parsed for matching. People: surname keys, given-name skeletons and whether the surname
 * is written first (Korean, Chinese). Everything else: the sorted skeletons of its content words
 * with spelling variants (defense/defence) and demonyms folded into states ("Russian Defence
 * Ministry" has the words of "Ministry of Defence of Russia"), its acronym if it is one, and the
 * initials of its words.
 *
 * <p>{@link #key()} is equal for two spellings of one name (Sergei/Sergey Shoigu, Kim Jong-un/
 * Kim Jong Un, U.S./United States); it is the normalised name used for stable ids.
 */
final class NameForm {
  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir",
      "lord", "gen", "general", "col", "colonel", "lt", "maj", "major", "adm", "admiral", "sgt",
      "president", "pres", "chairman", "comrade", "marshal", "minister", "premier", "senator", "sen",
      "rep", "gov", "governor", "ambassador", "secretary", "spokesman", "spokeswoman");
  /** Words of a post written before a name ("Russian Defence Minister Sergei Shoigu"). */
  private static final Set<String> ROLE_WORDS = Set.of("leader", "minister", "spokesperson", "dictator",
      "envoy", "chief", "commander", "diplomat", "foreign", "defence", "defense", "top", "supreme", "prime",
      "deputy", "first", "security", "press", "army", "military", "intelligence", "state", "vice", "council",
      "national", "head", "former", "acting", "senior", "adviser", "advisor", "representative", "prosecutor",
      "director", "mayor", "official", "lawmaker", "legislator", "opposition");
  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
  private static final Set<String> PARTICLES = Set.of("von", "van", "der", "den", "de", "da", "di",
      "del", "la", "le", "al", "el", "bin", "ibn", "ben", "dos", "du");
  private static final Set<String> STOPWORDS = Set.of("the", "of", "and", "for", "a", "an", "in", "on",
      "at", "to", "&");
  private static final Map<String, String> WORD_VARIANTS = Map.of(
      "defense", "defence", "organisation", "organization", "centre", "center", "programme", "program",
      "labour", "labor", "un", "united nations", "eu", "european union");
  private static final Set<String> UNITS = Set.of("mm", "millimetre", "millimeter", "millimetres",
      "millimeters", "cm", "calibre", "caliber");

  /** Class words after a model designation ("KN-23 ballistic missiles" names the KN-23). */
  private static final Set<String> WEAPON_CLASS_WORDS = Set.of("missile", "rocket", "system",
      "launcher", "drone", "ballistic", "cruise", "short", "range", "shortrange", "hypersonic", "icbm",
      "srbm", "weapon");

  /** Heads that name rounds of ammunition: with "artillery" or a calibre they are all shells. */
  private static final Set<String> ROUND_HEADS = Set.of("munition", "round", "ammunition", "projectile",
      "shell");

  private static final Pattern LEADING_THE = Pattern.compile("(?i)^the\\s+");

  private final String text;
  private final EntityType type;
  private final boolean person;
  private final boolean surnameFirst;
  private final Set<String> surnames;
  private final List<String> given;
  private final List<String> words;
  private final String key;
  private final String acronym;
  private final String initials;
  private final String countryless;

  private NameForm(String text, EntityType type, boolean person, boolean surnameFirst,
      Set<String> surnames, List<String> given, List<String> words, String key, String acronym,
      String initials, String countryless) {
    this.text = text;
    this.type = type;
    this.person = person;
    this.surnameFirst = surnameFirst;
    this.surnames = surnames;
    this.given = given;
    this.words = words;
    this.key = key;
    this.acronym = acronym;
    this.initials = initials;
    this.countryless = countryless;
  }

  /** Parses a name as written, for an entity of the given type. */
  static NameForm of(String text, EntityType type) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    return type == EntityType.PERSON ? person(text) : named(text, type);
  }

  private static NameForm person(String text) {
    List<String> t = new ArrayList<>(NameText.words(text));
    t.subList(0, leadingPost(t)).clear();
    while (t.size() > 1 && SUFFIXES.contains(t.get(t.size() - 1))) {
      t.remove(t.size() - 1);
    }
    NameTables tables = NameTables.get();
    if (t.isEmpty()) {
      return new NameForm(text, EntityType.PERSON, true, false, Set.of(), List.of(), List.of(), "p:", null, null, null);
    }
    String first = t.get(0);
    String eastAsian = tables.surnameFirst(first);
    if (t.size() >= 2 && t.size() <= 4 && eastAsian != null
        && t.subList(1, t.size()).stream().allMatch(Romanisation::isSyllabic)) {
      String g = Romanisation.koreanGiven(String.join(" ", t.subList(1, t.size())));
      return new NameForm(text, EntityType.PERSON, true, true, Set.of(eastAsian), List.of(g), t,
          "p:" + eastAsian + "|" + g, null, null, null);
    }
    String last = t.get(t.size() - 1);
    List<String> givenWords = new ArrayList<>();
    for (String w : t.subList(0, t.size() - 1)) {
      if (!PARTICLES.contains(w)) {
        givenWords.add(Romanisation.latin(w));
      }
    }
    Set<String> sn = new LinkedHashSet<>();
    sn.add(Romanisation.latin(last));
    if (givenWords.isEmpty() && eastAsian != null) {
      sn.add(eastAsian);
    }
    String k = "p:" + (givenWords.isEmpty() ? "" : String.join(" ", givenWords) + "|") + Romanisation.latin(last);
    return new NameForm(text, EntityType.PERSON, true, false, Collections.unmodifiableSet(sn),
        List.copyOf(givenWords), t, k, null, null, null);
  }

  /**
   * How many leading words are a post, an honorific or a state's adjective rather than the name
   * ("Russian President Vladimir Putin" has two); at least one word is always left.
   */
  private static int leadingPost(List<String> words) {
    NameTables tables = NameTables.get();
    int i = 0;
    while (i < words.size() - 1) {
      String w = words.get(i);
      if (HONORIFICS.contains(w) || ROLE_WORDS.contains(w) || tables.stateOfDemonym(w) != null
          || (i > 0 && (w.equals("of") || w.equals("the")))) {
        i++;
      } else if (i + 2 < words.size() && tables.stateOfDemonym(w + " " + words.get(i + 1)) != null) {
        i += 2;
      } else {
        break;
      }
    }
    return i;
  }

  /** A person's name as written without the post before it ("Vladimir Putin" for "Russian President Vladimir Putin"). */
  static String personDisplay(String text) {
    int post = leadingPost(NameText.words(text));
    if (post == 0) {
      return text.strip();
    }
    String[] chunks = text.strip().split("\\s+");
    int consumed = 0;
    int c = 0;
    while (c < chunks.length && consumed < post) {
      consumed += NameText.words(chunks[c]).size();
      c++;
    }
    return consumed == post && c < chunks.length ? String.join(" ", List.of(chunks).subList(c, chunks.length)) : text.strip();
  }

  private static NameForm named(String text, EntityType type) {
    List<String> raw = new ArrayList<>(NameText.words(text));
    while (raw.size() > 1 && raw.get(0).equals("the")) {
      raw.remove(0);
    }
    String stripped = LEADING_THE.matcher(text.strip()).replaceFirst("").replace(".", "");
    String acronym = null;
    if (raw.size() == 1 && stripped.length() >= 2 && stripped.length() <= 6
        && stripped.chars().noneMatch(Character::isLowerCase) && stripped.chars().allMatch(Character::isLetter)) {
      acronym = raw.get(0);
    }
    List<String> content = new ArrayList<>();
    for (String w : raw) {
      if (!STOPWORDS.contains(w)) {
        content.add(w);
      }
    }
    String initials = null;
    if (content.size() >= 2 && content.stream().allMatch(w -> Character.isLetter(w.charAt(0)))) {
      StringBuilder b = new StringBuilder();
      content.forEach(w -> b.append(w.charAt(0)));
      initials = b.toString();
    }
    List<String> variants = new ArrayList<>();
    for (String w : content) {
      String v = WORD_VARIANTS.get(w);
      variants.addAll(v == null ? List.of(w) : List.of(v.split(" ")));
    }
    List<String> folded = NameTables.get().foldDemonyms(variants);
    boolean weapon = type == EntityType.WEAPON || type == EntityType.OTHER;
    if (weapon) {
      folded = foldWeapon(folded);
    }
    List<String> skeleton = new ArrayList<>();
    if (acronym != null && folded.equals(List.of(acronym))) {
      skeleton.add(acronym); // letters of an acronym are no spelling: USAA is not USA
    } else {
      folded.forEach(w -> skeleton.add(Romanisation.latin(Romanisation.koreanInitial(w))));
    }
    Collections.sort(skeleton);
    String key = "n:" + String.join(" ", skeleton);
    String countryless = null;
    List<String> rest = withoutCountries(folded);
    if (!rest.isEmpty() && rest.size() < folded.size()) {
      List<String> rs = new ArrayList<>();
      rest.forEach(w -> rs.add(Romanisation.latin(Romanisation.koreanInitial(w))));
      Collections.sort(rs);
      countryless = "n:" + String.join(" ", rs);
    }
    return new NameForm(text, type, false, false, Set.of(), List.of(), List.copyOf(folded), key, acronym,
        initials, countryless);
  }

  private static List<String> foldWeapon(List<String> words) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (UNITS.contains(w) && !out.isEmpty() && Character.isDigit(out.get(out.size() - 1).charAt(0))) {
        out.set(out.size() - 1, out.get(out.size() - 1) + "mm");
        continue;
      }
      if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && Character.isLetter(w.charAt(0))) {
        w = w.substring(0, w.length() - 1);
      }
      out.add(w);
    }
    foldRounds(out);
    int lastModel = -1;
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).chars().anyMatch(Character::isDigit) && !out.get(i).endsWith("mm")) {
        lastModel = i;
      }
    }
    if (lastModel >= 0 && lastModel + 1 < out.size()
        && out.subList(lastModel + 1, out.size()).stream().allMatch(WEAPON_CLASS_WORDS::contains)) {
      return new ArrayList<>(out.subList(0, lastModel + 1));
    }
    return out;
  }

  /**
   * "artillery munitions", "artillery rounds" and "artillery shells" are one class, as are
   * "152mm shells" and "152mm artillery shells": with "artillery" or a calibre, a round head
   * becomes "shell", and "artillery" is dropped beside a calibre.
   */
  private static void foldRounds(List<String> words) {
    boolean calibre = words.stream().anyMatch(w -> w.endsWith("mm") && Character.isDigit(w.charAt(0)));
    if (!calibre && !words.contains("artillery")) {
      return;
    }
    boolean round = false;
    for (int i = 0; i < words.size(); i++) {
      if (ROUND_HEADS.contains(words.get(i))) {
        words.set(i, "shell");
        round = true;
      }
    }
    if (calibre && round) {
      words.remove("artillery");
    }
  }

  private static List<String> withoutCountries(List<String> words) {
    NameTables tables = NameTables.get();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (i + 1 < words.size() && tables.isCountryPhrase(words.get(i) + " " + words.get(i + 1))) {
        i++;
        continue;
      }
      if (tables.isCountryPhrase(words.get(i))) {
        continue;
      }
      out.add(words.get(i));
    }
    return out;
  }

  String text() {
    return text;
  }

  EntityType type() {
    return type;
  }

  boolean isPerson() {
    return person;
  }

  /** True for a person name written surname first (Korean, Chinese) with a given name. */
  boolean isSurnameFirst() {
    return surnameFirst;
  }

  /** True for a person named by one word only ("Shoigu", "Kim"). */
  boolean isSurnameOnly() {
    return person && given.isEmpty() && !surnames.isEmpty();
  }

  /** The surname keys of a person (two for a lone surname that may be East Asian). */
  Set<String> surnames() {
    return surnames;
  }

  /** Given-name skeletons of a person, first given name first; one joined name if surname first. */
  List<String> given() {
    return given;
  }

  /** The folded content words of a non-person name, demonyms folded. */
  List<String> words() {
    return words;
  }

  /** Equal for spelling variants of one name; the normalised name. */
  String key() {
    return key;
  }

  /** The folded acronym if the name is one ("NIS" gives "nis"), or null. */
  String acronym() {
    return acronym;
  }

  /** The initials of a name of two or more content words ("kcna"), or null. */
  String initials() {
    return initials;
  }

  /** The key without state names ("US State Department" gives that of "State Department"), or null. */
  String countryless() {
    return countryless;
  }

  /** Keys under which candidates for a match are looked up; a match shares at least one. */
  List<String> blockKeys() {
    List<String> out = new ArrayList<>();
    if (person) {
      surnames.forEach(s -> out.add("s:" + s));
      return out;
    }
    out.add(key);
    out.add("c:" + key);
    if (countryless != null) {
      out.add("c:" + countryless);
    }
    if (acronym != null) {
      out.add("a:" + acronym);
    }
    if (initials != null) {
      out.add("a:" + initials);
    }
    return out;
  }

  @Override
  public String toString() {
    return text + " [" + key + "]";
  }
}
