package org.storyline.nlp.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storyline.core.claim.Attribution;
import org.storyline.core.claim.Bound;
import org.storyline.core.claim.Claim;
import org.storyline.core.claim.ClaimKind;
import org.storyline.core.claim.EventFrame;
import org.storyline.core.claim.EventType;
import org.storyline.core.claim.Quantity;
import org.storyline.core.claim.Stance;
import org.storyline.core.document.Article;
import org.storyline.core.document.SourceFormat;
import org.storyline.core.document.SourceRef;
import org.storyline.core.entity.EntityRef;
import org.storyline.core.error.StorylineException;
import org.storyline.core.stage.DocumentAnalysis;
import org.storyline.core.time.DateSpan;

/** The gold format and the field-by-field scoring, on hand-built claims (no CoreNLP). */
class ClaimEvaluationTest {
  private static final String BODY = "Chile sent more than 40 trucks to Peru on Monday, officials said. "
      + "Peru denied the report.";
  private static final String S1 = "Chile sent more than 40 trucks to Peru on Monday, officials said.";
  private static final String S2 = "Peru denied the report.";

  private static final List<String> GOLD = List.of(
      "# two items",
      "@doc c01 published=2024-05-08",
      "c01 | sent more than 40 | type=AID/military | source=Chile | target=Peru | date=2024-05-06"
          + " | qty=40 at_least trucks | speaker=officials | stance=reported",
      "c01 | Peru denied | type=REJECT | source=Peru | stance=denied");

  private static Article article(String id, String path) {
    return new Article(id, new SourceRef(path, null, SourceFormat.TEXT, null), null, null, List.of(), null, "en",
        BODY, null, List.of());
  }

  private static Claim sent(String source, DateSpan date, Quantity q, Stance stance) {
    return new Claim("k1", "c01", S1, 0, S1.length(), ClaimKind.EVENT, new EventFrame(EventType.AID, "military", "sent"),
        List.of(new EntityRef(null, source, "source", null), new EntityRef(null, "Peru", "target", null)), null, date,
        q == null ? List.of() : List.of(q), new Attribution(new EntityRef(null, "officials", "speaker", null), null, "said"),
        stance, null, null, 0.8);
  }

  private static Claim denied() {
    int start = BODY.indexOf(S2);
    return new Claim("k2", "c01", S2, start, start + S2.length(), ClaimKind.EVENT,
        new EventFrame(EventType.REJECT, "deny", "denied"), List.of(new EntityRef(null, "Peru", "source", null)),
        null, null, List.of(), null, Stance.DENIED, null, null, 0.8);
  }

  private static ClaimEvaluation.Result score(List<Claim> claims) {
    ClaimGold g = ClaimGold.parse(GOLD, "test");
    return new ClaimEvaluation().evaluate(g, List.of(article("c01", "in/c01.txt")),
        List.of(new DocumentAnalysis("c01", List.of(), claims, List.of(), 10)));
  }

  @Test
  void perfectClaimsScoreOneEverywhere() {
    Quantity q = new Quantity(40, null, null, Bound.AT_LEAST, null, "trucks", "more than 40 trucks");
    ClaimEvaluation.Result r = score(List.of(
        sent("Chile", DateSpan.day(LocalDate.of(2024, 5, 6), "on Monday", "document"), q, Stance.REPORTED), denied()));
    for (String f : List.of("claims", "type", "actors", "date", "quantity", "speaker", "stance", "overall")) {
      assertEquals(1.0, r.field(f).precision(), f + "\n" + r);
      assertEquals(1.0, r.field(f).recall(), f + "\n" + r);
    }
    assertTrue(r.toString().contains("precision"));
    assertTrue(r.misses().isEmpty(), r.misses().toString());
  }

  @Test
  void wrongFieldsCountAgainstThatFieldOnly() {
    Quantity q = new Quantity(40, null, null, Bound.EXACT, null, "trucks", "40 trucks");
    ClaimEvaluation.Result r = score(List.of(
        sent("Bolivia", DateSpan.day(LocalDate.of(2024, 5, 7), "x", "document"), q, Stance.ASSERTED), denied()));
    assertEquals(1.0, r.field("type").recall());
    assertEquals(new FieldScore("actors", 3, 3, 2), r.field("actors"));
    assertEquals(new FieldScore("date", 1, 1, 0), r.field("date"));
    assertEquals(new FieldScore("quantity", 1, 1, 0), r.field("quantity"));
    assertEquals(new FieldScore("stance", 2, 2, 1), r.field("stance"));
    assertEquals(1.0, r.field("speaker").recall());
  }

  @Test
  void missingAndExtraClaimsLowerRecallAndPrecision() {
    Claim extra = new Claim("k3", "c01", S2, BODY.indexOf(S2), BODY.indexOf(S2) + S2.length(), ClaimKind.QUOTE, null,
        List.of(), null, null, List.of(), null, Stance.REPORTED, "x", null, 0.5);
    ClaimEvaluation.Result r = score(List.of(denied(), extra));
    assertEquals(new FieldScore("claims", 2, 2, 1), r.field("claims"));
    assertEquals(0.5, r.field("type").recall());
    assertEquals(1.0, r.field("type").precision());
    assertEquals(new FieldScore("stance", 2, 2, 1), r.field("stance"));
    assertTrue(r.misses().stream().anyMatch(m -> m.startsWith("extra claim quote")), r.misses().toString());
  }

  @Test
  void claimsOfOtherDocumentsAreIgnoredAndFileNamesMatchKeys() {
    assertTrue(ClaimEvaluation.belongs(article("x", "seeds/c01_abc.txt"), "c01"));
    assertTrue(ClaimEvaluation.belongs(article("c01", null), "c01"));
    assertFalse(ClaimEvaluation.belongs(article("x", "seeds/c010.txt"), "c01"));
    ClaimGold g = ClaimGold.parse(GOLD, "test");
    ClaimEvaluation.Result r = new ClaimEvaluation().evaluate(g, List.of(article("other", "in/zz.txt")),
        List.of(new DocumentAnalysis("other", List.of(), List.of(denied()), List.of(), 10)));
    assertEquals(0, r.field("claims").found());
    assertEquals(0.0, r.field("claims").recall());
  }

  @ParameterizedTest
  @CsvSource({
      "Shoigu, Sergei Shoigu, true",
      "sergei shoigu, Shoigu, true",
      "North Korea, South Korea, false",
      "Russia's Security Council, Security Council, true",
      "the Kremlin, Kremlin, true",
      "Pyongyang, North Korea, false"})
  void namesAgreeByTokenContainment(String a, String b, boolean agree) {
    assertEquals(agree, NameMatch.agrees(a, b));
  }

  @Test
  void goldLinesParseIntoFields() {
    ClaimGold g = ClaimGold.parse(List.of(
        "@doc d1 published=2024-06",
        "@body d1 | First line | Last line",
        "@drop d1 | Related:",
        "d1 | frag | type=SANCTION/veto | source=Russia; China | date=..2024-03-14 | qty=10..15 range jets; 0 vague troops"
            + " | cited=KCNA/Korean Central News Agency | stance=planned"), "t");
    ClaimGold.Item i = g.items().get(0);
    assertEquals(EventType.SANCTION, i.type());
    assertEquals("veto", i.mode());
    assertEquals(2, i.sources().size());
    assertEquals(new ClaimGold.GoldDate(null, "2024-03-14", null), i.date());
    assertEquals(Bound.RANGE, i.quantities().get(0).bound());
    assertEquals(15.0, i.quantities().get(0).high());
    assertEquals(List.of("KCNA", "Korean Central News Agency"), i.cited().aliases());
    assertEquals(Stance.PLANNED, i.stance());
    ClaimGold.GoldDocument d = g.documents().get(0);
    assertEquals("2024-06", d.published());
    assertEquals(List.of("Related:"), d.drops());
    assertEquals("A\n\nLast line here", ClaimEvalRunner.cut(
        new ClaimGold.GoldDocument("d1", null, "A", "Last line", List.of("Related:")),
        List.of("menu", "A", "", "Related: x", "Last line here", "footer")));
  }

  @ParameterizedTest
  @CsvSource({"d1 | frag | colour=red", "d1 | frag | type=NOPE", "d1", "@what d1", "d1 | frag | qty=ten exact x",
      "d1 | frag | date=2024-13"})
  void malformedLinesAreRejectedWithTheLineNumber(String line) {
    StorylineException e = assertThrows(StorylineException.class, () -> ClaimGold.parse(List.of("# c", line), "g"));
    assertTrue(e.getMessage().startsWith("g:2:"), e.getMessage());
  }

  @Test
  void randomClaimSetsKeepCountsConsistent() {
    Random rnd = new Random(7);
    for (int round = 0; round < 50; round++) {
      List<Claim> claims = new ArrayList<>();
      if (rnd.nextBoolean()) {
        claims.add(sent(rnd.nextBoolean() ? "Chile" : "Peru", rnd.nextBoolean() ? null
            : DateSpan.day(LocalDate.of(2024, 5, 1 + rnd.nextInt(10)), "d", "document"), null,
            Stance.values()[rnd.nextInt(Stance.values().length)]));
      }
      if (rnd.nextBoolean()) {
        claims.add(denied());
      }
      ClaimEvaluation.Result r = score(claims);
      for (FieldScore f : r.fields()) {
        assertTrue(f.precision() >= 0 && f.precision() <= 1 && f.recall() >= 0 && f.recall() <= 1, f.toString());
      }
      assertEquals(claims.size(), r.field("claims").found());
      int sum = r.fields().stream().mapToInt(FieldScore::agreeing).sum();
      assertEquals(sum, r.overall().agreeing());
    }
  }

  @Test
  void aVagueAmountAgreesWhateverItsConventionalValueButNotWithAnotherBoundOrItem() {
    ClaimGold.GoldQuantity dozens = new ClaimGold.GoldQuantity(0, null, null, Bound.VAGUE, "drones");
    assertTrue(ClaimEvaluation.quantityAgrees(dozens,
        new Quantity(24, 24.0, 99.0, Bound.VAGUE, null, "attack drones", "dozens of attack drones")));
    assertFalse(ClaimEvaluation.quantityAgrees(dozens,
        new Quantity(24, null, null, Bound.EXACT, null, "drones", "24 drones")));
    assertFalse(ClaimEvaluation.quantityAgrees(dozens,
        new Quantity(2000, 2000.0, 9999.0, Bound.VAGUE, null, "troops", "thousands of troops")));
  }
}
