package org.storyline.fuse.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.storyline.fuse.event.Fixtures.article;
import static org.storyline.fuse.event.Fixtures.claim;
import static org.storyline.fuse.event.Fixtures.unresolved;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyline.core.claim.Claim;
import org.storyline.core.claim.EventType;
import org.storyline.core.claim.Stance;
import org.storyline.core.document.Article;
import org.storyline.core.entity.EntityRef;
import org.storyline.core.event.Event;
import org.storyline.core.event.EventStatus;
import org.storyline.fuse.entity.KnowledgeBase;

/**
 * Fusion rules that read what a sentence or a document implies: agreements that talks aim at
 * ({@link Aims}), descriptions of a state ({@link StateDescriptions}), undated mentions of a
 * document's dated meeting or agreement through office holders and capitals
 * ({@link ClaimFuser#soleSameDocumentGroup}), and office holders read from a user's knowledge
 * base. Own sentences, from this story and invented states, so that no rule leans on a seed.
 */
class StandInsAndAimsTest {
  /** A user's knowledge base of invented states: the built-in base knows none of it. */
  static final KnowledgeBase VALDORIA = KnowledgeBase.parse("""
      [valdoria]
      type: STATE
      name: Valdoria

      [ostrava-republic]
      type: STATE
      name: Kestria

      [port-lune]
      type: PLACE
      name: Port Lune
      stands-for: valdoria

      [ivo-marek]
      type: PERSON
      name: Ivo Marek
      office: president | valdoria | 2019-03-01 ..

      [vpa]
      type: MEDIA
      name: Valdorian Press Agency
      alias: VPA; Valdoria's state news agency

      [vdf]
      type: ORGANIZATION
      name: Valdorian Defence Force
      alias: Valdoria's army

      [lune-club]
      type: ORGANIZATION
      name: Lune Chess Club

      [lune-courier]
      type: MEDIA
      name: Lune Courier
      alias: Valdoria's biggest daily

      [lena-sorel]
      type: PERSON
      name: Lena Sorel
      office: prime minister | kestria | 2021 ..
      """, "valdoria.kb");

  private static final List<Article> DOCS = List.of(
      article("d1", "Harbour Wire", "2024-06-21"),
      article("d2", "Lakeside Courier", "2024-03-02"),
      article("d3", "Valley Daily", null));

  private static List<Event> fuse(KnowledgeBase kb, Claim... claims) {
    return new ClaimFuser(kb).fuse(DOCS, List.of(claims));
  }

  private static List<Event> fuse(Claim... claims) {
    return new ClaimFuser().fuse(DOCS, List.of(claims));
  }

  /**
   * A sentence about something else, between the claims under test, so that no undated claim
   * continues the narrative of its neighbour ({@link NarrativeAnchors}): only the rule tested joins.
   */
  private static Claim aside(String id, String document, int offset) {
    return claim(id, document).at(offset).event(EventType.DISAPPROVE, "accuse").source("Japan").target("China")
        .build();
  }

  private static Event eventOf(List<Event> events, String claimId) {
    return events.stream().filter(e -> e.claims().contains(claimId)).findFirst()
        .orElseThrow(() -> new AssertionError(claimId + " in no event: " + events));
  }

  // ---------------------------------------------------------------- aims

  @Test
  void aDealTheTalksAimAtIsPartOfTheTalks() {
    // "Iran was continuing talks with Russia on drones and meant to sign a deal within weeks."
    List<Event> events = fuse(
        claim("n1", "d1").at(40).event(EventType.CONSULT, "meet", "talks").source("Iran").target("Russia")
            .stance(Stance.REPORTED).speaker("Matthew Miller").build(),
        claim("n2", "d1").at(40).event(EventType.AGREE, "agree", "deal").source("Iran")
            .stance(Stance.PLANNED).speaker("Matthew Miller").build());
    assertEquals(1, events.size(), () -> "talks and their aim as one event: " + events);
    Event e = events.get(0);
    assertEquals(EventType.CONSULT, e.type());
    assertEquals("meet", e.mode());
    assertEquals("Iran negotiates an agreement with Russia", e.title());
    assertEquals(EventStatus.REPORTED, e.status(), "the talks happened; the deal is their aim");
    assertEquals(1, e.independentSources());
    assertFalse(e.evidence().contains("announced beforehand"), e.evidence());
    assertTrue(e.evidence().contains("aims at an agreement: claim n2"), e.evidence());
  }

  @Test
  void aDealWithItsOwnDateAnotherSentenceOrAnotherPartyStaysApart() {
    Claim talks = claim("t1", "d1").at(0).event(EventType.CONSULT, "meet").source("Armenia").target("Azerbaijan")
        .build();
    Claim dated = claim("t2", "d1").at(0).event(EventType.AGREE, "sign").source("Armenia").target("Azerbaijan")
        .stance(Stance.PLANNED).day("2024-07-03", "on July 3").build();
    assertEquals(2, fuse(talks, dated).size(), "a signing set for a day is its own event");
    Claim elsewhere = claim("t3", "d1").at(300).event(EventType.AGREE, "agree").source("Armenia")
        .stance(Stance.PLANNED).build();
    assertEquals(2, fuse(talks, elsewhere).size(), "another sentence");
    Claim thirdParty = claim("t4", "d1").at(0).event(EventType.AGREE, "agree").source("Armenia").target("Turkey")
        .stance(Stance.PLANNED).build();
    assertEquals(2, fuse(talks, thirdParty).size(), "a deal with a party the talks do not name");
    Claim happened = claim("t5", "d1").at(0).event(EventType.AGREE, "sign").source("Armenia").build();
    assertEquals(2, fuse(talks, happened).size(), "a signing that happened is an event of its own");
  }

  // ---------------------------------------------------------------- descriptions of a state

  @Test
  void aDescriptionOfTheStateTheSentenceVisitsIsThatState() {
    // "In March, President Marek visited Kestria, where he signed a trade pact with the island nation."
    List<Event> events = fuse(VALDORIA,
        claim("v1", "d2").at(10).event(EventType.CONSULT, "visit").source("Ivo Marek").target("Kestria")
            .place("Kestria").month(2024, 3, "In March").build(),
        claim("v2", "d2").at(10).event(EventType.AGREE, "sign").source("Ivo Marek")
            .actor(unresolved("island nation", "target")).month(2024, 3, "In March").build());
    Event pact = eventOf(events, "v2");
    assertEquals("Ivo Marek signs an agreement with Kestria", pact.title());
    assertTrue(pact.actors().stream().anyMatch(a -> a.name().equals("Kestria") && "target".equals(a.role())),
        pact.actors().toString());
  }

  @Test
  void aDescriptionWithoutOneStateInItsSentenceStaysAndIsLeftOutOfTheTitle() {
    List<Event> events = fuse(
        claim("w1", "d2").at(10).event(EventType.AGREE, "sign").source("Vladimir Putin")
            .actor(unresolved("the reclusive regime", "target")).month(2024, 2).build(),
        claim("w2", "d2").at(10).event(EventType.CONSULT, "visit").source("Vladimir Putin").target("Iran")
            .build(),
        claim("w3", "d2").at(10).event(EventType.CONSULT, "visit").source("Vladimir Putin").target("Syria")
            .build());
    Event pact = eventOf(events, "w1");
    assertTrue(pact.actors().stream().anyMatch(a -> a.entity() == null && a.name().contains("regime")),
        "two states in the sentence: not resolved " + pact.actors());
    assertEquals("Vladimir Putin signs an agreement", pact.title(), "an epithet is no name for a title");
  }

  @ParameterizedTest
  @ValueSource(strings = {"the reclusive regime", "isolated nation", "the Gulf state", "the hermit kingdom",
      "the Islamic republic", "the country", "Pyongyang government"})
  void polityDescriptions(String name) {
    assertTrue(StateDescriptions.describesState(unresolved(name, "target")), name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"the two countries", "Western countries", "the delegation", "state media",
      "officials of the regime's army"})
  void notDescriptionsOfOneState(String name) {
    assertFalse(StateDescriptions.describesState(unresolved(name, "target")), name);
  }

  @Test
  void aResolvedNameIsNeverADescription() {
    assertFalse(StateDescriptions.describesState(new EntityRef("ent-x", "Islamic Republic", "target", null)));
  }

  // ---------------------------------------------------------------- stand-ins in one document

  @Test
  void anUndatedVisitToTheCapitalJoinsTheDocumentsDatedVisitToTheState() {
    List<Event> events = fuse(VALDORIA,
        claim("s1", "d2").at(0).event(EventType.CONSULT, "meet").source("Lena Sorel").target("Valdoria")
            .place("Valdoria").day("2024-02-12").build(),
        claim("s2", "d2").at(400).event(EventType.CONSULT, "visit").source("Lena Sorel").target("Port Lune")
            .place("Port Lune").stance(Stance.REPORTED).speaker("Lena Sorel").build(),
        aside("x1", "d2", 200), aside("x2", "d2", 500),
        claim("s3", "d2").at(600).event(EventType.CONSULT, "meet").source("Lena Sorel")
            .stance(Stance.REPORTED).speaker("Lena Sorel").build());
    assertEquals(2, events.size(), () -> "one visit and the asides: " + events);
    assertEquals(List.of("s1", "s2", "s3"), eventOf(events, "s1").claims());
    assertEquals(EventStatus.CONFIRMED, eventOf(events, "s1").status(), "the visitor's own words");
    // without the user's knowledge base, Port Lune stands for nothing: visit, visit, aside
    assertEquals(3, fuse(claim("s1", "d2").at(0).event(EventType.CONSULT, "meet").source("Lena Sorel")
            .target("Valdoria").place("Valdoria").day("2024-02-12").build(),
        claim("s2", "d2").at(400).event(EventType.CONSULT, "visit").source("Lena Sorel").target("Port Lune")
            .place("Port Lune").build(), aside("x1", "d2", 200)).size());
  }

  @Test
  void anUndatedAgreementOfTheStateJoinsTheDatedOneOfItsPresident() {
    // "The talks follow the signing of a port treaty between Valdoria and Kestria." ... "In February,
    //  President Marek signed the treaty with Kestria."
    List<Event> events = fuse(VALDORIA,
        claim("p1", "d2").at(0).event(EventType.AGREE, "sign").source("Valdoria").target("Kestria").build(),
        aside("x1", "d2", 250),
        claim("p2", "d2").at(500).event(EventType.AGREE, "sign").source("Ivo Marek").target("Kestria")
            .month(2024, 2, "In February").build());
    assertEquals(eventOf(events, "p1"), eventOf(events, "p2"), () -> "one treaty: " + events);
    assertEquals("Ivo Marek signs an agreement with Kestria", eventOf(events, "p1").title(),
        "the state its president signed for is not named beside him");
    // before Marek took office, he did not sign for Valdoria
    assertEquals(3, fuse(VALDORIA,
        claim("p1", "d2").at(0).event(EventType.AGREE, "sign").source("Valdoria").target("Kestria").build(),
        aside("x1", "d2", 250),
        claim("p2", "d2").at(500).event(EventType.AGREE, "sign").source("Ivo Marek").target("Kestria")
            .month(2018, 2, "In February 2018").build()).size());
  }

  @Test
  void statesOnlyThroughTheirLeadersAreNotTheLeadersSummit() {
    // "Valdoria was continuing negotiations with Kestria" beside the dated summit of Marek and Sorel
    List<Event> events = fuse(VALDORIA,
        claim("q1", "d2").at(0).event(EventType.CONSULT, "meet").source("Ivo Marek").target("Lena Sorel")
            .day("2024-02-12").build(),
        aside("x1", "d2", 150),
        claim("q2", "d2").at(300).event(EventType.CONSULT, "meet", "negotiations").source("Valdoria")
            .target("Kestria").build());
    assertEquals(3, events.size(), () -> "no party in common: " + events);
  }

  @Test
  void twoDatedMeetingsInTheDocumentOrARepeatedHappeningTakeNoUndatedMention() {
    List<Event> two = fuse(
        claim("r1", "d2").at(0).event(EventType.CONSULT, "meet").source("Antony Blinken").target("Wang Yi")
            .day("2024-02-12").build(),
        claim("r2", "d2").at(100).event(EventType.CONSULT, "meet").source("Antony Blinken").target("Wang Yi")
            .day("2024-02-20").build(),
        aside("x1", "d2", 200),
        claim("r3", "d2").at(300).event(EventType.CONSULT, "meet").source("Antony Blinken").target("Wang Yi").build());
    assertEquals(4, two.size(), () -> "which meeting is not known: " + two);
    List<Event> strikes = fuse(
        claim("k1", "d2").at(0).event(EventType.ASSAULT, "strike").source("Russia").target("Ukraine")
            .day("2024-02-12").build(),
        aside("x1", "d2", 200),
        claim("k2", "d2").at(300).event(EventType.ASSAULT, "strike").source("Russia").target("Ukraine").build());
    assertEquals(3, strikes.size(), "strikes repeat: an undated one is not the dated one");
    List<Event> otherDocument = fuse(
        claim("m1", "d2").at(0).event(EventType.CONSULT, "meet").source("Antony Blinken").target("Wang Yi")
            .day("2024-02-12").build(),
        claim("m2", "d3").at(0).event(EventType.CONSULT, "meet").source("Antony Blinken").target("Wang Yi").build());
    assertEquals(2, otherDocument.size(), "another document may mean another meeting");
  }

  @Test
  void aMeetingOfDescriptionsIsTheDocumentsOneDatedMeeting() {
    // "Lavrov held talks with Choe Son Hui in Pyongyang on 12 February. ... It is not known what the
    //  ministers discussed."
    List<Event> events = fuse(
        claim("e1", "d2").at(0).event(EventType.CONSULT, "meet").source("Sergei Lavrov").target("Choe Son Hui")
            .day("2024-02-12").build(),
        aside("x1", "d2", 100),
        claim("e2", "d2").at(200).event(EventType.CONSULT, "discuss").actor(unresolved("ministers", "source"))
            .build());
    assertEquals(eventOf(events, "e1"), eventOf(events, "e2"), () -> "the ministers' talks: " + events);
    List<Event> inAnother = fuse(
        claim("e1", "d2").at(0).event(EventType.CONSULT, "meet").source("Sergei Lavrov").target("Choe Son Hui")
            .day("2024-02-12").build(),
        claim("e2", "d3").at(200).event(EventType.CONSULT, "discuss").actor(unresolved("ministers", "source"))
            .build());
    assertEquals(2, inAnother.size(), "another document's ministers may be any");
  }

  @Test
  void aTransferNamingOnlyItsDoerIsItsDocumentsDatedTransferNotAnotherArticlesActivity() {
    // d1: "Since last year Belarus has supplied shells to Russia." d2: "Belarus had started to deliver
    // drones to Russia, officials said on 20 February. ... what Minsk gets for sending them."
    List<Event> events = fuse(
        claim("t1", "d1").at(0).event(EventType.AID, "military").source("Belarus").target("Russia")
            .date(new org.storyline.core.time.DateSpan(java.time.LocalDate.of(2023, 1, 1), null,
                org.storyline.core.time.Granularity.YEAR, "2023", "since last year", "inferred", "since")).build(),
        claim("t2", "d1").at(200).event(EventType.AID, "military").source("Belarus").target("Russia").build(),
        claim("t3", "d2").at(0).event(EventType.AID, "military").source("Belarus").target("Russia")
            .date(new org.storyline.core.time.DateSpan(null, java.time.LocalDate.of(2024, 2, 20),
                org.storyline.core.time.Granularity.DAY, "2024-02-20", "on 20 February", "explicit", "before")).build(),
        aside("x1", "d2", 100),
        claim("t4", "d2").at(200).event(EventType.AID, "military").source("Belarus").build());
    assertEquals(eventOf(events, "t3"), eventOf(events, "t4"), () -> events.toString());
    assertNotEquals(eventOf(events, "t1"), eventOf(events, "t4"));
    // an attack naming only its doer stays apart: attacks repeat
    List<Event> strikes = fuse(
        claim("s1", "d2").at(0).event(EventType.ASSAULT, "strike").source("Russia").target("Ukraine")
            .day("2024-02-12").build(),
        aside("x1", "d2", 100),
        claim("s2", "d2").at(200).event(EventType.ASSAULT, "strike").source("Russia").build());
    assertEquals(3, strikes.size(), () -> strikes.toString());
  }

  @Test
  void aLoneParticipantJoinsOnlyAsTheDoer() {
    List<Event> events = fuse(
        claim("l1", "d2").at(0).event(EventType.CONSULT, "meet").source("Sergei Lavrov").target("Choe Son Hui")
            .day("2024-02-12").build(),
        aside("x1", "d2", 100),
        claim("l2", "d2").at(200).event(EventType.CONSULT, "meet").target("Choe Son Hui").build());
    assertEquals(3, events.size(), "the host alone is no doer of the visit");
  }

  // ---------------------------------------------------------------- the user's knowledge base

  @Test
  void officeHoldersComeFromTheUsersKnowledgeBase() {
    Claim byState = claim("o1", "d1").event(EventType.CONSULT, "meet").source("Ivo Marek").target("Lena Sorel")
        .day("2024-06-20").stance(Stance.REPORTED).speaker("Valdoria").cue("said").build();
    Event withKb = fuse(VALDORIA, byState).get(0);
    assertEquals(EventStatus.CONFIRMED, withKb.status(), "Valdoria speaks for its president: " + withKb.evidence());
    assertTrue(withKb.evidence().contains("stated by Valdoria, a party"), withKb.evidence());
    assertEquals(EventStatus.REPORTED, fuse(byState).get(0).status(), "the built-in base knows no Marek");
    assertTrue(OfficeHolders.of(VALDORIA).actsFor(Fixtures.ref("Ivo Marek", "source"), "Valdoria", null));
    assertFalse(OfficeHolders.builtIn().actsFor(Fixtures.ref("Ivo Marek", "source"), "Valdoria", null));
    assertTrue(OfficeHolders.of(KnowledgeBase.builtIn()) == OfficeHolders.builtIn());
  }

  @Test
  void aStatesOwnMediaReportingItsEventIsAPartysStatement() {
    // "A Kestrian delegation arrived in Port Lune, Yonhap reported, citing Valdorian state media."
    Claim viaStateMedia = claim("m1", "d3").event(EventType.CONSULT, "visit").source("Kestria").target("Port Lune")
        .place("Port Lune").stance(Stance.REPORTED).speaker("Yonhap").cited("Valdorian Press Agency")
        .cue("reported, citing").build();
    Event e = fuse(VALDORIA, viaStateMedia).get(0);
    assertEquals(EventStatus.CONFIRMED, e.status(), e.evidence());
    assertTrue(e.evidence().contains("stated by Valdorian Press Agency, the state media of Valdoria, a party"),
        e.evidence());
    Claim viaDaily = claim("m2", "d3").event(EventType.CONSULT, "visit").source("Kestria").target("Port Lune")
        .place("Port Lune").stance(Stance.REPORTED).cited("Lune Courier").cue("reported").build();
    assertEquals(EventStatus.REPORTED, fuse(VALDORIA, viaDaily).get(0).status(), "a daily is no state's voice");
    Claim notItsEvent = claim("m3", "d3").event(EventType.ASSAULT, "strike").source("Kestria").target("Norland")
        .stance(Stance.REPORTED).cited("Valdorian Press Agency").cue("reported").build();
    assertEquals(EventStatus.REPORTED, fuse(VALDORIA, notItsEvent).get(0).status(), "Valdoria is no party of it");
    // the built-in base: the Korean Central News Agency is North Korea's state media
    Claim kcna = claim("m4", "d3").event(EventType.CONSULT, "visit").source("Belarus").target("Pyongyang")
        .place("Pyongyang").stance(Stance.REPORTED).speaker("Yonhap").cited("Korean Central News Agency")
        .cue("reported, citing").build();
    assertEquals(EventStatus.CONFIRMED, fuse(kcna).get(0).status());
  }

  @Test
  void aBodyOfAStateSpeakingOfItsStatesEventIsAPartysStatement() {
    // "Valdoria is reviewing the border incident, the Valdorian Defence Force said."
    Claim byBody = claim("b1", "d3").event(EventType.INVESTIGATE, "review").source("Valdoria")
        .stance(Stance.REPORTED).speaker("Valdorian Defence Force").cue("said").build();
    Event e = fuse(VALDORIA, byBody).get(0);
    assertEquals(EventStatus.CONFIRMED, e.status(), e.evidence());
    assertTrue(e.evidence().contains("stated by Valdorian Defence Force, a body of Valdoria, a party"), e.evidence());
    Claim byClub = claim("b2", "d3").event(EventType.INVESTIGATE, "review").source("Valdoria")
        .stance(Stance.REPORTED).speaker("Lune Chess Club").cue("said").build();
    assertEquals(EventStatus.REPORTED, fuse(VALDORIA, byClub).get(0).status(), "no state's body");
    Claim otherState = claim("b3", "d3").event(EventType.INVESTIGATE, "review").source("Kestria")
        .stance(Stance.REPORTED).speaker("Valdorian Defence Force").cue("said").build();
    assertEquals(EventStatus.REPORTED, fuse(VALDORIA, otherState).get(0).status(), "not its state's event");
    assertEquals(EventStatus.REPORTED, fuse(byBody).get(0).status(), "the built-in base knows no such force");
  }

  @ParameterizedTest
  @ValueSource(longs = {3, 17, 2024})
  void shuffledInputGivesTheSameEvents(long seed) {
    List<Claim> claims = new ArrayList<>(List.of(
        claim("z1", "d2").at(0).event(EventType.AGREE, "sign").source("Valdoria").target("Kestria").build(),
        aside("x1", "d2", 250), aside("x2", "d2", 600), aside("x3", "d2", 800),
        claim("z2", "d2").at(500).event(EventType.AGREE, "sign").source("Ivo Marek").target("Kestria")
            .month(2024, 2, "In February").build(),
        claim("z3", "d2").at(700).event(EventType.CONSULT, "meet", "talks").source("Valdoria").target("Kestria")
            .build(),
        claim("z4", "d2").at(700).event(EventType.AGREE, "agree", "deal").source("Valdoria")
            .stance(Stance.PLANNED).build(),
        claim("z5", "d2").at(900).event(EventType.CONSULT, "visit").source("Lena Sorel").target("Port Lune")
            .build()));
    List<Event> reference = new ClaimFuser(VALDORIA).fuse(DOCS, claims);
    List<Claim> shuffled = new ArrayList<>(claims);
    Collections.shuffle(shuffled, new Random(seed));
    assertEquals(reference, new ClaimFuser(VALDORIA).fuse(DOCS, shuffled));
    assertEquals(eventOf(reference, "z1"), eventOf(reference, "z2"));
    assertNotEquals(eventOf(reference, "z1"), eventOf(reference, "z3"));
    assertEquals(eventOf(reference, "z3"), eventOf(reference, "z4"));
  }
}
