package org.storyline.nlp.eval;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storyline.core.claim.Attribution;
import org.storyline.core.claim.Claim;
import org.storyline.core.claim.Quantity;
import org.storyline.core.document.Article;
import org.storyline.core.entity.EntityRef;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;
import org.storyline.core.stage.DocumentAnalysis;
import org.storyline.core.time.DateSpan;

/**
 * Scores extracted claims against a {@link ClaimGold} file, field by field.
 *
 * <p>Matching: a gold item can match a claim of the same document (an article whose id equals
 * the gold key, or whose source file name is the key or starts with the key followed by a
 * character that is neither letter nor digit) whose sentence contains the item's fragment
 * (case-insensitive, white space folded, curly quotes as straight). Among such pairs the
 * extractor's claims are assigned one to one, best field agreement first (event type counts
 * three times, every other agreeing field once), ties in file and body order.
 *
 * <p>Counting, per field (only claims of documents named in the gold file are counted; claims of
 * other documents are ignored):
 *
 * <ul>
 *   <li>{@code type}: one value per event item / event claim; agrees when the types are equal and
 *       the gold mode, if given, equals the claim's mode.
 *   <li>{@code actors}: one value per source or target name; a gold name agrees with an actor of
 *       the same role on the matched claim by {@link NameMatch} (aliases allowed), one to one.
 *   <li>{@code date}: one value per dated item / claim; agrees when the claim's first and last day
 *       equal the gold ISO start and end read at their own precision (an open side must be open),
 *       or, for an unplaced gold date {@code XXXX-..}, when the claim's normalised value is equal.
 *   <li>{@code quantity}: one value per quantity; agrees when value (or low and high of a range)
 *       is within 0.5 % (not compared for a vague amount such as "dozens", whose value is a
 *       convention), the bound is equal, and the gold item, if given, agrees by token
 *       containment with the claim's item.
 *   <li>{@code speaker}: one value per speaker and per cited source, compared as names.
 *   <li>{@code stance}: one value per item / claim; agrees when equal.
 * </ul>
 *
 * A value on an unmatched claim counts as given and wrong; a gold value whose item is unmatched
 * counts as expected and missed. {@code claims} counts matched items and claims; {@code overall}
 * sums the six fields.
 */
public final class ClaimEvaluation {
  /** Field names, in table order. */
  public static final List<String> FIELDS = List.of("type", "actors", "date", "quantity", "speaker", "stance");

  /**
   * The scores of one evaluation.
   *
   * @param claims matched gold items (recall) and matched claims (precision)
   * @param fields one score per name of {@link #FIELDS}, in that order
   * @param overall the sum of the field scores
   * @param misses one line per gold value missed or claim value wrong, for reading
   */
  public record Result(FieldScore claims, List<FieldScore> fields, FieldScore overall, List<String> misses) {
    public Result {
      fields = List.copyOf(fields);
      misses = List.copyOf(misses);
    }

    /** The score of the named field ({@code claims} and {@code overall} included). */
    public FieldScore field(String name) {
      if (name.equals("claims")) {
        return claims;
      }
      if (name.equals("overall")) {
        return overall;
      }
      return fields.stream().filter(f -> f.field().equals(name)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no field " + name));
    }

    @Override
    public String toString() {
      StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-9s %6s %6s %6s %9s %7s%n",
          "field", "gold", "found", "agree", "precision", "recall"));
      List<FieldScore> rows = new ArrayList<>();
      rows.add(claims);
      rows.addAll(fields);
      rows.add(overall);
      for (FieldScore f : rows) {
        b.append(String.format(Locale.ROOT, "%-9s %6d %6d %6d %9.3f %7.3f%n",
            f.field(), f.expected(), f.found(), f.agreeing(), f.precision(), f.recall()));
      }
      return b.toString();
    }
  }

  /**
   * Reads the gold file and scores the analyses.
   *
   * @param articles the analysed articles (for their ids and source file names)
   * @param analyses one analysis per article, in any order
   * @throws StorylineException {@code INPUT_MALFORMED} if the gold file does not parse, or
   *     {@code INVALID_ARGUMENT} if an analysis has no article
   */
  public Result evaluate(Path goldFile, List<Article> articles, List<DocumentAnalysis> analyses) {
    return evaluate(ClaimGold.read(goldFile), articles, analyses);
  }

  /** Scores the analyses against parsed gold. */
  public Result evaluate(ClaimGold gold, List<Article> articles, List<DocumentAnalysis> analyses) {
    List<Found> found = new ArrayList<>();
    for (DocumentAnalysis a : analyses) {
      Article article = articles.stream().filter(x -> x.id().equals(a.document())).findFirst()
          .orElseThrow(() -> new StorylineException(ErrorCode.INVALID_ARGUMENT,
              "analysis of " + a.document() + " has no article"));
      String key = gold.documents().stream().map(ClaimGold.GoldDocument::key)
          .filter(k -> belongs(article, k)).findFirst().orElse(null);
      if (key == null) {
        continue;
      }
      for (Claim c : a.claims()) {
        found.add(new Found(key, c));
      }
    }
    List<Pair> pairs = match(gold.items(), found);
    Tally t = new Tally();
    Set<Found> matchedClaims = new HashSet<>();
    for (Pair p : pairs) {
      matchedClaims.add(p.found());
    }
    for (ClaimGold.Item item : gold.items()) {
      Pair p = pairs.stream().filter(x -> x.item() == item).findFirst().orElse(null);
      t.item(item, p == null ? null : p.found().claim());
    }
    for (Found f : found) {
      if (!matchedClaims.contains(f)) {
        t.extra(f.claim());
      }
    }
    FieldScore claims = new FieldScore("claims", gold.items().size(), found.size(), pairs.size());
    List<FieldScore> fields = new ArrayList<>();
    FieldScore overall = new FieldScore("overall", 0, 0, 0);
    for (int i = 0; i < FIELDS.size(); i++) {
      FieldScore f = new FieldScore(FIELDS.get(i), t.expected[i], t.found[i], t.agreeing[i]);
      fields.add(f);
      overall = overall.plus(f);
    }
    return new Result(claims, fields, overall, t.misses);
  }

  /** True if the article is the gold document {@code key} (see the class comment). */
  static boolean belongs(Article article, String key) {
    if (article.id().equals(key)) {
      return true;
    }
    String path = article.source().path();
    if (path == null) {
      return false;
    }
    String file = Path.of(path).getFileName().toString();
    return file.equals(key)
        || file.startsWith(key) && !Character.isLetterOrDigit(file.charAt(key.length()));
  }

  private record Found(String key, Claim claim) {}

  private record Pair(ClaimGold.Item item, Found found, int score, int order) {}

  private static List<Pair> match(List<ClaimGold.Item> items, List<Found> found) {
    List<Pair> candidates = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      ClaimGold.Item item = items.get(i);
      String fragment = fold(item.fragment());
      for (int j = 0; j < found.size(); j++) {
        Found f = found.get(j);
        if (f.key().equals(item.document()) && fold(f.claim().sentence()).contains(fragment)) {
          candidates.add(new Pair(item, f, score(item, f.claim()), i * 100_000 + j));
        }
      }
    }
    candidates.sort(Comparator.comparingInt(Pair::score).reversed().thenComparingInt(Pair::order));
    Set<ClaimGold.Item> usedItems = new HashSet<>();
    Set<Found> usedFound = new HashSet<>();
    List<Pair> out = new ArrayList<>();
    for (Pair p : candidates) {
      if (!usedItems.contains(p.item()) && !usedFound.contains(p.found())) {
        usedItems.add(p.item());
        usedFound.add(p.found());
        out.add(p);
      }
    }
    return out;
  }

  static String fold(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[“”„\"]", "\"").replaceAll("[‘’]", "'")
        .replaceAll("\\s+", " ").strip();
  }

  private static int score(ClaimGold.Item item, Claim c) {
    int s = typeAgrees(item, c) ? 3 : 0;
    s += agreeingActors(item, c);
    s += item.date() != null && dateAgrees(item.date(), c.date()) ? 1 : 0;
    s += agreeingQuantities(item.quantities(), c.quantities());
    s += agreeingSpeakers(item, c.attribution());
    s += item.stance() == c.stance() ? 1 : 0;
    return s;
  }

  private static boolean typeAgrees(ClaimGold.Item item, Claim c) {
    if (item.type() == null || c.event() == null) {
      return item.type() == null && c.event() == null;
    }
    return item.type() == c.event().type() && (item.mode() == null || item.mode().equals(c.event().mode()));
  }

  private static int agreeingActors(ClaimGold.Item item, Claim c) {
    return agreeingNames(item.sources(), names(c, "source")) + agreeingNames(item.targets(), names(c, "target"));
  }

  private static List<String> names(Claim c, String role) {
    List<String> out = new ArrayList<>();
    for (EntityRef r : c.actors()) {
      if (role.equals(r.role())) {
        out.add(r.name());
      }
    }
    return out;
  }

  private static int agreeingNames(List<ClaimGold.Name> gold, List<String> found) {
    int n = 0;
    List<String> left = new ArrayList<>(found);
    for (ClaimGold.Name g : gold) {
      for (int k = 0; k < left.size(); k++) {
        if (NameMatch.agrees(g, left.get(k))) {
          left.remove(k);
          n++;
          break;
        }
      }
    }
    return n;
  }

  private static int agreeingSpeakers(ClaimGold.Item item, Attribution a) {
    if (a == null) {
      return 0;
    }
    int n = 0;
    if (item.speaker() != null && a.speaker() != null && NameMatch.agrees(item.speaker(), a.speaker().name())) {
      n++;
    }
    if (item.cited() != null && a.cited() != null && NameMatch.agrees(item.cited(), a.cited().name())) {
      n++;
    }
    return n;
  }

  static boolean dateAgrees(ClaimGold.GoldDate gold, DateSpan d) {
    if (d == null) {
      return false;
    }
    if (gold.unplaced() != null) {
      return gold.unplaced().equalsIgnoreCase(d.value());
    }
    LocalDate s = gold.start() == null ? null : DateSpan.parseStart(gold.start());
    LocalDate e = gold.end() == null ? null : DateSpan.parseEnd(gold.end());
    return java.util.Objects.equals(s, d.start()) && java.util.Objects.equals(e, d.end());
  }

  private static boolean hasDate(DateSpan d) {
    return d != null && (d.isPlaced() || d.value() != null && !d.value().isBlank());
  }

  private static int agreeingQuantities(List<ClaimGold.GoldQuantity> gold, List<Quantity> found) {
    int n = 0;
    List<Quantity> left = new ArrayList<>(found);
    for (ClaimGold.GoldQuantity g : gold) {
      for (int k = 0; k < left.size(); k++) {
        if (quantityAgrees(g, left.get(k))) {
          left.remove(k);
          n++;
          break;
        }
      }
    }
    return n;
  }

  static boolean quantityAgrees(ClaimGold.GoldQuantity g, Quantity q) {
    if (g.bound() != q.bound()) {
      return false;
    }
    boolean number = g.bound() == org.storyline.core.claim.Bound.VAGUE // "dozens": the value is a convention
        || (g.low() != null
            ? close(g.low(), q.low()) && close(g.high(), q.high())
            : close(g.value(), q.value()));
    if (!number) {
      return false;
    }
    return g.item() == null || q.item() != null && NameMatch.agrees(g.item(), q.item());
  }

  private static boolean close(Double a, Double b) {
    if (a == null || b == null) {
      return false;
    }
    return Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b));
  }

  /** Accumulates counts over items and claims. */
  private static final class Tally {
    final int[] expected = new int[FIELDS.size()];
    final int[] found = new int[FIELDS.size()];
    final int[] agreeing = new int[FIELDS.size()];
    final List<String> misses = new ArrayList<>();

    void item(ClaimGold.Item item, Claim c) {
      String where = "gold line " + item.line() + " [" + item.document() + " '" + item.fragment() + "']";
      if (c == null) {
        misses.add(where + ": no claim matched");
      }
      // type
      int typeExpected = item.type() == null ? 0 : 1;
      int typeFound = c != null && c.event() != null ? 1 : 0;
      int typeOk = c != null && item.type() != null && typeAgrees(item, c) ? 1 : 0;
      add(0, typeExpected, typeFound, typeOk);
      if (c != null && typeOk < Math.max(typeExpected, typeFound)) {
        misses.add(where + ": type " + (item.type() == null ? "-" : item.type() + "/" + item.mode())
            + " got " + (c.event() == null ? "-" : c.event().type() + "/" + c.event().mode()));
      }
      // actors
      int actorsExpected = item.sources().size() + item.targets().size();
      int actorsFound = c == null ? 0 : names(c, "source").size() + names(c, "target").size();
      int actorsOk = c == null ? 0 : agreeingActors(item, c);
      add(1, actorsExpected, actorsFound, actorsOk);
      if (c != null && actorsOk < Math.max(actorsExpected, actorsFound)) {
        misses.add(where + ": actors source=" + item.sources() + " target=" + item.targets()
            + " got source=" + names(c, "source") + " target=" + names(c, "target"));
      }
      // date
      int dateExpected = item.date() == null ? 0 : 1;
      int dateFound = c != null && hasDate(c.date()) ? 1 : 0;
      int dateOk = c != null && item.date() != null && dateAgrees(item.date(), c.date()) ? 1 : 0;
      add(2, dateExpected, dateFound, dateOk);
      if (c != null && dateOk < Math.max(dateExpected, dateFound)) {
        misses.add(where + ": date " + item.date() + " got " + describe(c.date()));
      }
      // quantity
      int qExpected = item.quantities().size();
      int qFound = c == null ? 0 : c.quantities().size();
      int qOk = c == null ? 0 : agreeingQuantities(item.quantities(), c.quantities());
      add(3, qExpected, qFound, qOk);
      if (c != null && qOk < Math.max(qExpected, qFound)) {
        misses.add(where + ": quantities " + item.quantities() + " got " + describeQuantities(c.quantities()));
      }
      // speaker and cited
      int sExpected = (item.speaker() == null ? 0 : 1) + (item.cited() == null ? 0 : 1);
      int sFound = c == null ? 0 : speakerCount(c.attribution());
      int sOk = c == null ? 0 : agreeingSpeakers(item, c.attribution());
      add(4, sExpected, sFound, sOk);
      if (c != null && sOk < Math.max(sExpected, sFound)) {
        misses.add(where + ": speaker " + item.speaker() + " cited " + item.cited() + " got "
            + describe(c.attribution()));
      }
      // stance
      int stOk = c != null && item.stance() == c.stance() ? 1 : 0;
      add(5, 1, c == null ? 0 : 1, stOk);
      if (c != null && stOk == 0) {
        misses.add(where + ": stance " + item.stance().wireName() + " got " + c.stance().wireName());
      }
    }

    void extra(Claim c) {
      misses.add("extra claim " + c.kind().wireName()
          + (c.event() == null ? "" : " " + c.event().type() + "/" + c.event().mode() + " '" + c.event().trigger() + "'")
          + " in '" + abbreviate(c.sentence()) + "'");
      add(0, 0, c.event() == null ? 0 : 1, 0);
      add(1, 0, names(c, "source").size() + names(c, "target").size(), 0);
      add(2, 0, hasDate(c.date()) ? 1 : 0, 0);
      add(3, 0, c.quantities().size(), 0);
      add(4, 0, speakerCount(c.attribution()), 0);
      add(5, 0, 1, 0);
    }

    private void add(int field, int e, int f, int a) {
      expected[field] += e;
      found[field] += f;
      agreeing[field] += a;
    }

    private static int speakerCount(Attribution a) {
      return a == null ? 0 : (a.speaker() == null ? 0 : 1) + (a.cited() == null ? 0 : 1);
    }

    private static String describe(DateSpan d) {
      return d == null ? "-" : d.value() + " [" + d.start() + ".." + d.end() + "]";
    }

    private static String describe(Attribution a) {
      return a == null ? "-" : (a.speaker() == null ? "-" : a.speaker().name())
          + " citing " + (a.cited() == null ? "-" : a.cited().name());
    }

    private static String describeQuantities(List<Quantity> qs) {
      List<String> out = new ArrayList<>();
      for (Quantity q : qs) {
        out.add(q.value() + (q.low() == null ? "" : " [" + q.low() + ".." + q.high() + "]") + " "
            + q.bound().wireName() + " " + q.item());
      }
      return out.toString();
    }

    private static String abbreviate(String s) {
      String t = s.replaceAll("\\s+", " ");
      return t.length() <= 90 ? t : t.substring(0, 87) + "...";
    }
  }
}
