package org.storyline.fuse.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.storyline.fuse.event.Fixtures.article;
import static org.storyline.fuse.event.Fixtures.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyline.core.claim.Bound;
import org.storyline.core.claim.Claim;
import org.storyline.core.claim.EventType;
import org.storyline.core.claim.Stance;
import org.storyline.core.document.Article;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;
import org.storyline.core.event.Event;
import org.storyline.core.event.EventStatus;
import org.storyline.core.id.StableId;
import org.storyline.core.time.DateSpan;
import org.storyline.core.time.Granularity;

class ClaimFuserTest {
  private final ClaimFuser fuser = new ClaimFuser();

  private static final List<Article> OUTLETS = List.of(
      article("d-wire", "Harbour Wire", "2023-09-14"),
      article("d-courier", "Lakeside Courier", "2024-06-01"),
      article("d-gazette", "Northern Gazette", "2024-06-20"),
      article("d-copy", "Aggregator Hub", "2024-06-21", "d-gazette"),
      article("d-daily", "Valley Daily", "2024-06-22"),
      article("d-daily2", "Valley Daily", "2024-06-23"),
      article("d-noout", null, "2024-06-23"));

  private List<Event> fuse(Claim... claims) {
    return fuser.fuse(OUTLETS, List.of(claims));
  }

  private static Event only(List<Event> events) {
    assertEquals(1, events.size(), () -> "expected one event, got " + events);
    return events.get(0);
  }

  @Test
  void sameMeetingAtDayAndMonthPrecisionFromTwoOutletsMerges() {
    Event e = only(fuse(
        claim("c1", "d-wire").event(EventType.CONSULT, "meet").source("Kim Jong Un")
            .target("Vladimir Putin").place("Vostochny Cosmodrome").day("2023-09-13").build(),
        claim("c2", "d-courier").event(EventType.CONSULT, "meet").source("Vladimir Putin")
            .target("Kim Jong Un").month(2023, 9, "last September").build()));
    assertEquals(LocalDate.of(2023, 9, 13), e.date().start());
    assertEquals(Granularity.DAY, e.date().granularity());
    assertEquals(2, e.independentSources());
    assertEquals(EventStatus.CONFIRMED, e.status());
    assertEquals(List.of("c1", "c2"), e.claims());
    assertEquals(List.of("d-courier", "d-wire"), e.documents());
    assertEquals(StableId.of("event", "c1"), e.id());
    assertEquals("Vostochny Cosmodrome", e.place().name());
    assertTrue(e.evidence().startsWith("2 independent sources: Harbour Wire, Lakeside Courier"), e.evidence());
  }

  @Test
  void visitAndMeetingOfTheSameActorsOnTheSameDayAreOneEvent() {
    Event e = only(fuse(
        claim("a", "d-wire").event(EventType.CONSULT, "visit").source("Sergei Lavrov")
            .target("Choe Son Hui").day("2024-10-18").build(),
        claim("b", "d-courier").event(EventType.CONSULT, "meet").source("Choe Son Hui")
            .target("Sergei Lavrov").day("2024-10-18").build()));
    assertEquals(2, e.claims().size());
  }

  @Test
  void differentTypesOnTheSameDayStayApart() {
    assertEquals(2, fuse(
        claim("a", "d-wire").event(EventType.CONSULT, "meet").source("Kim Jong Un").target("Vladimir Putin")
            .day("2023-09-13").build(),
        claim("b", "d-courier").event(EventType.AGREE, "sign").source("Kim Jong Un").target("Vladimir Putin")
            .day("2023-09-13").build()).size());
  }

  @Test
  void visitsOfTheSameActorsAYearApartStayApart() {
    List<Event> events = fuse(
        claim("v1", "d-wire").event(EventType.CONSULT, "visit").source("Sergei Shoigu").target("North Korea")
            .month(2023, 7).build(),
        claim("v2", "d-courier").event(EventType.CONSULT, "visit").source("Sergei Shoigu").target("North Korea")
            .month(2024, 9).build(),
        claim("v3", "d-gazette").event(EventType.CONSULT, "visit").source("Sergei Shoigu").target("North Korea")
            .day("2024-09-13").build());
    assertEquals(2, events.size());
    assertEquals(List.of("v1"), events.get(0).claims());
    assertEquals(List.of("v2", "v3"), events.get(1).claims());
  }

  @Test
  void threeStrikesOnThreeDatesAreThreeEventsAndAMonthClaimChainsNone() {
    String sentence = "Officials said the army fired missiles at the country on December 30, and again on January 2 and 6.";
    List<Event> events = fuse(
        claim("s1", "d-wire").sentence(sentence).event(EventType.ASSAULT, "missile").source("Russia")
            .target("Ukraine").day("2023-12-30").build(),
        claim("s2", "d-wire").sentence(sentence).event(EventType.ASSAULT, "missile").source("Russia")
            .target("Ukraine").day("2024-01-02").build(),
        claim("s3", "d-wire").sentence(sentence).event(EventType.ASSAULT, "missile").source("Russia")
            .target("Ukraine").day("2024-01-06").build(),
        claim("s4", "d-courier").event(EventType.ASSAULT, "strike").source("Russia").target("Ukraine")
            .month(2024, 1, "in January").build(),
        claim("s5", "d-gazette").event(EventType.ASSAULT, "strike").source("Russia").target("Ukraine")
            .day("2024-01-06").build());
    assertEquals(4, events.size(), events::toString);
    assertEquals(List.of("s1"), events.get(0).claims());
    assertEquals(List.of("s4"), events.get(1).claims());
    assertEquals(List.of("s2"), events.get(2).claims());
    assertEquals(List.of("s3", "s5"), events.get(3).claims());
  }

  @Test
  void plannedThenHappenedMergesAndStatusMovesOn() {
    Claim plan = claim("p1", "d-courier").event(EventType.CONSULT, "visit").source("Vladimir Putin")
        .target("North Korea").day("2024-06-18", "on Tuesday").stance(Stance.PLANNED).build();
    Event planned = only(fuse(plan));
    assertEquals(EventStatus.PLANNED, planned.status());
    assertEquals("Vladimir Putin plans to visit North Korea", planned.title());

    Event reported = only(fuse(plan, claim("p2", "d-gazette").event(EventType.CONSULT, "visit")
        .source("Vladimir Putin").target("North Korea").place("Pyongyang").day("2024-06-19").build()));
    assertEquals(EventStatus.REPORTED, reported.status());
    assertEquals(LocalDate.of(2024, 6, 19), reported.date().start());
    assertEquals("Vladimir Putin visits North Korea", reported.title());

    Event confirmed = only(fuse(plan,
        claim("p2", "d-gazette").event(EventType.CONSULT, "visit").source("Vladimir Putin")
            .target("North Korea").day("2024-06-19").build(),
        claim("p3", "d-daily").event(EventType.CONSULT, "visit").source("Vladimir Putin")
            .target("North Korea").month(2024, 6, "In June").build()));
    assertEquals(EventStatus.CONFIRMED, confirmed.status());
    assertEquals(3, confirmed.claims().size());
  }

  @Test
  void plannedClaimsOfAVisitThatHappenedAreNamedAsAnnouncedNotCounted() {
    Event e = only(fuse(
        claim("q1", "d-courier").event(EventType.CONSULT, "visit").source("Xi Jinping").target("Serbia")
            .day("2024-05-07", "next Tuesday").stance(Stance.PLANNED).build(),
        claim("q2", "d-wire").event(EventType.CONSULT, "visit").source("Xi Jinping").target("Serbia")
            .day("2024-05-08").stance(Stance.PLANNED).build(),
        claim("q3", "d-gazette").event(EventType.CONSULT, "visit").source("Xi Jinping").target("Serbia")
            .month(2024, 5, "in May").build()));
    assertEquals(EventStatus.REPORTED, e.status());
    assertEquals(1, e.independentSources());
    assertTrue(e.evidence().startsWith("1 independent source: Northern Gazette; "
        + "announced beforehand by 2 sources: Harbour Wire, Lakeside Courier"), e.evidence());
  }

  @Test
  void aDatedPlanAndAnOngoingActivityStayApartWhileAPlanAndItsHappeningMerge() {
    Claim plan = claim("o1", "d-wire").event(EventType.AID, "military").source("Iran").target("Russia")
        .month(2023, 3, "In March 2023").stance(Stance.PLANNED)
        .sentence("In March 2023, officials said Moscow was seeking more drones from Tehran.").build();
    Claim ongoing = claim("o2", "d-courier").event(EventType.AID, "military").source("Iran").target("Russia")
        .date(new DateSpan(LocalDate.of(2023, 1, 1), null, Granularity.YEAR, "2023", "since last year",
            "explicit", "since"))
        .sentence("Since last year Iran has supplied hundreds of drones to Russia.").build();
    List<Event> apart = fuse(plan, ongoing);
    assertEquals(2, apart.size(), apart::toString);
    assertEquals(EventStatus.PLANNED, apart.stream().filter(e -> e.claims().contains("o1")).findFirst()
        .orElseThrow().status());

    Claim happened = claim("o3", "d-gazette").event(EventType.AID, "military").source("Iran").target("Russia")
        .month(2023, 3, "in March").build();
    Event march = fuse(plan, ongoing, happened).stream().filter(e -> e.claims().contains("o1")).findFirst()
        .orElseThrow();
    assertTrue(march.claims().contains("o3"), march::toString);
    assertTrue(march.evidence().contains("announced beforehand by 1 source: Harbour Wire"), march.evidence());
  }

  @Test
  void anUndatedAccusationJoinsTheOneWhoseAccusersHoldItsOwn() {
    // "the US government has repeatedly accused Iran of arming the Houthis" / "US and British
    //  officials have accused Tehran of ..." / "the US accuses Russia"
    Claim us = claim("a1", "d-wire").event(EventType.DISAPPROVE, "accuse").source("United States").target("Iran").build();
    Claim usUk = claim("a2", "d-courier").event(EventType.DISAPPROVE, "accuse").source("United States")
        .source("United Kingdom").target("Iran").build();
    Claim other = claim("a3", "d-daily").event(EventType.DISAPPROVE, "accuse").source("United States").target("Russia").build();
    Claim reversed = claim("a4", "d-daily2").event(EventType.DISAPPROVE, "accuse").source("Iran").target("United States").build();
    for (List<Claim> order : List.of(List.of(us, usUk, other, reversed), List.of(reversed, other, usUk, us))) {
      List<Event> events = fuser.fuse(OUTLETS, order);
      assertEquals(3, events.size(), () -> "one accusation of Iran, one of Russia, one by Iran: " + events);
      Event iran = events.stream().filter(e -> e.claims().contains("a1")).findFirst().orElseThrow();
      assertEquals(List.of("a1", "a2"), iran.claims());
      assertEquals(EventStatus.CONFIRMED, iran.status());
      assertEquals("The United States and the United Kingdom accuse Iran", iran.title());
    }
    Claim usJapan = claim("a5", "d-gazette").event(EventType.DISAPPROVE, "accuse").source("United States")
        .source("Japan").target("Iran").build();
    Claim usLater = claim("a9", "d-wire").event(EventType.DISAPPROVE, "accuse").source("United States").target("Iran")
        .build();
    assertEquals(3, fuse(usUk, usJapan, usLater).size(), "two wider accusations hold it: which one is not known");
    Claim planned = claim("a6", "d-gazette").event(EventType.DISAPPROVE, "accuse").source("United States")
        .source("United Kingdom").target("Iran").stance(Stance.PLANNED).build();
    assertEquals(2, fuse(us, planned).size(), "a planned accusation is not the one made");
  }

  @Test
  void accusationsOfOneAllegedActAgainstGiverAndReceiverAreOne() {
    // "US and British officials have accused Tehran of supplying drones to Russia." (one outlet)
    // "... as Moscow faces accusations from Britain of receiving Iranian drones." (another)
    List<Claim> claims = List.of(
        claim("g1", "d-wire").at(0).event(EventType.DISAPPROVE, "accuse").source("United States")
            .source("United Kingdom").target("Iran").build(),
        claim("g2", "d-wire").at(0).event(EventType.AID, "military").source("Iran").target("Russia")
            .stance(Stance.ALLEGED).build(),
        claim("g3", "d-courier").at(0).event(EventType.DISAPPROVE, "accuse").source("United Kingdom")
            .target("Russia").build(),
        claim("g4", "d-courier").at(0).event(EventType.AID, "military").source("Iran").target("Russia")
            .stance(Stance.ALLEGED).build());
    List<Event> events = fuser.fuse(OUTLETS, claims);
    Event accusation = events.stream().filter(e -> e.claims().contains("g1")).findFirst().orElseThrow();
    assertEquals(List.of("g1", "g3"), accusation.claims(), () -> events.toString());
    assertEquals(2, accusation.independentSources());
    // no accuser in common: two accusations
    List<Claim> otherAccuser = new ArrayList<>(claims);
    otherAccuser.set(2, claim("g3", "d-courier").at(0).event(EventType.DISAPPROVE, "accuse").source("Ukraine")
        .target("Russia").build());
    assertEquals(2, fuser.fuse(OUTLETS, otherAccuser).stream().filter(e -> e.type() == EventType.DISAPPROVE).count());
    // the act told as fact, not alleged, is no accused act
    List<Claim> asserted = new ArrayList<>(claims);
    asserted.set(3, claim("g4", "d-courier").at(0).event(EventType.AID, "military").source("Iran").target("Russia")
        .build());
    asserted.set(1, claim("g2", "d-wire").at(0).event(EventType.AID, "military").source("Iran").target("Russia")
        .build());
    assertEquals(2, fuser.fuse(OUTLETS, asserted).stream().filter(e -> e.type() == EventType.DISAPPROVE).count());
    // accused acts of two different events: two accusations
    List<Claim> twoActs = new ArrayList<>(claims);
    twoActs.set(3, claim("g4", "d-courier").at(0).event(EventType.AID, "military").source("Belarus").target("Russia")
        .stance(Stance.ALLEGED).build());
    assertEquals(2, fuser.fuse(OUTLETS, twoActs).stream().filter(e -> e.type() == EventType.DISAPPROVE).count());
  }

  @Test
  void aTallyUpToADayAndAnActivitySinceADayStayApartWhateverTheOrder() {
    // "By March 14, prosecutors said Russia had fired about 50 missiles" beside "since last year
    //  Russia has been firing missiles at the region"; "deliveries had started, CBS reported on Oct. 5"
    Claim tally = claim("u1", "d-wire").event(EventType.ASSAULT, "missile").source("Russia").target("Ukraine")
        .date(new DateSpan(null, LocalDate.of(2024, 3, 14), Granularity.DAY, "2024-03-14", "By March 14",
            "explicit", "by")).build();
    Claim since = claim("u2", "d-courier").event(EventType.ASSAULT, "missile").source("Russia").target("Ukraine")
        .date(new DateSpan(LocalDate.of(2023, 1, 1), null, Granularity.YEAR, "2023", "since last year",
            "inferred", "since")).build();
    assertEquals(2, fuse(tally, since).size());
    assertEquals(2, fuse(since, tally).size());
    Claim sinceToo = claim("u3", "d-daily").event(EventType.ASSAULT, "missile").source("Russia").target("Ukraine")
        .date(new DateSpan(LocalDate.of(2023, 6, 1), null, Granularity.MONTH, "2023-06", "since June 2023",
            "explicit", "since")).build();
    assertEquals(2, fuse(tally, since, sinceToo).size(), "two open-ended reports of one activity still merge");
    // "deliveries had started, CBS reported on 5 October 2023" / "more than 5 million shells had
    //  been transferred, the minister revealed in July 2024": tallies up to two days stay apart
    Claim byOctober = claim("u5", "d-wire").event(EventType.AID, "military").source("North Korea").target("Russia")
        .date(new DateSpan(null, LocalDate.of(2023, 10, 5), Granularity.DAY, "2023-10-05", "on Oct. 5",
            "explicit", "before")).build();
    Claim byJuly = claim("u6", "d-courier").event(EventType.AID, "military").source("North Korea").target("Russia")
        .date(new DateSpan(null, LocalDate.of(2024, 7, 31), Granularity.MONTH, "2024-07", "In July",
            "inferred", "before")).build();
    List<Event> tallies = fuse(byOctober, byJuly);
    assertEquals(2, tallies.size(), () -> tallies.toString());
    assertTrue(tallies.stream().anyMatch(e -> LocalDate.of(2024, 7, 31).equals(e.date().end())), "July keeps its day");
    Claim sameDay = claim("u7", "d-daily").event(EventType.AID, "military").source("North Korea").target("Russia")
        .date(new DateSpan(null, LocalDate.of(2023, 10, 5), Granularity.DAY, "2023-10-05", "on Oct. 5",
            "explicit", "before")).build();
    assertEquals(1, fuse(byOctober, sameDay).size(), "one report up to one day, from two outlets");
  }

  @Test
  void aDeniedEventCountsTheSourcesOfItsDenial() {
    Event e = only(fuse(claim("dn1", "d-daily").event(EventType.AGREE, "sign").source("Armenia")
        .target("Azerbaijan").day("2024-04-19").stance(Stance.DENIED).speaker("Nikol Pashinyan")
        .sentence("Pashinyan said the two sides had signed no agreement at the April 19 meeting.").build(),
        claim("dn2", "d-daily2").event(EventType.AGREE, "sign").source("Armenia")
        .target("Azerbaijan").day("2024-04-19").stance(Stance.DENIED).speaker("Nikol Pashinyan").build()));
    assertEquals(EventStatus.DENIED, e.status());
    assertEquals(1, e.independentSources(), e.evidence());
  }

  @ParameterizedTest(name = "{0} {1}")
  @org.junit.jupiter.params.provider.CsvSource({
      "AID,        military, 2",
      "ASSAULT,    strike,   2",
      "SANCTION,   sanction, 2",
      "DISAPPROVE, accuse,   2",
      "CONSULT,    meet,     1",
      "AGREE,      sign,     1",
      "COOPERATE,  cooperate, 1",
  })
  void aDirectedEventToldTheOtherWayRoundStaysApart(EventType type, String mode, int events) {
    Claim one = claim("r1", "d-wire").event(type, mode).source("Iran").target("Russia").month(2024, 3).build();
    Claim other = claim("r2", "d-courier").event(type, mode).source("Russia").target("Iran").day("2024-03-12").build();
    assertEquals(events, fuse(one, other).size(), type.name());
    Claim undatedOne = claim("r3", "d-daily").event(type, mode).source("Iran").target("Russia").build();
    Claim undatedOther = claim("r4", "d-daily2").event(type, mode).source("Russia").target("Iran").build();
    assertEquals(events, fuse(undatedOne, undatedOther).size(), type.name() + " undated");
  }

  @Test
  void aReceiverAloneDoesNotJoinTheEventWhereItGives() {
    Claim gives = claim("g1", "d-wire").event(EventType.AID, "military").source("Belarus").target("Russia")
        .month(2024, 5).build();
    Claim receives = claim("g2", "d-courier").event(EventType.AID, "military").target("Belarus")
        .month(2024, 5, "in May").sentence("Belarus is procuring old rifles.").build();
    Claim givesToo = claim("g3", "d-gazette").event(EventType.AID, "military").source("Belarus")
        .day("2024-05-20").build();
    List<Event> events = fuse(gives, receives, givesToo);
    assertEquals(2, events.size(), events::toString);
    assertTrue(events.stream().anyMatch(e -> e.claims().equals(List.of("g1", "g3"))), events::toString);
  }

  @Test
  void anUndatedPartialClaimJoinsTheOneUndatedGroupHoldingItsActorOnItsSide() {
    Claim full = claim("p1", "d-wire").event(EventType.AID, "military").source("Iran").target("Russia").build();
    Claim fullAgain = claim("p2", "d-courier").event(EventType.AID, "arms").source("Iran").target("Russia")
        .actor(Fixtures.unresolved("Russian forces", "target")).build();
    Claim partial = claim("p0", "d-gazette").event(EventType.AID, "supply").source("Iran")
        .sentence("Tehran has kept supplying drones, officials said.").build();
    Claim receiver = claim("p3", "d-daily").event(EventType.AID, "military").target("Iran").build();
    Claim plan = claim("p4", "d-daily2").event(EventType.AID, "military").source("Iran").stance(Stance.PLANNED).build();
    Claim otherKind = claim("p5", "d-daily2").event(EventType.AID, "humanitarian").source("Iran").build();
    List<Event> events = fuse(full, fullAgain, partial, receiver, plan, otherKind);
    Event supply = events.stream().filter(e -> e.claims().contains("p1")).findFirst().orElseThrow();
    assertEquals(List.of("p0", "p1", "p2"), supply.claims(), events::toString);
    assertEquals(3, supply.independentSources());
    assertEquals(4, events.size(), events::toString);

    // two undated groups hold the actor on its side: the partial claim cannot say which
    Claim toSyria = claim("p6", "d-noout").event(EventType.AID, "military").source("Iran").target("Syria").build();
    Event alone = fuse(full, toSyria, partial).stream().filter(e -> e.claims().contains("p0")).findFirst().orElseThrow();
    assertEquals(List.of("p0"), alone.claims());
  }

  @Test
  void aMeetingWhoseOnlyTargetIsItsPlaceIsTitledByThePlace() {
    Event e = only(fuse(
        claim("h1", "d-wire").event(EventType.CONSULT, "meet").source("Wang Yi").target("Jakarta").place("Jakarta")
            .day("2024-04-18").build(),
        claim("h2", "d-courier").event(EventType.CONSULT, "visit").source("Wang Yi").target("Jakarta")
            .day("2024-04-18").build(),
        claim("h3", "d-gazette").event(EventType.CONSULT, "meet").source("Wang Yi").target("Jakarta")
            .day("2024-04-18").build()));
    assertEquals("Wang Yi holds talks in Jakarta", e.title());
  }

  @Test
  void undatedReportsOfAnOngoingActivityJoinItsOpenEndedGroup() {
    DateSpan since = new DateSpan(LocalDate.of(2022, 1, 1), null, Granularity.YEAR, "2022", "since 2022",
        "explicit", "since");
    Claim ongoing = claim("g1", "d-wire").event(EventType.AID, "military").source("Belarus").target("Russia")
        .date(since).build();
    Claim undated = claim("g2", "d-courier").event(EventType.AID, "arms").source("Belarus").target("Russia").build();
    Claim partial = claim("g3", "d-gazette").event(EventType.AID, "supply").source("Belarus").build();
    Claim denial = claim("g4", "d-daily").event(EventType.AID, "military").source("Belarus").target("Russia")
        .stance(Stance.DENIED).build();
    List<Event> events = fuse(ongoing, undated, partial, denial);
    Event supply = only(events);
    assertEquals(List.of("g1", "g2", "g3", "g4"), supply.claims());
    assertEquals(EventStatus.DISPUTED, supply.status());

    // an undated plan joins as a planned source; reversed or at a named place: apart
    Claim plan = claim("g6", "d-courier").event(EventType.AID, "military").source("Belarus").target("Russia")
        .stance(Stance.PLANNED).build();
    Event withPlan = only(fuse(ongoing, plan));
    assertEquals(1, withPlan.independentSources());
    assertTrue(withPlan.evidence().contains("announced beforehand by 1 source: Lakeside Courier"), withPlan.evidence());
    Claim reversed = claim("g5", "d-courier").event(EventType.AID, "military").source("Russia").target("Belarus").build();
    Claim atPort = claim("g7", "d-courier").event(EventType.AID, "military").source("Belarus").target("Russia")
        .place("Brest").build();
    for (Claim c : List.of(reversed, atPort)) {
      assertEquals(2, fuse(ongoing, c).size(), c.id());
    }
    Claim tally = claim("g9", "d-wire").event(EventType.AID, "military").source("Belarus").target("Russia")
        .date(new DateSpan(null, LocalDate.of(2024, 3, 14), Granularity.DAY, "2024-03-14", "by March 14",
            "explicit", "by")).build();
    assertEquals(2, fuse(tally, undated).size(), "a tally up to a day is no ongoing activity");
  }

  @Test
  void aStatesStatementAboutItsOfficeHolderIsAPartysStatement() {
    Claim byState = claim("s1", "d-wire").event(EventType.CONSULT, "meet").source("Antony Blinken")
        .target("Wang Yi").day("2024-04-26").speaker("United States").cue("said").build();
    assertEquals(EventStatus.CONFIRMED, only(fuse(byState)).status());
    assertTrue(only(fuse(byState)).evidence().contains("stated by United States, a party"));
    Claim afterOffice = claim("s2", "d-wire").event(EventType.CONSULT, "meet").source("Antony Blinken")
        .target("Wang Yi").day("2025-04-26").speaker("United States").cue("said").build();
    assertEquals(EventStatus.REPORTED, only(fuse(afterOffice)).status(), "no longer in office");
    Claim byOtherState = claim("s3", "d-wire").event(EventType.CONSULT, "meet").source("Antony Blinken")
        .target("Wang Yi").day("2024-04-26").speaker("Japan").cue("said").build();
    assertEquals(EventStatus.REPORTED, only(fuse(byOtherState)).status());
  }

  @Test
  void aDuplicateDocumentCountsAsItsOriginal() {
    Event e = only(fuse(
        claim("x1", "d-gazette").event(EventType.AID, "military").source("North Korea").target("Russia")
            .day("2024-06-10").build(),
        claim("x2", "d-copy").event(EventType.AID, "military").source("North Korea").target("Russia")
            .day("2024-06-10").build()));
    assertEquals(1, e.independentSources());
    assertEquals(EventStatus.REPORTED, e.status());
    assertEquals(2, e.documents().size());
  }

  @Test
  void twoOutletsCitingTheSameAgencyCountOnce() {
    Claim viaCite = claim("y1", "d-wire").event(EventType.CONSULT, "visit").source("Russia")
        .target("North Korea").day("2024-05-20").stance(Stance.REPORTED).speaker("Harbour Wire")
        .cited("Yonhap").cue("reported, citing").build();
    Claim viaSpeaker = claim("y2", "d-courier").event(EventType.CONSULT, "visit").source("Russia")
        .target("North Korea").day("2024-05-20").stance(Stance.REPORTED).speaker("Yonhap News Agency")
        .cue("reported").build();
    Event e = only(fuse(viaCite, viaSpeaker));
    assertEquals(1, e.independentSources(), e.evidence());
    assertEquals(EventStatus.REPORTED, e.status());

    Event withOwn = only(fuse(viaCite, viaSpeaker, claim("y3", "d-daily").event(EventType.CONSULT, "visit")
        .source("Russia").target("North Korea").day("2024-05-20").build()));
    assertEquals(2, withOwn.independentSources());
    assertEquals(EventStatus.CONFIRMED, withOwn.status());
  }

  @Test
  void citingAPersonDoesNotMergeOutlets() {
    Event e = only(fuse(
        claim("k1", "d-wire").event(EventType.AID, "military").source("North Korea").target("Russia")
            .day("2023-10-05").speaker("John Kirby").cue("said").build(),
        claim("k2", "d-courier").event(EventType.AID, "military").source("North Korea").target("Russia")
            .day("2023-10-05").speaker("John Kirby").cue("told reporters").build()));
    assertEquals(2, e.independentSources());
  }

  @Test
  void claimsOfOneOutletCountOnceAndADocumentWithoutOutletIsItsOwn() {
    Event e = only(fuse(
        claim("o1", "d-daily").event(EventType.SANCTION, null).source("European Union").target("North Korea")
            .day("2024-06-24").build(),
        claim("o2", "d-daily2").event(EventType.SANCTION, null).source("European Union").target("North Korea")
            .day("2024-06-24").build()));
    assertEquals(1, e.independentSources());
    Event f = only(fuse(
        claim("o1", "d-daily").event(EventType.SANCTION, null).source("European Union").target("North Korea")
            .day("2024-06-24").build(),
        claim("o3", "d-noout").event(EventType.SANCTION, null).source("European Union").target("North Korea")
            .day("2024-06-24").build()));
    assertEquals(2, f.independentSources());
    assertTrue(f.evidence().contains("d-noout"), f.evidence());
  }

  @Test
  void theActorsOwnStatementConfirms() {
    Event e = only(fuse(claim("m1", "d-wire").event(EventType.CONSULT, "meet").source("Sergei Shoigu")
        .target("Kim Jong Un").place("Pyongyang").day("2024-09-13").stance(Stance.REPORTED)
        .speaker("Sergei Shoigu").cue("said").build()));
    assertEquals(EventStatus.CONFIRMED, e.status());
    assertEquals(1, e.independentSources());
    assertTrue(e.evidence().contains("stated by Sergei Shoigu"), e.evidence());
    assertEquals("Sergei Shoigu meets Kim Jong Un in Pyongyang", e.title());
  }

  @Test
  void aLinkedDenialGivesDeniedThenDisputedOnceConfirmed() {
    Claim accusation = claim("t1", "d-wire").event(EventType.AID, "military").source("North Korea")
        .target("Russia").month(2024, 1).stance(Stance.ALLEGED).speaker("United States").cue("accused").build();
    Claim denial = claim("t9", "d-courier").event(EventType.REJECT, "deny").source("North Korea")
        .target("United States").day("2024-01-26").speaker("North Korea").cue("dismissed").denies("t1")
        .stance(Stance.DENIED).build();
    List<Event> events = fuse(accusation, denial);
    assertEquals(2, events.size());
    Event aid = events.stream().filter(e -> e.type() == EventType.AID).findFirst().orElseThrow();
    Event rejection = events.stream().filter(e -> e.type() == EventType.REJECT).findFirst().orElseThrow();
    assertEquals(EventStatus.DENIED, aid.status());
    assertTrue(aid.evidence().contains("denied by North Korea (d-courier, claim t9)"), aid.evidence());
    assertEquals(List.of("t1"), aid.claims());
    assertEquals("North Korea denies arms transfers", rejection.title());
    assertTrue(rejection.evidence().contains("denies claim t1"), rejection.evidence());
    assertEquals(EventStatus.CONFIRMED, rejection.status()); // the rejection itself happened

    Claim second = claim("t2", "d-gazette").event(EventType.AID, "military").source("North Korea")
        .target("Russia").month(2024, 1).build();
    Event disputed = fuse(accusation, denial, second).stream().filter(e -> e.type() == EventType.AID)
        .findFirst().orElseThrow();
    assertEquals(EventStatus.DISPUTED, disputed.status());
  }

  @Test
  void aDeniedStanceClaimAloneMakesADeniedEvent() {
    Event e = only(fuse(claim("n1", "d-wire").event(EventType.AID, "military").source("North Korea")
        .target("Russia").year(2023).stance(Stance.DENIED).speaker("North Korea").build()));
    assertEquals(EventStatus.DENIED, e.status());
  }

  @Test
  void anUndatedClaimJoinsOnlyASingleStrongCandidate() {
    Claim dated = claim("u1", "d-wire").event(EventType.CONSULT, "visit").source("Sergei Lavrov")
        .target("North Korea").place("Pyongyang").day("2023-10-18").build();
    Claim undated = claim("u2", "d-gazette").event(EventType.CONSULT, "visit").source("Sergei Lavrov")
        .target("North Korea").place("Pyongyang").build();
    assertEquals(List.of("u1", "u2"), only(fuse(dated, undated)).claims());

    Claim otherDated = claim("u3", "d-courier").event(EventType.CONSULT, "visit").source("Sergei Lavrov")
        .target("North Korea").place("Pyongyang").day("2024-01-16").build();
    List<Event> ambiguous = fuse(dated, undated, otherDated);
    assertEquals(3, ambiguous.size());
    Event last = ambiguous.get(2);
    assertEquals(List.of("u2"), last.claims());
    assertEquals(Granularity.UNKNOWN, last.date().granularity());
    assertTrue(!last.date().isPlaced());

    Claim elsewhere = claim("u4", "d-gazette").event(EventType.CONSULT, "visit").source("Sergei Lavrov")
        .target("North Korea").place("Wonsan").build();
    assertEquals(2, fuse(dated, elsewhere).size());
  }

  @Test
  void anUndatedClaimInNewsOfTheWeekJoinsTheRecentEventAndMayNameAPlace() {
    Claim old = claim("r1", "d-wire").event(EventType.CONSULT, "meet").source("Sergei Shoigu")
        .target("Kim Jong Un").day("2023-07-26").build();
    Claim recent = claim("r2", "d-gazette").event(EventType.CONSULT, "meet").source("Sergei Shoigu")
        .target("Kim Jong Un").day("2024-06-18").build();
    Claim undated = claim("r3", "d-gazette").event(EventType.CONSULT, "visit").source("Sergei Shoigu")
        .target("Kim Jong Un").place("Pyongyang").build();
    List<Event> events = fuse(old, recent, undated);
    assertEquals(2, events.size());
    assertEquals(List.of("r2", "r3"), events.get(1).claims());
    assertEquals("Pyongyang", events.get(1).place().name());
  }

  @Test
  void anUndatedClaimWithOneActorOrWithoutPlaceOrRecencyStaysApart() {
    Claim dated = claim("z1", "d-wire").event(EventType.ASSAULT, "strike").source("Russia").target("Ukraine")
        .day("2023-12-30").build();
    Claim oneActor = claim("z2", "d-daily").event(EventType.ASSAULT, "strike").source("Russia").build();
    Claim noPlace = claim("z3", "d-daily").event(EventType.ASSAULT, "strike").source("Russia").target("Ukraine").build();
    Claim vagueOnly = claim("z4", "d-wire").event(EventType.AID, "military").source("North Korea").target("Russia")
        .date(new DateSpan(LocalDate.of(2023, 1, 1), null, Granularity.YEAR, "2023", "since last year", null, "since"))
        .build();
    Claim undatedAid = claim("z5", "d-daily").event(EventType.AID, "military").source("North Korea").target("Russia")
        .place("Rason").build();
    List<Event> events = fuse(dated, oneActor, noPlace, vagueOnly, undatedAid);
    // z2 (one actor) stays apart from the dated z1 but joins the one undated group holding Russia as doer
    assertEquals(List.of(List.of("z1"), List.of("z4"), List.of("z2", "z3"), List.of("z5")).stream().sorted(
        java.util.Comparator.comparing(Object::toString)).toList(),
        events.stream().map(Event::claims).sorted(java.util.Comparator.comparing(Object::toString)).toList());
  }

  @Test
  void aClaimWithoutActorsJoinsTheOneEventOfItsTypeAndDateOrMakesNone() {
    Claim month = claim("w1", "d-wire").event(EventType.CONSULT, "meet").source("Kim Jong Un").target("Vladimir Putin")
        .month(2023, 9).build();
    Claim bareDay = claim("w2", "d-courier").event(EventType.CONSULT, "meet").day("2023-09-13").build();
    // in a document of its own: in d-courier it would continue w2's narrative (NarrativeAnchors)
    Claim bareUndated = claim("w3", "d-post").event(EventType.CONSULT, "meet").build();
    Event e = only(fuse(month, bareDay, bareUndated));
    assertEquals(List.of("w1", "w2"), e.claims());
    assertEquals(LocalDate.of(2023, 9, 13), e.date().start());
    assertEquals(Granularity.DAY, e.date().granularity());

    Claim other = claim("w4", "d-gazette").event(EventType.CONSULT, "meet").source("Sergei Lavrov").target("Choe Son Hui")
        .day("2023-09-13").build();
    assertEquals(3, fuse(month, bareDay, other).size());
  }

  @Test
  void undatedClaimsWithTheSameStructureFormOneUndatedEvent() {
    Event e = only(fuse(
        claim("w1", "d-wire").event(EventType.COOPERATE, "military").source("Russia").target("North Korea").build(),
        claim("w2", "d-courier").event(EventType.COOPERATE, "military").source("Russia").target("North Korea")
            .date(DateSpan.unknown("XXXX-WXX-2", "on Tuesday", null)).build()));
    assertEquals(2, e.claims().size());
    assertEquals(2, e.independentSources());
  }

  @Test
  void unresolvedNamesFallBackToNormalisedNames() {
    Event e = only(fuse(
        claim("r1", "d-wire").event(EventType.AID, "military").source("North Korea").target("Russia")
            .day("2023-11-02").build(),
        claim("r2", "d-courier").event(EventType.AID, "arms")
            .actor(Fixtures.unresolved("the North Korea", "source")).day("2023-11-02").build()));
    assertEquals(2, e.claims().size());
    assertEquals("North Korea", e.actors().get(0).name());
    assertEquals("ent-north-korea", e.actors().get(0).entity());
  }

  @Test
  void differentPlacesOnTheSameDayStayApart() {
    assertEquals(2, fuse(
        claim("q1", "d-wire").event(EventType.ASSAULT, "strike").source("Russia").target("Ukraine")
            .place("Kharkiv").day("2024-01-02").build(),
        claim("q2", "d-courier").event(EventType.ASSAULT, "strike").source("Russia").target("Ukraine")
            .place("Odesa").day("2024-01-02").build()).size());
  }

  @Test
  void fieldsAreUnionsAndQuantitiesAreDeduplicated() {
    Event e = only(fuse(
        claim("f1", "d-wire").event(EventType.AID, "military").source("North Korea").target("Russia")
            .day("2024-03-14").quantity(50, Bound.APPROX, "Hwasong-11 missiles", "approximately 50").build(),
        claim("f2", "d-courier").event(EventType.AID, "military").source("North Korea").target("Russia")
            .day("2024-03-14").quantity(50, Bound.APPROX, "missiles of the Hwasong-11 type", "about 50").build(),
        claim("f3", "d-gazette").event(EventType.AID, "arms").source("North Korea").target("Russia")
            .target("Wagner Group").day("2024-03-14").build()));
    assertEquals(1, e.quantities().size());
    assertEquals("military", e.mode());
    assertEquals(List.of("North Korea", "Russia", "Wagner Group"), e.actors().stream().map(a -> a.name()).toList());
    assertEquals("source", e.actors().get(0).role());
    assertEquals("North Korea supplies ballistic missiles to Russia and the Wagner Group", e.title());
  }

  @Test
  void aPlannedDateMovedByADayStillFindsTheEventAcrossAMonthEnd() {
    Event e = only(fuse(
        claim("pm1", "d-courier").event(EventType.CONSULT, "visit").source("Kim Jong Un").target("Russia")
            .day("2024-06-30").stance(Stance.PLANNED).build(),
        claim("pm2", "d-gazette").event(EventType.CONSULT, "visit").source("Kim Jong Un").target("Russia")
            .day("2024-07-01").build(),
        claim("pm3", "d-daily").event(EventType.CONSULT, "visit").source("Kim Jong Un").target("Russia")
            .month(2024, 7, "in July").build()));
    assertEquals(LocalDate.of(2024, 7, 1), e.date().start());
    assertEquals(EventStatus.CONFIRMED, e.status());
  }

  @Test
  void hypotheticalAndFramelessClaimsMakeNoEvent() {
    assertEquals(0, fuse(
        claim("h1", "d-wire").event(EventType.ASSAULT, "strike").source("Russia").target("Ukraine")
            .day("2024-01-02").stance(Stance.HYPOTHETICAL).build(),
        claim("h2", "d-wire").quantity(3_000_000, Bound.AT_LEAST, "artillery shells", "over 3 million").build())
        .size());
  }

  @Test
  void nullInputIsAnInvalidArgument() {
    StorylineException e = assertThrows(StorylineException.class, () -> fuser.fuse(null, List.of()));
    assertEquals(ErrorCode.INVALID_ARGUMENT, e.code());
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void shuffledInputGivesTheSameEvents(long seed) {
    SyntheticClaims data = new SyntheticClaims(400, 42);
    List<Event> expected = fuser.fuse(data.articles, data.claims);
    List<Claim> shuffled = new ArrayList<>(data.claims);
    Collections.shuffle(shuffled, new Random(seed));
    List<Article> articles = new ArrayList<>(data.articles);
    Collections.shuffle(articles, new Random(seed + 100));
    assertEquals(expected, fuser.fuse(articles, shuffled));
  }

  @Test
  void syntheticCoverageFusesPurelyAndQuickly() {
    SyntheticClaims data = new SyntheticClaims(2000, 7);
    long t0 = System.nanoTime();
    List<Event> events = fuser.fuse(data.articles, data.claims);
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertTrue(seconds < 30, "fusing 2,000 claims took " + seconds + " s"); // guards against blow-ups only
    int pure = 0;
    int total = 0;
    for (Event e : events) {
      Map<Integer, Integer> counts = new HashMap<>();
      e.claims().forEach(c -> counts.merge(data.truth.get(c), 1, Integer::sum));
      pure += Collections.max(counts.values());
      total += e.claims().size();
    }
    assertEquals(total, (int) data.claims.stream().filter(c -> c.stance() != Stance.HYPOTHETICAL).count());
    assertTrue(pure >= 0.97 * total, "purity " + pure + "/" + total);
    long latent = data.truth.values().stream().distinct().count();
    assertTrue(events.size() < 1.6 * latent, events.size() + " events for " + latent + " latent events");
    assertNotEquals(0, events.size());
    for (int i = 1; i < events.size(); i++) {
      assertTrue(EventOrder.CHRONOLOGICAL.compare(events.get(i - 1), events.get(i)) < 0);
    }
  }
}
