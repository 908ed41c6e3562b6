package org.storyline.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.storyline.nlp.Analyses.analyze;
import static org.storyline.nlp.Analyses.event;
import static org.storyline.nlp.Analyses.mention;
import static org.storyline.nlp.Analyses.names;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.core.claim.Claim;
import org.storyline.core.claim.ClaimKind;
import org.storyline.core.claim.EventType;
import org.storyline.core.claim.Stance;
import org.storyline.core.entity.EntityType;
import org.storyline.core.stage.DocumentAnalysis;

/** The analyzer on sentences written for these tests (other conflicts and diplomacy). */
class CoreNlpAnalyzerTest {
  /** A Wednesday: "on Monday" in the past is 2024-03-11. */
  private static final String WEDNESDAY = "2024-03-13";

  @Test
  void meetingWithTitleActorPlaceAndWeekday() {
    DocumentAnalysis a = analyze("Iran's foreign minister met his Omani counterpart in Muscat on Monday.", WEDNESDAY);
    Claim c = event(a, "met");
    assertEquals(EventType.CONSULT, c.event().type());
    assertEquals("meet", c.event().mode());
    assertEquals(List.of("Iran's foreign minister"), names(c, "source"));
    assertEquals("Muscat", c.place().name());
    assertEquals(EntityType.PLACE, mention(a, "Muscat").type());
    assertEquals(LocalDate.of(2024, 3, 11), c.date().start());
    assertEquals("title:foreign minister|iran", mention(a, "Iran's foreign minister").key());
    assertEquals(Stance.ASSERTED, c.stance());
  }

  @Test
  void denialOfAReportedShipmentPointsAtIt() {
    DocumentAnalysis a = analyze("Ankara denied reports that it had shipped drones to Baku.", WEDNESDAY);
    Claim deny = event(a, "denied");
    Claim ship = event(a, "shipped");
    assertEquals(EventType.REJECT, deny.event().type());
    assertEquals(Stance.DENIED, deny.stance());
    assertEquals(List.of("Ankara"), names(deny, "source"));
    assertEquals(EntityType.STATE, mention(a, "Ankara").type());
    assertEquals(EventType.AID, ship.event().type());
    assertEquals(Stance.DENIED, ship.stance());
    assertEquals(List.of("Baku"), names(ship, "target"));
    assertEquals(ship.id(), deny.denies());
  }

  @Test
  void reportCitingSources() {
    DocumentAnalysis a = analyze("Israel launched strikes on targets in Syria, Reuters reported, citing two security sources.",
        WEDNESDAY);
    Claim c = event(a, "launched");
    assertEquals(EventType.ASSAULT, c.event().type());
    assertEquals(List.of("Israel"), names(c, "source"));
    assertEquals(Stance.REPORTED, c.stance());
    assertEquals("Reuters", c.attribution().speaker().name());
    assertEquals(EntityType.MEDIA, mention(a, "Reuters").type());
    assertEquals("two security sources", c.attribution().cited().name());
    assertTrue(c.attribution().cue().startsWith("reported"), c.attribution().cue());
  }

  @Test
  void accusationMakesTheAccusedClauseAlleged() {
    DocumentAnalysis a = analyze(
        "Washington has accused Tehran of supplying ballistic missiles to Moscow, the State Department said on Tuesday.",
        WEDNESDAY);
    Claim accuse = event(a, "accused");
    assertEquals(EventType.DISAPPROVE, accuse.event().type());
    assertEquals("accuse", accuse.event().mode());
    assertEquals(List.of("Washington"), names(accuse, "source"));
    assertEquals("State Department", accuse.attribution().speaker().name());
    Claim supply = event(a, "supplying");
    assertEquals(EventType.AID, supply.event().type());
    assertEquals("military", supply.event().mode());
    assertEquals(List.of("Tehran"), names(supply, "source"));
    assertEquals(List.of("Moscow"), names(supply, "target"));
    assertEquals(Stance.ALLEGED, supply.stance());
    assertEquals(EntityType.WEAPON, mention(a, "ballistic missiles").type());
  }

  @Test
  void demonymOfADelegationActsForItsState() {
    DocumentAnalysis a = analyze("A Turkish delegation arrived in Tbilisi on Tuesday for talks with Georgian officials.",
        WEDNESDAY);
    Claim c = event(a, "arrived");
    assertEquals("visit", c.event().mode());
    assertEquals(List.of("Turkish"), names(c, "source"));
    assertEquals(EntityType.STATE, mention(a, "Turkish").type());
    assertEquals("Tbilisi", c.place().name());
    assertEquals(LocalDate.of(2024, 3, 12), c.date().start());
  }

  @Test
  void plannedVisitWithTitleAndReporter() {
    DocumentAnalysis a = analyze("The Egyptian president is set to visit Riyadh next week, Al Jazeera reported.", WEDNESDAY);
    Claim c = event(a, "visit");
    assertEquals(Stance.PLANNED, c.stance());
    assertFalse(names(c, "source").contains("Al Jazeera"), "the reporter is not the visitor");
    assertEquals("Riyadh", c.place().name());
    assertEquals(LocalDate.of(2024, 3, 18), c.date().start());
    assertEquals("Al Jazeera", c.attribution().speaker().name());
    assertEquals("title:president|egypt", mention(a, "Egyptian president").key());
  }

  @Test
  void signingWithBothPartiesPlaceAndFullDate() {
    DocumentAnalysis a = analyze("Syria and Turkey signed a water-sharing agreement in Damascus on 3 May 2023.", WEDNESDAY);
    Claim c = event(a, "signed");
    assertEquals(EventType.AGREE, c.event().type());
    assertEquals(List.of("Syria"), names(c, "source"));
    assertEquals(List.of("Turkey"), names(c, "target"));
    assertEquals("Damascus", c.place().name());
    assertEquals(LocalDate.of(2023, 5, 3), c.date().start());
    assertEquals(1, a.claims().size(), "the agreement noun folds into the signing verb");
  }

  @Test
  void purchaseMakesTheSellerTheSourceAndHedgeMakesItAlleged() {
    DocumentAnalysis a = analyze("Belarus reportedly bought 12 Shahed-136 drones from Iran in 2022, according to Interfax.",
        WEDNESDAY);
    Claim c = event(a, "bought");
    assertEquals(EventType.AID, c.event().type());
    assertEquals(List.of("Iran"), names(c, "source"));
    assertEquals(List.of("Belarus"), names(c, "target"));
    assertEquals(Stance.ALLEGED, c.stance());
    assertEquals("Interfax", c.attribution().speaker().name());
    assertEquals("according to", c.attribution().cue());
    assertEquals(2022, c.date().start().getYear());
    assertEquals(EntityType.WEAPON, mention(a, "Shahed-136").type());
  }

  @Test
  void weaponsFacilitiesAndDeployments() {
    DocumentAnalysis a = analyze("Moscow has deployed Iskander missiles and Kh-101 cruise missiles near the border, "
        + "while Kyiv says Russia fired 155 mm artillery shells at the Plesetsk cosmodrome.", WEDNESDAY);
    for (String w : List.of("Iskander", "Kh-101", "155 mm artillery shells")) {
      assertEquals(EntityType.WEAPON, mention(a, w).type(), w);
    }
    assertEquals(EntityType.FACILITY, a.mentions().stream().filter(m -> m.text().startsWith("Plesetsk"))
        .findFirst().orElseThrow().type());
    Claim deploy = event(a, "deployed");
    assertEquals(EventType.MOBILIZE, deploy.event().type());
    assertEquals("weapons", deploy.event().mode());
    Claim fire = event(a, "fired");
    assertEquals(EventType.ASSAULT, fire.event().type());
    assertEquals("Kyiv", fire.attribution().speaker().name());
    assertEquals(EntityType.STATE, mention(a, "Kyiv").type());
  }

  @Test
  void directQuoteWithTitleSpeaker() {
    DocumentAnalysis a = analyze("\"We will never accept foreign troops on our soil,\" the Finnish prime minister said.",
        WEDNESDAY);
    Claim q = a.claims().stream().filter(c -> c.kind() == ClaimKind.QUOTE).findFirst().orElseThrow();
    assertEquals("We will never accept foreign troops on our soil,", q.quote());
    assertEquals("Finnish prime minister", q.attribution().speaker().name());
    assertEquals(Stance.REPORTED, q.stance());
  }

  @Test
  void futureTalksArePlannedAndDatedNextMonth() {
    DocumentAnalysis a = analyze(
        "The Chinese defence minister will hold talks with his Vietnamese counterpart in Hanoi next month.", WEDNESDAY);
    Claim c = event(a, "talks");
    assertEquals(EventType.CONSULT, c.event().type());
    assertEquals(Stance.PLANNED, c.stance());
    assertEquals(List.of("Chinese defence minister"), names(c, "source"));
    assertEquals("Hanoi", c.place().name());
    assertEquals(LocalDate.of(2024, 4, 1), c.date().start());
  }

  @Test
  void capitalsAreStatesAsActorsAndPlacesAsLocations() {
    DocumentAnalysis a = analyze("Seoul has criticized the launch. The envoy later arrived in Seoul for consultations.",
        WEDNESDAY);
    List<EntityType> seoul = a.mentions().stream().filter(m -> m.text().equals("Seoul")).map(m -> m.type()).toList();
    assertEquals(List.of(EntityType.STATE, EntityType.PLACE), seoul);
  }

  @Test
  void neverPronounsGenericNounsOrCalendarWords() {
    DocumentAnalysis a = analyze("They said on Friday in March that officials and the delegation would return. "
        + "It was not clear what he meant.", WEDNESDAY);
    for (var m : a.mentions()) {
      String t = m.text().toLowerCase();
      assertFalse(List.of("they", "it", "he", "friday", "march", "officials", "the delegation", "delegation").contains(t),
          "unexpected mention " + m);
    }
  }

  @Test
  void quantityWithoutEventBecomesAQuantityClaim() {
    DocumentAnalysis a = analyze("Ukraine has received more than 300 tanks from its allies so far, and Poland holds 250 more.",
        WEDNESDAY);
    assertTrue(a.claims().stream().anyMatch(c -> !c.quantities().isEmpty()), Analyses.describe(a));
  }

  @Test
  void emptyBodyGivesAnEmptyAnalysis() {
    DocumentAnalysis a = analyze("   ", WEDNESDAY);
    assertTrue(a.claims().isEmpty());
    assertTrue(a.mentions().isEmpty());
    assertEquals(0, a.tokens());
  }

  @Test
  void unknownPublicationDateStillAnalyses() {
    DocumentAnalysis a = analyze("Cuba and Venezuela signed an energy pact in Havana on 12 June 2021.", null);
    Claim c = event(a, "signed");
    assertNotNull(c.date());
    assertEquals(LocalDate.of(2021, 6, 12), c.date().start());
    assertNull(c.attribution());
  }
}
