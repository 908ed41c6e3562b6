package org.storyline.nlp.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.storyline.core.claim.Bound;
import org.storyline.core.claim.Quantity;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;
import org.storyline.nlp.time.Anchor;
import org.storyline.nlp.time.ResolvedTime;
import org.storyline.nlp.time.TemporalResolver;
import org.storyline.nlp.time.Tense;

/**
 * Finds reported numbers in English text with their hedge, unit and the item they count.
 * Stateless and thread-safe.
 *
 * <p>Bounds: "more than", "over", "at least", "upwards of", "in excess of", "no fewer than",
 * "just over" → AT_LEAST; "up to", "fewer than", "less than", "at most", "no more than",
 * "under", "as many as", "just under" → AT_MOST; "approximately", "around", "about",
 * "roughly", "some", "an estimated", "nearly", "almost", "close to" → APPROX (nearly and
 * almost name a value just short of the true one, so they are kept as an approximation of it
 * rather than an upper bound); "between X and Y", "X to Y", "X-Y", "X or Y" → RANGE with
 * value = low; "dozens" (24..99), "hundreds" (200..999), "thousands", "tens of thousands",
 * "hundreds of thousands", "millions" (each 2..10 times the unit less one), "several" (3..9),
 * "a few" (2..5) → VAGUE with value = low. Otherwise EXACT.
 *
 * <p>Units: currencies ($, US$, €, £, dollars, euros, rubles, won, ...) → ISO code ("USD");
 * "%"/"percent" → "percent"; km, miles, tonnes, ... as written in a normal form; fractions
 * ("half", "a third") → "fraction"; durations ("two days", "in 24 years") are kept with unit
 * "days"/"years"/... because they are not counts of items; "one in 10,000 readers" is one
 * quantity with unit "ratio" and value 0.0001. The item is the noun phrase after the number
 * (after "of" for vague amounts, fractions and money), as written, without leading articles.
 *
 * <p>Not quantities: dates and years (found with {@link TemporalResolver}), ordinals,
 * calibres ("122 mm", "152mm shells"), ages ("78-year-old"), times of day, compound adjectives
 * ("one-line", "two-way", "10-day"), model names ("Hwasong-11", "KN-23", "Su-27"), document
 * labels ("Resolution 2231"), a bare "one" that counts nothing.
 */
public final class QuantityParser {
  private static final Set<String> LABELS = Set.of("resolution", "article", "section", "chapter", "flight",
      "route", "highway", "unit", "no", "number", "part", "protocol", "room", "page", "level", "phase", "block",
      "building", "item", "rule", "grade", "platform", "paragraph", "clause", "annex", "version", "model",
      "series", "class", "type", "brigade", "division", "regiment", "battalion", "corps", "army", "squadron",
      "district", "zone", "sector", "line", "gate", "terminal", "plot", "lot", "case", "bill", "law", "decree",
      "round", "stage", "step", "season", "episode", "day", "week", "act", "scene", "figure", "table", "exhibit");
  private final TemporalResolver dates = new TemporalResolver();

  /**
   * Every quantity in {@code text[from, to)}; offsets are absolute in {@code text}.
   *
   * @throws StorylineException INVALID_ARGUMENT if the range is not within the text
   */
  public List<FoundQuantity> find(String text, int from, int to) {
    Objects.requireNonNull(text, "text");
    if (from < 0 || to > text.length() || to < from) {
      throw new StorylineException(ErrorCode.INVALID_ARGUMENT,
          "quantity range [" + from + ", " + to + ") is outside a text of length " + text.length());
    }
    List<ResolvedTime> times = dates.resolve(text, from, to, Anchor.unknown(), Tense.UNKNOWN);
    List<Token> t = TextTokens.of(text, from, to);
    List<FoundQuantity> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      int next = i + 1;
      if (!insideDate(times, t.get(i)) && !labelled(t, i)) {
        FoundQuantity q = at(text, t, i, times);
        if (q != null) {
          out.add(q);
          while (next < t.size() && t.get(next).start() < q.end()) {
            next++;
          }
        } else {
          NumberReader.ReadNumber skipped = NumberReader.read(t, i);
          if (skipped == null && t.get(i).isDigits()) {
            // a rejected number (ordinal, model name, calibre) swallows its glued tail
            while (next < t.size() && t.get(next).glued()) {
              next++;
            }
            if (next < t.size() && isCalibreWord(t.get(next))) {
              next++;
            }
          }
        }
      }
      i = next;
    }
    return out;
  }

  /** Convenience: the whole text. */
  public List<FoundQuantity> find(String text) {
    return find(text, 0, text.length());
  }

  private FoundQuantity at(String text, List<Token> t, int i, List<ResolvedTime> times) {
    NumberReader.ReadNumber n = NumberReader.read(t, i);
    if (n == null || listMarker(text, t, i, n)) {
      return null;
    }
    int startTok = i;
    int j = n.next();
    Bound bound = n.vague() ? Bound.VAGUE : Bound.EXACT;
    double value = n.value();
    Double low = n.low();
    Double high = n.high();
    String unit = n.unit();
    int start = t.get(i).start();
    Hedge hedge = Hedge.before(text, start);
    // ratio: one in 10,000 readers
    if (j + 1 < t.size() && (t.get(j).is("in") || (t.get(j).is("out") && j + 2 < t.size() && t.get(j + 1).is("of")))
        && !n.vague() && unit == null) {
      int k = t.get(j).is("in") ? j + 1 : j + 2;
      NumberReader.ReadNumber d = k < t.size() && !insideDate(times, t.get(k)) ? NumberReader.read(t, k) : null;
      if (d != null && !d.vague() && d.unit() == null && d.value() > value && !d.fraction()) {
        value = value / d.value();
        unit = "ratio";
        j = d.next();
        n = new NumberReader.ReadNumber(value, null, null, false, unit, j, false, false);
      }
    }
    // ranges: X to Y, X-Y, X or Y, between X and Y
    if (!"ratio".equals(unit) && j + 1 < t.size()) {
      Token sep = t.get(j);
      boolean dash = (sep.text().equals("-") || sep.text().equals("–")) && n.next() == j;
      boolean and = sep.is("and") && hedge != null && hedge.word().equals("between");
      if (dash || sep.is("to") || sep.is("or") || and) {
        int k = j + 1;
        if (k < t.size() && CURRENCY_SIGNS.contains(t.get(k).text()) && unit != null) {
          k++;
        }
        NumberReader.ReadNumber second = k < t.size() && !insideDate(times, t.get(k)) ? NumberReader.read(t, k) : null;
        if (second != null && !second.vague() && !second.fraction()) {
          double a = value;
          double b = second.value();
          Double scale = NumberReader.scale(t.get(second.next() - 1).lower());
          if (scale != null && n.next() == i + 1 && t.get(i).isDigits() && a * scale <= b) {
            a *= scale; // "3 to 5 million"
          }
          if (b > a) {
            low = a;
            high = b;
            value = a;
            bound = Bound.RANGE;
            j = second.next();
            if (unit == null) {
              unit = second.unit();
            }
          }
        }
      }
    }
    if (hedge != null) {
      bound = hedge.apply(bound);
    }
    boolean usedHedge = hedge != null && (bound == Bound.AT_LEAST || bound == Bound.AT_MOST
        || bound == Bound.APPROX || bound == Bound.RANGE && hedge.opensRange());
    // unit glued to the number: 320g, 1TB, 4KHz, 5G
    if (unit == null && j == i + 1 && j < t.size() && t.get(j).glued() && t.get(j).isWord() && t.get(i).isDigits()
        && Units.of(t.get(j).text()) == null) {
      unit = t.get(j).text();
      j++;
    }
    // unit after the number
    if (unit == null && j < t.size()) {
      String u = t.get(j).lower();
      if (u.equals("per") && j + 1 < t.size() && t.get(j + 1).is("cent")) {
        unit = "percent";
        j += 2;
      } else if (Units.of(u) != null && !(u.equals("won") && !n.vague() && value < 1000)
          && !(u.equals("pounds") && j + 1 < t.size() && t.get(j + 1).is("of"))) {
        unit = Units.of(u);
        j++;
        if ((u.equals("sq") || u.equals("square")) && j < t.size()) {
          j++;
        }
      } else if (u.equals("square") && j + 1 < t.size() && Units.of(t.get(j + 1).text()) != null) {
        unit = Units.of(t.get(j + 1).text()) + "2";
        j += 2;
      } else if (u.equals("us") && j + 1 < t.size() && t.get(j + 1).is("dollars")) {
        unit = "USD";
        j += 2;
      }
    }
    if (unit == null && j < t.size() && isCalibreWord(t.get(j))) {
      return null;
    }
    // the item
    int itemFrom = j;
    boolean viaOf = false;
    if (itemFrom < t.size() && t.get(itemFrom).is("of")
        && (n.vague() || n.fraction() || unit != null || isScaleWordBefore(t, itemFrom))) {
      itemFrom++;
      viaOf = true;
    } else if (unit != null && Units.isMoney(unit) && itemFrom + 1 < t.size()
        && (t.get(itemFrom).is("in") || t.get(itemFrom).is("for"))) {
      itemFrom++;
      viaOf = true;
    } else if (unit != null && Units.isMoney(unit) && itemFrom + 2 < t.size() && t.get(itemFrom).is("worth")
        && t.get(itemFrom + 1).is("of")) {
      itemFrom += 2;
      viaOf = true;
    }
    while (itemFrom < t.size() && (t.get(itemFrom).is("the") || t.get(itemFrom).is("a") || t.get(itemFrom).is("an")
        || t.get(itemFrom).is("these") || t.get(itemFrom).is("its") || t.get(itemFrom).is("their"))) {
      itemFrom++;
    }
    String item = null;
    int end = t.get(j - 1).end();
    boolean needsOf = n.vague() && Set.of("dozens", "scores", "hundreds", "thousands", "millions", "billions",
        "tens").contains(t.get(i).lower());
    boolean itemAllowed = (!needsOf || viaOf) && !(unit != null && !Units.isMoney(unit) && !viaOf
        && !"ratio".equals(unit) && !"percent".equals(unit))
        && !Units.isDuration(unit);
    if (itemAllowed && (unit == null || viaOf || "ratio".equals(unit))) {
      CountedItem.Phrase p = CountedItem.after(t, itemFrom, t.size());
      if (p != null && !insideDate(times, t.get(p.from()))) {
        item = text.substring(t.get(p.from()).start(), t.get(p.to() - 1).end());
        end = t.get(p.to() - 1).end();
      }
    }
    if (item == null && unit == null && bound == Bound.EXACT && t.get(i).isDigits() && j == i + 1
        && t.get(i).text().length() == 4 && value >= 1900 && value <= 2099) {
      return null; // a year the date rules did not claim ("what 2025 might bring")
    }
    if (n.wordOne() && item == null) {
      return null; // "one of them", "one another"
    }
    if (n.fraction() && item == null) {
      return null;
    }
    if (usedHedge) {
      start = hedge.start();
    }
    Double outLow = bound == Bound.RANGE || bound == Bound.VAGUE ? low : null;
    Double outHigh = bound == Bound.RANGE || bound == Bound.VAGUE ? high : null;
    Quantity q = new Quantity(value, outLow, outHigh, bound, unit, item, text.substring(start, end));
    return new FoundQuantity(start, end, q);
  }

  private static final Set<String> CURRENCY_SIGNS = Set.of("$", "US$", "€", "£", "₩", "¥", "₽", "₴");

  /** "1." or "(5)" opening a line or an enumeration: a list marker, not an amount. */
  private static boolean listMarker(String text, List<Token> t, int i, NumberReader.ReadNumber n) {
    if (n.next() != i + 1 || !t.get(i).isDigits() || n.next() >= t.size()) {
      return false;
    }
    String after = t.get(n.next()).text();
    boolean lineStart = true;
    for (int k = t.get(i).start() - 1; k >= 0 && text.charAt(k) != '\n'; k--) {
      if (!Character.isWhitespace(text.charAt(k))) {
        lineStart = i > 0 && t.get(i - 1).text().equals("(") && t.get(i - 1).start() == k && allBlankBefore(text, k);
        break;
      }
    }
    return lineStart && (after.equals(".") || after.equals(")")) && t.get(n.next()).glued();
  }

  private static boolean allBlankBefore(String text, int k) {
    for (int x = k - 1; x >= 0 && text.charAt(x) != '\n'; x--) {
      if (!Character.isWhitespace(text.charAt(x))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isScaleWordBefore(List<Token> t, int ofIndex) {
    if (ofIndex == 0) {
      return false;
    }
    String w = t.get(ofIndex - 1).lower();
    return w.equals("million") || w.equals("billion") || w.equals("thousand") || w.equals("hundred")
        || w.equals("dozen") || w.equals("trillion");
  }

  private static boolean isCalibreWord(Token tok) {
    String x = tok.lower();
    return x.equals("mm") || x.startsWith("millimet") || x.equals("calibre") || x.equals("caliber");
  }

  /** True if the token starts inside one of the dates (sorted by start, not overlapping). */
  private static boolean insideDate(List<ResolvedTime> times, Token tok) {
    int lo = 0;
    int hi = times.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      ResolvedTime rt = times.get(mid);
      if (tok.start() < rt.start()) {
        hi = mid - 1;
      } else if (tok.start() >= rt.end()) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  private static boolean labelled(List<Token> t, int i) {
    if (i == 0) {
      return false;
    }
    Token prev = t.get(i - 1);
    if (!t.get(i).isDigits()) {
      return t.get(i).isWord() && prev.isWord() && Character.isUpperCase(prev.text().charAt(0))
          && Character.isUpperCase(t.get(i).text().charAt(0)) && LABELS.contains(prev.lower()); // Phase Two
    }
    if (prev.text().equals(".") && i >= 2 && t.get(i - 2).is("no")) {
      return true;
    }
    return prev.isWord() && Character.isUpperCase(prev.text().charAt(0)) && LABELS.contains(prev.lower());
  }

}
