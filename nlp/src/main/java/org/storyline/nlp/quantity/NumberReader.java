package org.storyline.nlp.quantity;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one number starting at a token: digits with an optional scale ("5.2 billion", "7,000",
 * "$3bn"), number words ("twenty-five", "two hundred and fifty", "three million", "a dozen"),
 * vague amounts ("dozens", "hundreds of thousands", "several hundred", "a few") and fractions
 * ("half", "a third", "two-thirds"). Rejects what is not an amount: ordinals ("70th"), model
 * names ("Hwasong-11", "Su-27"), times ("7:27"), compound adjectives ("one-line", "10-day",
 * "78-year-old") and calibres ("122 mm", "152mm").
 */
final class NumberReader {
  /** What was read: value and, for vague amounts, the low/high ends. */
  record ReadNumber(double value, Double low, Double high, boolean vague, String unit, int next,
      boolean fraction, boolean wordOne) {}

  private static final Map<String, Integer> SMALL = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
      Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
      Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
      Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
      Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));
  private static final Map<String, Double> SCALE = Map.of("hundred", 1e2, "thousand", 1e3, "million", 1e6,
      "billion", 1e9, "trillion", 1e12, "mn", 1e6, "bn", 1e9, "tn", 1e12);
  private static final Map<String, Double> VAGUE_PLURAL = Map.of("dozens", 12.0, "scores", 20.0,
      "hundreds", 100.0, "thousands", 1e3, "millions", 1e6, "billions", 1e9);
  private static final Map<String, double[]> FEW = Map.of("several", new double[] {3, 9},
      "few", new double[] {2, 5}, "handful", new double[] {2, 6}, "couple", new double[] {2, 3});
  private static final Map<String, Double> FRACTIONS = Map.of("half", 0.5, "halves", 0.5, "third", 1.0 / 3,
      "thirds", 1.0 / 3, "quarter", 0.25, "quarters", 0.25);
  private static final Set<String> CALIBRE = Set.of("mm", "millimetre", "millimeter", "millimetres",
      "millimeters", "calibre", "caliber", "cal");
  private static final Set<String> CLOCK = Set.of("am", "pm", "a.m", "p.m", "gmt", "utc", "cet", "est", "edt",
      "bst", "kst", "msk", "hrs", "o'clock", "h");
  private static final Map<String, String> CURRENCY_SIGN = Map.of("$", "USD", "US$", "USD", "€", "EUR",
      "£", "GBP", "₩", "KRW", "¥", "JPY", "₽", "RUB", "₴", "UAH");

  private NumberReader() {}

  /** The multiplier of a scale word ("million" → 1e6), or null. */
  static Double scale(String lowerWord) {
    return SCALE.get(lowerWord);
  }

  /** The number starting at token {@code i}, or null. */
  static ReadNumber read(List<Token> t, int i) {
    Token first = t.get(i);
    String currency = CURRENCY_SIGN.get(first.text());
    if (currency != null) {
      if (i + 1 >= t.size() || !t.get(i + 1).isDigits()) {
        return null;
      }
      ReadNumber n = digits(t, i + 1, true);
      return n == null ? null : new ReadNumber(n.value(), n.low(), n.high(), n.vague(), currency, n.next(),
          false, false);
    }
    if (first.isDigits()) {
      return digits(t, i, false);
    }
    if (first.isWord()) {
      return words(t, i);
    }
    return null;
  }

  private static ReadNumber digits(List<Token> t, int i, boolean money) {
    Token d = t.get(i);
    Token prev = i > 0 ? t.get(i - 1) : null;
    if (prev != null && d.glued() && (prev.isWord() || prev.text().equals(":") || prev.text().equals("#")
        || prev.text().equals("/") || prev.text().equals("."))) {
      return null; // G20, 7:27, #3
    }
    if (prev != null && d.glued() && (prev.text().equals("-") || prev.text().equals("–")) && i >= 2
        && t.get(i - 2).isWord() && prev.glued()) {
      return null; // Hwasong-11, KN-23, Su-27
    }
    Token next = i + 1 < t.size() ? t.get(i + 1) : null;
    if (next != null && next.glued()) {
      String n = next.lower();
      if (n.equals("th") || n.equals("st") || n.equals("nd") || n.equals("rd") || n.equals(":")
          || CALIBRE.contains(n) || n.equals("/")) {
        return null;
      }
      if ((n.equals("-") || n.equals("–")) && i + 2 < t.size() && t.get(i + 2).glued() && t.get(i + 2).is("strong")) {
        double strong = Double.parseDouble(d.text().replace(",", ""));
        return new ReadNumber(strong, null, null, false, null, i + 3, false, false); // a 10,000-strong force
      }
      if ((n.equals("-") || n.equals("–")) && i + 2 < t.size() && t.get(i + 2).glued() && t.get(i + 2).isWord()
          && !SCALE.containsKey(t.get(i + 2).lower())) {
        return null; // 10-day, 78-year-old, 155-mm
      }
      if (n.equals(".") && i + 2 < t.size() && t.get(i + 2).glued() && t.get(i + 2).isDigits()) {
        return null; // 13.09.2023 and the like
      }
    }
    if (next != null && (CALIBRE.contains(next.lower()) || CLOCK.contains(next.lower()))) {
      return null;
    }
    if (next != null && (next.is("a") || next.is("p")) && i + 2 < t.size() && t.get(i + 2).text().equals(".")) {
      return null; // 7 a.m.
    }
    double v;
    try {
      v = Double.parseDouble(d.text().replace(",", ""));
    } catch (NumberFormatException e) {
      return null;
    }
    int j = i + 1;
    if (j < t.size()) {
      String s = t.get(j).lower();
      Double scale = SCALE.get(s);
      if (scale == null && money && t.get(j).glued() && (s.equals("m") || s.equals("b") || s.equals("k"))) {
        scale = s.equals("m") ? 1e6 : s.equals("b") ? 1e9 : 1e3;
      }
      if (scale != null) {
        v *= scale;
        j++;
        if (j < t.size() && SCALE.containsKey(t.get(j).lower()) && SCALE.get(t.get(j).lower()) > scale) {
          v *= SCALE.get(t.get(j).lower());
          j++;
        }
      }
    }
    return new ReadNumber(v, null, null, false, null, j, false, false);
  }

  private static ReadNumber words(List<Token> t, int i) {
    String w = t.get(i).lower();
    // vague: dozens, hundreds (of thousands), tens of thousands
    if (w.equals("scores") && !(i + 1 < t.size() && t.get(i + 1).is("of"))) {
      return null; // "the model scores its feasibility"
    }
    if (VAGUE_PLURAL.containsKey(w) || (w.equals("tens") && plural(t, i + 2) != null && t.get(i + 1).is("of"))) {
      return vague(t, i);
    }
    boolean article = w.equals("a") || w.equals("an");
    int j = article ? i + 1 : i;
    if (j >= t.size()) {
      return null;
    }
    String x = t.get(j).lower();
    // several / a few / a handful / a couple (of) [hundred|thousand]
    if (FEW.containsKey(x) && (!x.equals("few") && !x.equals("handful") && !x.equals("couple") || article)) {
      if ((x.equals("handful") || x.equals("couple")) && !(j + 1 < t.size() && t.get(j + 1).is("of"))) {
        return null;
      }
      double[] r = FEW.get(x);
      int k = j + 1;
      double scale = 1;
      if (k < t.size() && SCALE.containsKey(t.get(k).lower())) {
        scale = SCALE.get(t.get(k).lower());
        k++;
      }
      if (x.equals("couple") && scale == 1) {
        return new ReadNumber(2, null, null, false, null, k + 1, false, false); // "a couple of" drones
      }
      return new ReadNumber(r[0] * scale, r[0] * scale, r[1] * scale, true, null, k, false, false);
    }
    // fractions: half, a third, two-thirds, three quarters
    if (x.equals("half") || (article && FRACTIONS.containsKey(x))) {
      if (!(j + 1 < t.size() && (t.get(j + 1).is("of") || t.get(j + 1).is("the") || t.get(j + 1).is("a")
          || t.get(j + 1).is("an")))) {
        return null;
      }
      if (x.equals("half") && t.get(j + 1).is("a") && j + 2 < t.size() && SCALE.containsKey(t.get(j + 2).lower())) {
        return new ReadNumber(0.5 * SCALE.get(t.get(j + 2).lower()), null, null, false, null, j + 3, false, false);
      }
      return new ReadNumber(FRACTIONS.get(x), null, null, false, "fraction", j + 1, true, false);
    }
    if (article && !(x.equals("dozen") || SCALE.containsKey(x))) {
      return null;
    }
    return cardinal(t, i, article);
  }

  private static ReadNumber cardinal(List<Token> t, int i, boolean article) {
    double total = 0;
    double current = article ? 1 : 0;
    int j = article ? i + 1 : i;
    boolean any = article;
    int end = j;
    while (j < t.size()) {
      Token tok = t.get(j);
      String x = tok.lower();
      if (SMALL.containsKey(x)) {
        current += SMALL.get(x);
        any = true;
        end = ++j;
        if (j + 1 < t.size() && t.get(j).text().equals("-") && t.get(j).glued() && t.get(j + 1).glued()
            && SMALL.containsKey(t.get(j + 1).lower())) {
          current += SMALL.get(t.get(j + 1).lower());
          end = j = j + 2;
        }
      } else if (x.equals("dozen") && any) {
        current = Math.max(current, 1) * 12;
        end = ++j;
      } else if (x.equals("hundred") && any) {
        current = Math.max(current, 1) * 100;
        end = ++j;
        if (j + 1 < t.size() && t.get(j).is("and") && SMALL.containsKey(t.get(j + 1).lower())) {
          j++;
        }
      } else if (SCALE.containsKey(x) && any && !x.equals("mn") && !x.equals("bn")) {
        total += Math.max(current, 1) * SCALE.get(x);
        current = 0;
        end = ++j;
      } else {
        break;
      }
    }
    if (!any || end == i) {
      return null;
    }
    // compound adjectives: one-line, two-way, three-day
    if (end < t.size() && t.get(end).text().equals("-") && t.get(end).glued() && end + 1 < t.size()
        && t.get(end + 1).glued() && t.get(end + 1).isWord()) {
      String after = t.get(end + 1).lower();
      if (FRACTIONS.containsKey(after) && !after.equals("half") && !after.equals("halves")) {
        return new ReadNumber((total + current) * FRACTIONS.get(after), null, null, false, "fraction", end + 2,
            true, false);
      }
      return null;
    }
    if (end < t.size() && (t.get(end).is("thirds") || t.get(end).is("quarters"))) {
      return new ReadNumber((total + current) * FRACTIONS.get(t.get(end).lower()), null, null, false, "fraction",
          end + 1, true, false);
    }
    double v = total + current;
    boolean one = v == 1 && end == i + 1 && t.get(i).is("one");
    return new ReadNumber(v, null, null, false, null, end, false, one);
  }

  private static ReadNumber vague(List<Token> t, int i) {
    String w = t.get(i).lower();
    double unit;
    int j;
    if (w.equals("tens")) {
      unit = 10 * VAGUE_PLURAL.get(t.get(i + 2).lower());
      j = i + 3;
    } else {
      unit = VAGUE_PLURAL.get(w);
      j = i + 1;
      // hundreds of thousands, dozens of millions
      if (j + 1 < t.size() && t.get(j).is("of") && plural(t, j + 1) != null) {
        unit *= VAGUE_PLURAL.get(t.get(j + 1).lower());
        j += 2;
      }
    }
    double low = w.equals("dozens") && unit == 12 ? 24 : 2 * unit;
    double high = w.equals("dozens") && unit == 12 ? 99 : 10 * unit - 1;
    if (w.equals("scores")) {
      low = 40;
      high = 99;
    }
    return new ReadNumber(low, low, high, true, null, j, false, false);
  }

  private static String plural(List<Token> t, int k) {
    if (k >= t.size()) {
      return null;
    }
    String x = t.get(k).lower();
    return x.equals("thousands") || x.equals("millions") || x.equals("billions") ? x : null;
  }
}
