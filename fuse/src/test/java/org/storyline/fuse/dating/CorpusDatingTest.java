package org.storyline.fuse.dating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storyline.core.claim.Claim;
import org.storyline.core.claim.ClaimKind;
import org.storyline.core.claim.EventFrame;
import org.storyline.core.claim.EventType;
import org.storyline.core.claim.Stance;
import org.storyline.core.document.Article;
import org.storyline.core.document.SourceFormat;
import org.storyline.core.document.SourceRef;
import org.storyline.core.entity.EntityRef;
import org.storyline.core.time.DateSpan;
import org.storyline.core.time.Granularity;

/**
 * The corpus-level narrowing on hand-built claims, with a small stand-in for the NLP time
 * rules: a planned weekday is the next such day on or after the document day, a reported one the
 * last on or before it; against a window the answers are coarsened to their whole month when they
 * differ. Evidence claims are written for this test (a visit, talks, arms deliveries).
 */
class CorpusDatingTest {
  private static final String PUTIN = "ent-putin";
  private static final String KIM = "ent-kim";
  private static final String NK = "ent-nk";
  private static final String RUSSIA = "ent-russia";

  private final Map<String, DateSpan> windows = new HashMap<>();
  private final CorpusDating stage = new CorpusDating(a -> windows.get(a.id()), CorpusDatingTest::redate);

  /** Stand-in for the NLP module's re-resolution of weekday expressions. */
  static DateSpan redate(Claim c, LocalDate earliest, LocalDate latest) {
    DateSpan old = c.date();
    if (old == null || old.text() == null || !old.text().endsWith("day")) {
      return old;
    }
    DayOfWeek w = DayOfWeek.valueOf(old.text().toUpperCase(java.util.Locale.ROOT));
    LocalDate low = null;
    LocalDate high = null;
    for (LocalDate d = earliest; !d.isAfter(latest); d = d.plusDays(1)) {
      LocalDate p = d.with(c.stance() == Stance.PLANNED ? TemporalAdjusters.nextOrSame(w)
          : TemporalAdjusters.previousOrSame(w));
      low = low == null || p.isBefore(low) ? p : low;
      high = high == null || p.isAfter(high) ? p : high;
    }
    if (low.equals(high)) {
      return new DateSpan(low, low, Granularity.DAY, low.toString(), old.text(), "inferred", null);
    }
    if (low.getMonth() == high.getMonth() && low.getYear() == high.getYear()) {
      return DateSpan.month(low.getYear(), low.getMonthValue(), old.text(), "inferred");
    }
    return DateSpan.unknown(old.value(), old.text(), "unresolved");
  }

  private static Article article(String id) {
    return new Article(id, new SourceRef(id + ".txt", null, SourceFormat.TEXT, null), null, null, List.of(), null,
        "en", "body", null, List.of());
  }

  private static int counter;

  private static Claim claim(String doc, EventType type, String mode, Stance stance, DateSpan date, String... entities) {
    List<EntityRef> actors = new ArrayList<>();
    for (String e : entities) {
      actors.add(new EntityRef(e, e.substring(4), actors.isEmpty() ? "source" : "target", null));
    }
    String sentence = "a sentence written for this test";
    return new Claim("claim-" + (counter++), doc, sentence, 0, sentence.length(), ClaimKind.EVENT,
        new EventFrame(type, mode, mode), actors, null, date, List.of(), null, stance, null, null, 0.8);
  }

  private static DateSpan weekday(String name) {
    return DateSpan.unknown("XXXX-WXX", name, "unresolved");
  }

  private void window(String doc, String from, String to) {
    windows.put(doc, new DateSpan(from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
        Granularity.UNKNOWN, null, null, "inferred", null));
  }

  @Test
  void plannedWeekdayNarrowedByAVisitReportedForThatMonth() {
    window("doc-plan", "2023-10-01", "2024-09-30");
    window("doc-report", "2024-07-01", "2024-12-31");
    Claim plan = claim("doc-plan", EventType.CONSULT, "visit", Stance.PLANNED, weekday("Tuesday"), PUTIN, NK);
    Claim report = claim("doc-report", EventType.CONSULT, "visit", Stance.REPORTED,
        DateSpan.month(2024, 6, "June", "inferred"), PUTIN, NK);
    CorpusDating.Result r = stage.date(List.of(article("doc-plan"), article("doc-report")), List.of(plan, report));
    assertEquals(1, r.narrowings().size());
    Narrowing n = r.narrowings().get(0);
    assertEquals("doc-plan", n.document());
    assertEquals(LocalDate.of(2024, 5, 29), n.earliest()); // the next Tuesday is June 4
    assertEquals(LocalDate.of(2024, 6, 25), n.latest()); // the last Tuesday of June
    DateSpan d = r.claims().get(0).date();
    assertEquals(Granularity.MONTH, d.granularity());
    assertEquals(LocalDate.of(2024, 6, 1), d.start());
    assertEquals(LocalDate.of(2024, 6, 30), d.end());
    assertSame(report, r.claims().get(1));
  }

  @Test
  void reportedWeekdayNarrowedToItsDayByADayPreciseReport() {
    window("doc-a", "2024-01-01", "2024-12-31");
    windows.put("doc-b", DateSpan.day(LocalDate.of(2024, 3, 9), null, "metadata"));
    Claim talks = claim("doc-a", EventType.CONSULT, "meet", Stance.REPORTED, weekday("Friday"), KIM, PUTIN);
    Claim dated = claim("doc-b", EventType.CONSULT, "meet", Stance.ASSERTED,
        DateSpan.day(LocalDate.of(2024, 3, 8), "March 8", "document"), PUTIN, KIM);
    CorpusDating.Result r = stage.date(List.of(article("doc-a"), article("doc-b")), List.of(talks, dated));
    Narrowing n = r.narrowings().get(0);
    assertEquals(LocalDate.of(2024, 3, 8), n.earliest());
    assertEquals(LocalDate.of(2024, 3, 14), n.latest());
    assertEquals(DateSpan.day(LocalDate.of(2024, 3, 8), "Friday", "inferred"), r.claims().get(0).date());
  }

  /** Each row: why the evidence is not strong enough, and nothing may change. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "one shared entity only,        CONSULT, visit, REPORTED, 2024-06, inferred,    ent-putin, ent-russia",
      "the other claim is a plan,     CONSULT, visit, PLANNED,  2024-06, inferred,    ent-putin, ent-nk",
      "the other claim is denied,     CONSULT, visit, DENIED,   2024-06, inferred,    ent-putin, ent-nk",
      "another event type,            AGREE,   sign,  REPORTED, 2024-06, inferred,    ent-putin, ent-nk",
      "another mode,                  CONSULT, meet,  REPORTED, 2024-06, inferred,    ent-putin, ent-nk",
      "outside the document's window, CONSULT, visit, REPORTED, 2022-06, explicit,    ent-putin, ent-nk",
      "only a year,                   CONSULT, visit, REPORTED, 2024,    explicit,    ent-putin, ent-nk"})
  void weakOrContradictoryEvidenceChangesNothing(String why, EventType type, String mode, Stance stance,
      String when, String basis, String a, String b) {
    window("doc-plan", "2023-10-01", "2024-09-30");
    Claim plan = claim("doc-plan", EventType.CONSULT, "visit", Stance.PLANNED, weekday("Tuesday"), PUTIN, NK);
    DateSpan date = when.length() == 4 ? DateSpan.year(Integer.parseInt(when), when, basis)
        : DateSpan.month(Integer.parseInt(when.substring(0, 4)), Integer.parseInt(when.substring(5)), when, basis);
    Claim other = claim("doc-other", type, mode, stance, date, a, b);
    CorpusDating.Result r = stage.date(List.of(article("doc-plan"), article("doc-other")), List.of(plan, other));
    assertTrue(r.narrowings().isEmpty(), why);
    assertSame(plan, r.claims().get(0), why);
  }

  @Test
  void disagreeingReportsLeaveTheDocumentAlone() {
    window("doc-plan", "2023-10-01", "2024-09-30");
    Claim plan = claim("doc-plan", EventType.AID, "military", Stance.PLANNED, weekday("Monday"), NK, RUSSIA);
    Claim june = claim("doc-1", EventType.AID, "military", Stance.REPORTED, DateSpan.month(2024, 6, "June", "explicit"),
        NK, RUSSIA);
    Claim august = claim("doc-2", EventType.AID, "military", Stance.ASSERTED,
        DateSpan.month(2024, 8, "August", "explicit"), RUSSIA, NK);
    CorpusDating.Result r = stage.date(List.of(article("doc-plan"), article("doc-1"), article("doc-2")),
        List.of(plan, june, august));
    assertTrue(r.narrowings().isEmpty());
    assertSame(plan, r.claims().get(0));
  }

  @Test
  void aDocumentKnowingNothingTakesOnlyDayPreciseEvidence() {
    Claim plan = claim("doc-x", EventType.CONSULT, "visit", Stance.PLANNED, weekday("Tuesday"), PUTIN, NK);
    Claim month = claim("doc-m", EventType.CONSULT, "visit", Stance.REPORTED,
        DateSpan.month(2024, 6, "June 2024", "explicit"), PUTIN, NK);
    assertTrue(stage.date(List.of(article("doc-x"), article("doc-m")), List.of(plan, month)).narrowings().isEmpty());
    Claim day = claim("doc-d", EventType.CONSULT, "visit", Stance.REPORTED,
        DateSpan.day(LocalDate.of(2024, 6, 18), "June 18, 2024", "explicit"), PUTIN, NK);
    CorpusDating.Result r = stage.date(List.of(article("doc-x"), article("doc-d")), List.of(plan, day));
    assertEquals(LocalDate.of(2024, 6, 12), r.narrowings().get(0).earliest());
    assertEquals(LocalDate.of(2024, 6, 18), r.narrowings().get(0).latest());
    assertEquals(DateSpan.day(LocalDate.of(2024, 6, 18), "Tuesday", "inferred"), r.claims().get(0).date());
  }

  @Test
  void explicitDatesOfANarrowedDocumentStay() {
    window("doc-plan", "2023-10-01", "2024-09-30");
    Claim plan = claim("doc-plan", EventType.CONSULT, "visit", Stance.PLANNED, weekday("Tuesday"), PUTIN, NK);
    DateSpan explicit = DateSpan.day(LocalDate.of(2023, 9, 13), "13 September 2023", "explicit");
    Claim earlier = claim("doc-plan", EventType.CONSULT, "meet", Stance.REPORTED, explicit, PUTIN, KIM);
    Claim report = claim("doc-report", EventType.CONSULT, "visit", Stance.REPORTED,
        DateSpan.month(2024, 6, "June", "inferred"), NK, PUTIN);
    CorpusDating.Result r = stage.date(List.of(article("doc-plan"), article("doc-report")),
        List.of(plan, earlier, report));
    assertNotNull(r.claims().get(0).date().start());
    assertSame(earlier, r.claims().get(1));
  }

  /**
   * Seeded random corpora: every narrowed window lies inside the document's own window, the
   * claims keep their order and ids, claims of documents not narrowed are the same objects, and
   * every re-dated claim is placed inside the date of some claim of the same event elsewhere.
   */
  @Test
  void randomCorporaKeepTheInvariants() {
    Random rnd = new Random(20240618L);
    String[] ents = {PUTIN, KIM, NK, RUSSIA};
    String[] days = {"Monday", "Tuesday", "Friday"};
    for (int round = 0; round < 40; round++) {
      windows.clear();
      List<Article> docs = new ArrayList<>();
      List<Claim> claims = new ArrayList<>();
      for (int d = 0; d < 4; d++) {
        String id = "doc-" + round + "-" + d;
        docs.add(article(id));
        LocalDate from = LocalDate.of(2023, 1, 1).plusDays(rnd.nextInt(500));
        if (rnd.nextBoolean()) {
          window(id, from.toString(), from.plusDays(30 + rnd.nextInt(300)).toString());
        }
        for (int k = 0; k < 3; k++) {
          String a = ents[rnd.nextInt(ents.length)];
          String b = ents[rnd.nextInt(ents.length)];
          Stance stance = rnd.nextBoolean() ? Stance.PLANNED : Stance.REPORTED;
          DateSpan date = rnd.nextBoolean() ? weekday(days[rnd.nextInt(days.length)])
              : DateSpan.month(2023 + rnd.nextInt(2), 1 + rnd.nextInt(12), "a month", "explicit");
          claims.add(claim(id, EventType.CONSULT, "visit", stance, date, a, b));
        }
      }
      CorpusDating.Result r = stage.date(docs, claims);
      assertEquals(claims.size(), r.claims().size());
      for (Narrowing n : r.narrowings()) {
        DateSpan w = windows.get(n.document());
        if (w != null) {
          assertTrue(!n.earliest().isBefore(w.start()) && !n.latest().isAfter(w.end()), n.toString());
        }
      }
      for (int i = 0; i < claims.size(); i++) {
        Claim before = claims.get(i);
        Claim after = r.claims().get(i);
        assertEquals(before.id(), after.id());
        boolean narrowed = r.narrowings().stream().anyMatch(n -> n.document().equals(before.document()));
        if (!narrowed) {
          assertSame(before, after);
        }
      }
      for (Narrowing n : r.narrowings()) {
        DateSpan w = windows.get(n.document());
        assertFalse(w != null && w.start().equals(n.earliest()) && w.end().equals(n.latest()),
            "a window left as it was is not a narrowing: " + n);
      }
    }
  }
}
