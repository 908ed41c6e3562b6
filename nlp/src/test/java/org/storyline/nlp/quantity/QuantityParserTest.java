package org.storyline.nlp.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyline.core.claim.Bound;
import org.storyline.core.claim.Quantity;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;

class QuantityParserTest {
  private final QuantityParser parser = new QuantityParser();

  @ParameterizedTest
  @ValueSource(strings = {
      "Russia fired 122 mm artillery shells at Kherson.",
      "Bloomberg reported large stockpiles of 152mm shells.",
      "The 78-year-old leader spoke for an hour.",
      "Events marked the 70th anniversary of the armistice.",
      "The strike happened at 7:27 PM.",
      "The Hwasong-11 and KN-23 are short-range missiles.",
      "The pilot flew a Su-27 over the sea.",
      "Officials cited Resolution 2231 in the letter.",
      "In 2019 the talks collapsed.",
      "Weapons made in the 1970s were found.",
      "The delegation arrived on May 20.",
      "The agency sent a one-line dispatch.",
      "Blinken called the ties a two-way street.",
      "He was the first to arrive.",
      "One of the ministers resigned.",
      "They talked about one another.",
      "The F-16 jets arrived at Kalynivka.",
      "The G7 summit opened in Apulia.",
      "Flight 17 was shot down over Donetsk.",
      "The convoy left at 6 a.m. from the depot.",
      "Members hope for what 2025 might bring.",
      "The 155-millimetre rounds were delivered.",
      "Phase Two of the drills began.",
      "The model scores its own answers."})
  void findsNoCountWhereThereIsNone(String sentence) {
    List<FoundQuantity> found = parser.find(sentence, 0, sentence.length());
    assertTrue(found.isEmpty(), () -> "unexpected " + found);
  }

  @Test
  void aHedgeMustTouchTheNumber() {
    Quantity q = parser.find("They talked about the two countries.").get(0).quantity();
    assertEquals(Bound.EXACT, q.bound());
    assertEquals("two countries", q.text());
  }

  @Test
  void listMarkersAreNotAmounts() {
    String text = "Steps:\n1. Seal the border\n(2) Count 40 trucks\n";
    List<FoundQuantity> found = parser.find(text);
    assertEquals(List.of("40 trucks"), found.stream().map(f -> f.quantity().text()).toList());
  }

  @Test
  void lettersGluedToANumberAreItsUnit() {
    Quantity q = parser.find("The drone carries a 40kg warhead.").get(0).quantity();
    assertEquals(40, q.value());
    assertEquals("kg", q.unit());
  }

  @Test
  void offsetsAreAbsoluteForARegion() {
    String text = "Ignore 40 of these. Kyiv received 31 Abrams tanks. Ignore 7 more.";
    int from = text.indexOf("Kyiv");
    int to = text.indexOf("Ignore 7");
    List<FoundQuantity> found = parser.find(text, from, to);
    assertEquals(1, found.size());
    assertEquals("31 Abrams tanks", text.substring(found.get(0).start(), found.get(0).end()));
  }

  @Test
  void rejectsARegionOutsideTheText() {
    assertEquals(ErrorCode.INVALID_ARGUMENT,
        assertThrows(StorylineException.class, () -> parser.find("short", 3, 9)).code());
  }

  /** Random amounts written with thousands commas, scale words and hedges come back as written. */
  @Test
  void randomAmountsRoundTrip() {
    Random random = new Random(42L);
    String[][] hedges = {{"more than", "AT_LEAST"}, {"at least", "AT_LEAST"}, {"up to", "AT_MOST"},
        {"about", "APPROX"}, {"nearly", "APPROX"}, {"", "EXACT"}};
    String[] items = {"artillery shells", "drones", "troops", "refugees", "tanks", "containers of fuel"};
    for (int i = 0; i < 300; i++) {
      long n = 1 + random.nextInt(999_999);
      boolean scaled = random.nextBoolean();
      String number = scaled ? (n % 1000) + 1 + " million" : String.format(Locale.US, "%,d", n);
      double expected = scaled ? ((n % 1000) + 1) * 1e6 : n;
      String[] h = hedges[random.nextInt(hedges.length)];
      String item = items[random.nextInt(items.length)];
      String phrase = (h[0].isEmpty() ? "" : h[0] + " ") + number + " " + item;
      String sentence = "Officials said " + phrase + " were counted.";
      List<FoundQuantity> found = parser.find(sentence);
      assertEquals(1, found.size(), sentence + " -> " + found);
      Quantity q = found.get(0).quantity();
      assertEquals(expected, q.value(), 1e-6, sentence);
      assertEquals(Bound.valueOf(h[1]), q.bound(), sentence);
      assertEquals(item, q.item(), sentence);
      assertEquals(phrase, q.text(), sentence);
    }
  }

  @Test
  void seedPhrasesMeetTheirTargets() throws IOException {
    Path dir = Path.of(System.getProperty("storyline.shared", "../shared"), "seeds");
    assumeTrue(Files.isDirectory(dir), "shared seeds not available");
    StringBuilder all = new StringBuilder();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.sorted().toList()) {
        all.append(Files.readString(p)).append('\n');
      }
    }
    List<Quantity> found = parser.find(all.toString()).stream().map(FoundQuantity::quantity).toList();
    expect(found, "more than 5 million artillery shells", 5_000_000, Bound.AT_LEAST, "artillery shells");
    expect(found, "over 3 million artillery shells", 3_000_000, Bound.AT_LEAST, "artillery shells");
    expect(found, "around 7,000 containers of ammunition", 7000, Bound.APPROX, "containers of ammunition");
    expect(found, "approximately 50 North Korean Hwasong-11 missiles", 50, Bound.APPROX,
        "North Korean Hwasong-11 missiles");
    expect(found, "more than 20 North Korean-made weapons", 20, Bound.AT_LEAST, "North Korean-made weapons");
    expect(found, "dozens of short-range ballistic missiles", 24, Bound.VAGUE, "short-range ballistic missiles");
    expect(found, "six regions", 6, Bound.EXACT, "regions");
    expect(found, "millions of artillery shells", 2_000_000, Bound.VAGUE, "artillery shells");
    for (Quantity q : found) {
      assertTrue(!q.text().contains("122") && !q.text().contains("152") && !q.text().contains("Hwasong-11 and")
          && !q.text().contains("70th") && !q.text().contains("7:27") && !q.text().startsWith("2025"),
          "not a count: " + q);
    }
  }

  private static void expect(List<Quantity> found, String text, double value, Bound bound, String item) {
    Quantity q = found.stream().filter(f -> f.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("'" + text + "' not among " + found.stream().map(Quantity::text).toList()));
    assertEquals(value, q.value(), 1e-9, text);
    assertEquals(bound, q.bound(), text);
    assertEquals(item, q.item(), text);
  }

  /** Random soup of number-like tokens never throws, and every quantity is valid and in the text. */
  @Test
  void randomTokenSoupNeverBreaks() {
    Random random = new Random(5L);
    String[] pieces = {"3", "7,000", "5.2", "million", "billion", "dozens", "of", "hundreds", "thousands", "tens",
        "half", "a", "third", "two-thirds", "twenty-five", "and", "between", "to", "-", "or", "more than", "up to",
        "some", "nearly", "$", "€", "%", "percent", "km", "mm", "122", "Hwasong-11", "shells", "troops", "in", "one",
        "10,000", "readers", "out", "7:27", "70th", "2019", "May", "20", "several", "few", "couple", "handful", ".",
        ",", "per", "cent", "worth", "won", "bn", "m", "the", "North Korean-made", "year-old", "78-year-old"};
    for (int i = 0; i < 500; i++) {
      StringBuilder sb = new StringBuilder();
      int n = 2 + random.nextInt(14);
      for (int k = 0; k < n; k++) {
        sb.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(5) == 0 ? "" : " ");
      }
      String text = sb.toString();
      int prevEnd = 0;
      for (FoundQuantity f : parser.find(text)) {
        assertTrue(f.start() >= prevEnd && f.end() <= text.length(), text + " -> " + f);
        assertEquals(f.quantity().text(), text.substring(f.start(), f.end()), text);
        assertTrue(Double.isFinite(f.quantity().value()), text);
        prevEnd = f.end();
      }
    }
  }
}
