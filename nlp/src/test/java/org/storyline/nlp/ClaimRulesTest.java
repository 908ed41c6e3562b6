package org.storyline.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.storyline.nlp.Analyses.analyze;
import static org.storyline.nlp.Analyses.event;
import static org.storyline.nlp.Analyses.names;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storyline.core.claim.Bound;
import org.storyline.core.claim.Claim;
import org.storyline.core.claim.ClaimKind;
import org.storyline.core.claim.EventType;
import org.storyline.core.claim.Quantity;
import org.storyline.core.claim.Stance;
import org.storyline.core.stage.DocumentAnalysis;

/** The claim rules added while measuring against the gold sets, each on sentences of its own. */
class ClaimRulesTest {
  @Test
  void phrasalVerbCallUpIsAMobilization() {
    Claim c = event(analyze("Belarus called up 5,000 reservists for exercises near the border.", "2024-02-01"), "called");
    assertEquals(EventType.MOBILIZE, c.event().type());
    assertEquals(List.of("Belarus"), names(c, "source"));
    assertEquals(5000, c.quantities().get(0).value());
  }

  @Test
  void firingOnAPositionIsAnAssaultButFiringAnAideIsNot() {
    Claim c = event(analyze("Georgian troops fired on a Russian checkpoint near Tskhinvali.", "2008-08-10"), "fired");
    assertEquals(EventType.ASSAULT, c.event().type());
    DocumentAnalysis a = analyze("The Kenyan president fired his finance minister on Monday.", "2024-07-02");
    assertTrue(a.claims().stream().noneMatch(x -> x.event() != null && x.event().type() == EventType.ASSAULT),
        Analyses.describe(a));
  }

  @Test
  void aKillingWithACountIsAnAssaultEvenWithoutNamedActors() {
    Claim c = event(analyze("Gunmen killed at least 30 farmers in the north of the country.", "2024-03-03"), "killed");
    assertEquals(EventType.ASSAULT, c.event().type());
    Quantity q = c.quantities().get(0);
    assertEquals(30, q.value());
    assertEquals(Bound.AT_LEAST, q.bound());
  }

  @Test
  void supplyingBetweenTwoNumbersOfSystemsIsMilitaryAid() {
    Claim c = event(analyze("Spain will supply between 4 and 6 air defence systems to Poland.", "2024-05-01"), "supply");
    assertEquals(EventType.AID, c.event().type());
    assertEquals(Stance.PLANNED, c.stance());
    Quantity q = c.quantities().get(0);
    assertEquals(Bound.RANGE, q.bound());
    assertEquals(4.0, q.low());
    assertEquals(6.0, q.high());
  }

  @Test
  void largeCountsOfPeopleAreFiguresSmallOnesAreParticipants() {
    Claim big = event(analyze("Chad deployed 1,200 soldiers to the Niger border.", "2024-05-01"), "deployed");
    assertEquals(1200, big.quantities().get(0).value());
    DocumentAnalysis small = analyze("The two ministers met in Rome on Friday.", "2024-05-04");
    assertTrue(event(small, "met").quantities().isEmpty(), Analyses.describe(small));
  }

  @Test
  void aDurationFramingAVisitIsNoFigureButAMeasuredLengthIs() {
    Claim visit = event(analyze("The Indian premier will visit Moscow for three days next month.", "2024-06-01"), "visit");
    assertTrue(visit.quantities().isEmpty(), visit.quantities().toString());
    DocumentAnalysis a = analyze("Modi and Putin met in the Kremlin. The meeting lasted about four hours.", "2024-07-10");
    Claim lasted = a.claims().stream().filter(c -> c.sentence().startsWith("The meeting lasted")).findFirst()
        .orElseThrow(() -> new AssertionError(Analyses.describe(a)));
    assertEquals(4.0, lasted.quantities().get(0).value());
  }

  @Test
  void aVisitedCapitalStandsForTheHostWhenNoOneElseIsNamed() {
    Claim c = event(analyze("The Hungarian foreign minister visited Beijing on Tuesday.", "2024-05-09"), "visited");
    assertEquals(List.of("Beijing"), names(c, "target"));
  }

  @Test
  void aClosingSpeechVerbHungOnANounStillAttributes() {
    Claim c = event(analyze("Sweden called up 2,000 reservists, the defence minister announced.", "2024-01-10"), "called");
    assertNotNull(c.attribution(), "attribution");
    assertTrue(c.attribution().speaker().name().contains("minister"), c.attribution().toString());
    assertEquals(Stance.REPORTED, c.stance());
  }

  @Test
  void aTriggerDeepInsideAReportedClauseIsAttributed() {
    Claim c = event(analyze("Analyst Maria Lopez noted that in exchange for delivering drones, Tehran hopes to gain "
        + "hard currency.", "2024-01-10"), "delivering");
    assertNotNull(c.attribution());
    assertEquals("Maria Lopez", c.attribution().speaker().name());
  }

  @Test
  void aPronounSpeakerTakesThePreviousSentencesSpeaker() {
    DocumentAnalysis a = analyze("According to Ankara's statement, Erdogan met Zelensky in Istanbul on Friday. "
        + "It added that Erdogan's talks with Zelensky will advance the grain corridor.", "2024-03-09");
    Claim talks = event(a, "talks");
    assertNotNull(talks.attribution());
    assertNotNull(talks.attribution().speaker(), talks.attribution().toString());
    assertEquals("Ankara", talks.attribution().speaker().name());
  }

  @Test
  void aQuoteTakesTheSpeakerFoundForItsEvents() {
    DocumentAnalysis a = analyze("\"The ministry is investigating the incident in detail,\" the Polish army said.", "2024-01-10");
    Claim quote = a.claims().stream().filter(c -> c.kind() == ClaimKind.QUOTE).findFirst()
        .orElseThrow(() -> new AssertionError(Analyses.describe(a)));
    assertNotNull(quote.attribution().speaker(), Analyses.describe(a));
  }

  @Test
  void aConjoinedVerbSharesTheFutureAuxiliary() {
    Claim c = event(analyze("The Qatari envoy will stay in Kabul until Friday and meet Taliban officials.", "2024-05-01"),
        "meet");
    assertEquals(Stance.PLANNED, c.stance());
  }

  @Test
  void eagernessToReceiveIsAPlan() {
    Claim c = event(analyze("Hungary is eager to receive fighter jets from Sweden.", "2024-05-01"), "receive");
    assertEquals(Stance.PLANNED, c.stance());
  }

  @Test
  void anInvasionOfAStateTargetsIt() {
    Claim c = event(analyze("Iraq's invasion of Kuwait in 1990 led to a war.", "2020-08-02"), "invasion");
    assertEquals(List.of("Kuwait"), names(c, "target"));
  }

  @Test
  void aPactWithAStateAndAmmunitionFromAStateNameTheOtherSide() {
    Claim pact = event(analyze("In May, Japan signed a defence pact with the Philippines.", "2024-07-01"), "signed");
    assertEquals(List.of("Philippines"), names(pact, "target"));
    Claim buy = event(analyze("Iran was seeking to obtain more ammunition from Belarus.", "2024-07-01"), "obtain");
    assertEquals(List.of("Belarus"), names(buy, "source"));
  }

  @Test
  void anAttributedSentenceWithoutEventIsAStatementOfItsSpeaker() {
    DocumentAnalysis a = analyze("The mission is led by a retired general, the Kenyan foreign ministry said in a brief note.",
        "2024-05-01");
    Claim st = a.claims().stream().filter(c -> c.kind() == ClaimKind.STATEMENT).findFirst()
        .orElseThrow(() -> new AssertionError(Analyses.describe(a)));
    assertTrue(st.attribution().speaker().name().contains("ministry"), st.attribution().toString());
    DocumentAnalysis plain = analyze("The mission is led by a retired general.", "2024-05-01");
    assertTrue(plain.claims().isEmpty(), Analyses.describe(plain));
  }

  @Test
  void aSourceLineCoversTheStoryButNotItsBackgroundList() {
    DocumentAnalysis a = analyze("Turkey's defence minister arrived in Baku on Tuesday.\n\nSource: Azerbaijani defence "
        + "ministry\n\nThe minister reportedly met his Azerbaijani counterpart Zakir Hasanov.\n\n"
        + "• In 2020, Turkey supplied drones to Azerbaijan.", "2024-05-08");
    Claim met = event(a, "met");
    assertNotNull(met.attribution(), Analyses.describe(a));
    Claim supplied = event(a, "supplied");
    assertEquals(null, supplied.attribution(), "a background note is the outlet's own");
  }

  @Test
  void aGerundOfMeansTakesTheSubjectNotTheObject() {
    Claim c = event(analyze("Iran is backing the Houthis by supplying drones.", "2024-05-08"), "supplying");
    assertEquals(List.of("Iran"), names(c, "source"));
  }

  @Test
  void reportedCitingThatClauseIsAttributedToTheOutlet() {
    Claim c = event(analyze("Nikkei reported, citing defence officials, that Tokyo will send 50 armoured vehicles to Manila.",
        "2024-05-08"), "send");
    assertNotNull(c.attribution());
    assertEquals("Nikkei", c.attribution().speaker().name());
  }

  @Test
  void aNewspaperIsASpeakerInAccordingTo() {
    Claim c = event(analyze("Poland could buy 96 attack helicopters, according to a local newspaper.", "2024-05-08"), "buy");
    assertNotNull(c.attribution());
    assertNotNull(c.attribution().speaker(), c.attribution().toString());
    assertTrue(c.attribution().speaker().name().contains("newspaper"), c.attribution().toString());
    assertEquals(Stance.HYPOTHETICAL, c.stance());
  }

  @Test
  void aPastProgressiveUnderADatedReportHeldWhenReported() {
    Claim ongoing = event(analyze("In May 2021, the Times reported that Iran was selling drones to Venezuela.",
        "2024-05-08"), "selling");
    assertNotNull(ongoing.date(), Analyses.describe(analyze("x", null)));
    assertEquals("2021-05", ongoing.date().value());
    Claim done = event(analyze("In May 2021, the Times reported that Iran had sold drones to Venezuela.",
        "2024-05-08"), "sold");
    assertNotNull(done.date(), "a completed sale happened by the time it was reported");
    assertEquals(null, done.date().start(), "a completed sale is not placed on its report's days");
    assertEquals(java.time.LocalDate.of(2021, 5, 31), done.date().end());
    assertEquals("before", done.date().modifier());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Rebel fighters attacked a border checkpoint in the east. | attacked | Rebel fighters | border checkpoint
      Unknown gunmen shelled two villages near the lake overnight. | shelled | Unknown gunmen | villages
      Pirates attacked a commercial ship in the Gulf of Aden. | attacked | Pirates | commercial ship
      The junta attacked a police station near the capital. | attacked | junta | police station
      """)
  void anActorWithoutANameIsDescribedByItsNounPhrase(String sentence, String trigger, String source, String target) {
    DocumentAnalysis a = analyze(sentence, "2024-03-01");
    Claim c = event(a, trigger);
    assertTrue(names(c, "source").stream().anyMatch(n -> n.contains(source)), Analyses.describe(a));
    assertTrue(names(c, "target").stream().anyMatch(n -> n.contains(target)), Analyses.describe(a));
  }

  @Test
  void aDescribedActorLeavesOutItsCount() {
    DocumentAnalysis a = analyze("Militiamen killed more than 40 villagers in the province.", "2024-03-01");
    assertEquals(List.of("villagers"), names(event(a, "killed"), "target"), Analyses.describe(a));
  }

  @Test
  void theSigningOfAPactBetweenTwoStatesNamesBoth() {
    DocumentAnalysis a = analyze("The talks followed the signing of a border pact between Chile and Peru.", "2024-03-01");
    Claim c = event(a, "signing");
    assertEquals(EventType.AGREE, c.event().type());
    assertEquals(List.of("Chile"), names(c, "source"));
    assertEquals(List.of("Peru"), names(c, "target"));
  }

  @Test
  void whoFacesAccusationsIsTheirTarget() {
    DocumentAnalysis a = analyze("Belgrade faces mounting accusations from Kosovo of arming local militias.", "2024-03-01");
    Claim c = event(a, "accusations");
    assertEquals(List.of("Kosovo"), names(c, "source"), Analyses.describe(a));
    assertEquals(List.of("Belgrade"), names(c, "target"), Analyses.describe(a));
  }

  @Test
  void aPronounSubjectUnderASpeechVerbIsItsSpeaker() {
    DocumentAnalysis a = analyze("Turkey said it had struck Kurdish militant positions in northern Iraq.", "2024-03-01");
    assertEquals(List.of("Turkey"), names(event(a, "struck"), "source"), Analyses.describe(a));
    DocumentAnalysis b = analyze("Polish officials said they were investigating the crash of a drone near Lublin.", "2024-03-01");
    assertTrue(names(event(b, "investigating"), "source").stream().anyMatch(n -> n.contains("Polish")), Analyses.describe(b));
  }

  @Test
  void anAttackAcrossTheRegionsOfAStateTargetsTheState() {
    DocumentAnalysis a = analyze("Russia launched dozens of drones across five regions of Ukraine overnight.", "2024-03-01");
    assertEquals(List.of("Ukraine"), names(event(a, "launched"), "target"), Analyses.describe(a));
  }

  @Test
  void aVisitedCountryNamedByANounIsTheTargetNotTheInvitingHost() {
    DocumentAnalysis a = analyze("The Indian premier will visit the island nation at the invitation of President Ranil Wickremesinghe.",
        "2024-03-01");
    Claim c = event(a, "visit");
    assertTrue(names(c, "target").stream().anyMatch(n -> n.contains("island nation")), Analyses.describe(a));
    assertTrue(names(c, "target").stream().noneMatch(n -> n.contains("Wickremesinghe")), Analyses.describe(a));
  }

  @Test
  void aControlledSubjectThatIsAWeaponGivesWayToTheController() {
    DocumentAnalysis a = analyze("Hamas has been using tunnels to attack Israeli positions.", "2024-03-01");
    assertEquals(List.of("Hamas"), names(event(a, "attack"), "source"), Analyses.describe(a));
  }

  @Test
  void citingParsedAsAModifierStillNamesTheCitedSource() {
    DocumentAnalysis a = analyze("Qatar delivered fuel to Gaza, Al Jazeera reported, citing aid workers.", "2024-03-01");
    Claim c = event(a, "delivered");
    assertEquals("Al Jazeera", c.attribution().speaker().name(), c.attribution().toString());
    assertNotNull(c.attribution().cited(), c.attribution().toString());
    assertTrue(c.attribution().cited().name().contains("aid workers"), c.attribution().toString());
  }

  @Test
  void aClosingSpeakerAfterTheLastCommaAttributesTheSentence() {
    DocumentAnalysis a = analyze("Mali is preparing to deploy more than 500 soldiers along the border, a senior diplomat said.",
        "2024-03-01");
    Claim c = event(a, "deploy");
    assertNotNull(c.attribution(), Analyses.describe(a));
    assertTrue(c.attribution().speaker().name().contains("diplomat"), c.attribution().toString());
  }

  @Test
  void theAccusedWhoDeniesAnAccusationIsTheOneWhoWouldHaveActed() {
    DocumentAnalysis a = analyze("Iran rejected the allegations of supplying drones to Russia.", "2024-03-01");
    Claim c = event(a, "supplying");
    assertEquals(List.of("Iran"), names(c, "source"), Analyses.describe(a));
    assertEquals(Stance.DENIED, c.stance());
  }

  @Test
  void itAfterANamedSubjectInTheSameSentenceIsThatSubject() {
    DocumentAnalysis a = analyze("While Serbia could be slow to act, it is eager to receive jets from France.", "2024-03-01");
    assertEquals(List.of("Serbia"), names(event(a, "receive"), "target"), Analyses.describe(a));
  }

  @Test
  void iInsideAQuotationIsItsSpeaker() {
    DocumentAnalysis a = analyze("\"I will visit Kyiv next week,\" Kaja Kallas told reporters.", "2024-03-01");
    assertEquals(List.of("Kaja Kallas"), names(event(a, "visit"), "source"), Analyses.describe(a));
  }

  @Test
  void obtainingEvidenceIsAnInvestigationAndFightingIsAFight() {
    DocumentAnalysis a = analyze("Dutch prosecutors obtained new evidence of the missile launch.", "2024-03-01");
    assertEquals(EventType.INVESTIGATE, event(a, "obtained").event().type(), Analyses.describe(a));
    DocumentAnalysis b = analyze("Rebel fighters were fighting near Goma on Sunday.", "2024-03-04");
    assertEquals(EventType.FIGHT, event(b, "fighting").event().type(), Analyses.describe(b));
  }

  @Test
  void aFirstPersonInvitationToVisitIsTheSpeakersVisit() {
    DocumentAnalysis a = analyze("Quote from Viktor Orban: \"I accepted your invitation to visit Beijing with pleasure.\"", "2024-03-01");
    assertEquals(List.of("Viktor Orban"), names(event(a, "visit"), "source"), Analyses.describe(a));
  }

  @Test
  void provideWithParsedAsAClauseStillGivesArmsToTheObject() {
    DocumentAnalysis a = analyze("According to the diplomat, these ties are a \"two-way street,\" in which Iran provides Russia"
        + " with military equipment to use in Ukraine.", "2024-03-01");
    Claim c = event(a, "provides");
    assertEquals(EventType.AID, c.event().type());
    assertEquals(List.of("Iran"), names(c, "source"));
    assertEquals(List.of("Russia"), names(c, "target"));
  }

  @Test
  void aTitleFollowedByANameSpeaksAsThePerson() {
    DocumentAnalysis a = analyze("Ukraine's UN ambassador Sergiy Kyslytsya stated that Russia had launched Iranian drones at Kyiv.",
        "2024-03-01");
    Claim c = event(a, "launched");
    assertNotNull(c.attribution(), Analyses.describe(a));
    assertEquals("Sergiy Kyslytsya", c.attribution().speaker().name());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Iran faces growing accusations from Ukraine of supplying drones to Russia. | supplying | Iran | Russia",
      "Armenia faces accusations from Baku of receiving howitzers from India. | receiving | India | Armenia",
      "Sudan's army faces accusations of receiving drones from Tehran. | receiving | Tehran | Sudan's army",
      "Serbia rejected allegations of selling ammunition to Kyiv. | selling | Serbia | Kyiv"})
  void theOneWhoFacesOrRejectsAnAllegationIsItsActor(String sentence, String trigger, String source, String target) {
    DocumentAnalysis a = analyze(sentence, "2024-11-05");
    Claim c = event(a, trigger);
    assertEquals(EventType.AID, c.event().type());
    assertEquals(List.of(source), names(c, "source"), Analyses.describe(a));
    assertEquals(List.of(target), names(c, "target"), Analyses.describe(a));
    assertTrue(c.stance() == Stance.ALLEGED || c.stance() == Stance.DENIED, c.stance().toString());
  }

  @Test
  void theByPhraseOfAParticipleModifyingANounIsItsAgent() {
    DocumentAnalysis a = analyze("The army said it had used tanks supplied by Germany in the offensive.", "2024-11-05");
    Claim c = event(a, "supplied");
    assertEquals(EventType.AID, c.event().type());
    assertEquals(List.of("Germany"), names(c, "source"), Analyses.describe(a));
    DocumentAnalysis b = analyze("A spokesman said on Thursday that Russia had launched missiles supplied by North Korea "
        + "against Ukraine on December 30.", "2024-01-04");
    Claim supply = event(b, "supplied");
    assertEquals(List.of("North Korea"), names(supply, "source"), Analyses.describe(b));
    assertEquals(null, supply.date(), "the supply came before the launch: it takes no date of the launch");
  }

  @Test
  void criticismDrawnFromSomeoneIsTheirs() {
    DocumentAnalysis a = analyze("The annexation has drawn fierce criticism from the Arab League.", "2024-11-05");
    Claim c = event(a, "criticism");
    assertEquals(EventType.DISAPPROVE, c.event().type());
    assertEquals(List.of("Arab League"), names(c, "source"), Analyses.describe(a));
  }

  @Test
  void aPluralNounWithAnObjectIsTheVerb() {
    DocumentAnalysis a = analyze("Washington routinely sanctions Venezuelan oil firms and Cuban banks.", "2024-11-05");
    Claim c = event(a, "sanctions");
    assertEquals(EventType.SANCTION, c.event().type());
    assertEquals(List.of("Washington"), names(c, "source"), Analyses.describe(a));
  }

  @Test
  void aDefiniteEventExpectedToHappenIsPlannedEvenWithoutActors() {
    DocumentAnalysis a = analyze("The negotiations are expected to address a grain corridor.", "2024-11-05");
    assertEquals(Stance.PLANNED, event(a, "negotiations").stance(), Analyses.describe(a));
    DocumentAnalysis past = analyze("The meeting follows a long dispute over water rights.", "2024-11-05");
    assertTrue(past.claims().stream().noneMatch(c -> c.kind() == ClaimKind.EVENT), Analyses.describe(past));
  }

  @Test
  void claimingToHaveDoneSomethingIsAnAttributedStatement() {
    DocumentAnalysis a = analyze("The Taliban claimed to have captured a border post near Spin Boldak.", "2024-11-05");
    Claim st = a.claims().stream().filter(c -> c.kind() == ClaimKind.STATEMENT).findFirst()
        .orElseThrow(() -> new AssertionError(Analyses.describe(a)));
    assertEquals("Taliban", st.attribution().speaker().name());
  }

  @Test
  void gettingArmsFromASellerIsAidFromTheSeller() {
    DocumentAnalysis a = analyze("Caracas wants to get modern air defence missiles from Beijing.", "2024-11-05");
    Claim c = event(a, "get");
    assertEquals(EventType.AID, c.event().type());
    assertEquals(List.of("Beijing"), names(c, "source"), Analyses.describe(a));
    assertEquals(List.of("Caracas"), names(c, "target"));
    assertEquals(Stance.PLANNED, c.stance());
  }

  @Test
  void workersSentAbroadAreAidButOfficialsSentToTalksAreNot() {
    DocumentAnalysis a = analyze("Nepal sent 2,000 construction workers to Qatar.", "2024-11-05");
    assertEquals(EventType.AID, event(a, "sent").event().type(), Analyses.describe(a));
    DocumentAnalysis b = analyze("Nepal sent two officials to the talks in Doha.", "2024-11-05");
    assertTrue(b.claims().stream().noneMatch(c -> c.event() != null && c.event().type() == EventType.AID),
        Analyses.describe(b));
  }

  @Test
  void addingThatKeepsTheSpeakerOfTheVerbItHangsOn() {
    DocumentAnalysis a = analyze("Kurdish fighters shelled a checkpoint, the Associated Press said, adding that Ankara had deployed"
        + " 500 troops to the border.", "2024-11-05");
    Claim c = event(a, "deployed");
    assertNotNull(c.attribution(), Analyses.describe(a));
    assertEquals("Associated Press", c.attribution().speaker().name());
  }

  @Test
  void accordingToTheReportMeansTheSourceJustNamed() {
    DocumentAnalysis a = analyze("Amnesty International said it had documented the strikes on Aleppo.\n\n"
        + "According to the report, government jets bombed three bakeries.", "2024-11-05");
    Claim c = event(a, "bombed");
    assertNotNull(c.attribution(), Analyses.describe(a));
    assertEquals("Amnesty International", c.attribution().speaker().name());
  }

  @Test
  void aStatesAgencyActsAsTheAgencyAndAnOutletAsItsName() {
    DocumentAnalysis a = analyze("Israel's foreign ministry condemned the attack on the embassy.", "2024-11-05");
    assertTrue(names(event(a, "condemned"), "source").get(0).contains("foreign ministry"), Analyses.describe(a));
    DocumentAnalysis b = analyze("The French weekly Le Point reported that Mali had expelled the envoy after troops attacked"
        + " a convoy.", "2024-11-05");
    Claim c = event(b, "attacked");
    assertNotNull(c.attribution(), Analyses.describe(b));
    assertEquals("Le Point", c.attribution().speaker().name());
  }

  @Test
  void coordinatedNationalitiesAreEachAnActor() {
    DocumentAnalysis a = analyze("Polish and Lithuanian officials condemned the drone incursion.", "2024-11-05");
    List<String> sources = names(event(a, "condemned"), "source");
    assertEquals(2, sources.size(), Analyses.describe(a));
    assertTrue(sources.stream().anyMatch(n -> n.contains("Lithuanian")), sources.toString());
  }

  @Test
  void peopleInterviewedByAnOutletSpeakThemselves() {
    DocumentAnalysis a = analyze("Residents interviewed by Al Jazeera said that militias had attacked the market.", "2024-11-05");
    Claim c = event(a, "attacked");
    assertNotNull(c.attribution(), Analyses.describe(a));
    assertEquals("Residents", c.attribution().speaker().name());
  }

  @Test
  void supportForOnesOwnAimsAndExistentialDemandAreNoEvents() {
    DocumentAnalysis a = analyze("Turkey sent troops to northern Iraq to support its own security goals.", "2024-11-05");
    assertTrue(a.claims().stream().noneMatch(c -> c.event() != null && c.event().type() == EventType.SUPPORT),
        Analyses.describe(a));
    DocumentAnalysis b = analyze("\"There is a huge demand for shells on the front,\" the general said.", "2024-11-05");
    assertTrue(b.claims().stream().noneMatch(c -> c.event() != null && c.event().type() == EventType.DEMAND),
        Analyses.describe(b));
  }

  @Test
  void aNegatedAnnouncementClaimsNothingButTheCoordinatedActStands() {
    DocumentAnalysis a = analyze("The envoys did not announce a ceasefire deal but will meet the Saudi foreign minister on Friday.",
        "2024-11-05");
    assertTrue(a.claims().stream().noneMatch(c -> c.event() != null && c.event().type() == EventType.AGREE),
        Analyses.describe(a));
    Claim meet = event(a, "meet");
    assertEquals(Stance.PLANNED, meet.stance());
    assertTrue(meet.attribution() == null || meet.attribution().speaker() == null, meet.attribution() + "");
  }

  @Test
  void aSubjectHungOnTheClauseBeforeStillActs() {
    DocumentAnalysis a = analyze("With its own stocks exhausted by the war and its plants hit by drones, Belarus has been"
        + " emerging as Moscow's main supplier, reportedly sending Russia rockets and mortar rounds.", "2024-11-05");
    assertEquals(List.of("Belarus"), names(event(a, "sending"), "source"), Analyses.describe(a));
  }

  @Test
  void whatIsGottenInReturnDoesNotSend() {
    DocumentAnalysis a = analyze("It is unclear what Minsk gets in return for supplying the shells to Moscow.", "2024-11-05");
    assertEquals(List.of("Minsk"), names(event(a, "supplying"), "source"), Analyses.describe(a));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Serbia said it would send 50 soldiers to Cyprus. | send | PLANNED",
      "The ministry announced that the army would deploy two brigades to the north. | deploy | PLANNED",
      "Mali said it would deploy troops to the border if the attacks continued. | deploy | HYPOTHETICAL",
      "Mali could deploy troops to the border, diplomats said. | deploy | HYPOTHETICAL"})
  void wouldUnderAPastReportIsPlannedUnlessConditional(String sentence, String trigger, Stance stance) {
    DocumentAnalysis a = analyze(sentence, "2024-11-05");
    assertEquals(stance, event(a, trigger).stance(), Analyses.describe(a));
  }

  @Test
  void whatIsGivenInExchangeGoesToWhomTheOtherThingComesFrom() {
    DocumentAnalysis a = analyze("In return for supplying grain, Ankara hopes to get cheap gas from Baku.", "2024-11-05");
    Claim c = event(a, "supplying");
    assertEquals(List.of("Baku"), names(c, "target"), Analyses.describe(a));
    assertEquals(List.of("Baku"), names(event(a, "get"), "source"), Analyses.describe(a));
  }

  @Test
  void theyGoesOnWithThePreviousActorAndItsSource() {
    DocumentAnalysis a = analyze("According to the Kenyan foreign ministry, the Sudanese delegation will arrive in Nairobi on"
        + " Thursday.\n\nThey will also meet the African Union envoy.", "2024-11-05");
    Claim c = event(a, "meet");
    assertTrue(names(c, "source").stream().anyMatch(n -> n.contains("delegation") || n.contains("Sudanese")),
        Analyses.describe(a));
    assertNotNull(c.attribution(), Analyses.describe(a));
    assertNotNull(c.attribution().speaker(), c.attribution().toString());
    DocumentAnalysis b = analyze("Chinese envoys arrived in Hanoi on Monday. They did not say when talks would start.", "2024-11-05");
    assertTrue(b.claims().stream().noneMatch(x -> x.sentence().startsWith("They") && x.event() != null
        && names(x, "source").isEmpty() && x.attribution() != null && x.attribution().speaker() != null), Analyses.describe(b));
  }

  @Test
  void oneDocumentsAttacksOnATargetButDoesNotTargetIt() {
    DocumentAnalysis a = analyze("Human Rights Watch said it had documented strikes on hospitals in Idlib.", "2024-11-05");
    assertTrue(names(event(a, "documented"), "target").isEmpty(), Analyses.describe(a));
  }

  @Test
  void aProperNameTheRecogniserMissedStillActs() {
    DocumentAnalysis a = analyze("The Wagner Group allegedly killed dozens of miners near Bambari.", "2024-11-05");
    assertEquals(List.of("Wagner Group"), names(event(a, "killed"), "source"), Analyses.describe(a));
  }

  @Test
  void aFigureSaidBySomeoneUnnamedIsStillAReportedQuantity() {
    DocumentAnalysis a = analyze("Relief workers said tens of thousands of families have lost their homes.", "2024-11-05");
    Claim q = a.claims().stream().filter(c -> c.kind() == ClaimKind.QUANTITY).findFirst()
        .orElseThrow(() -> new AssertionError(Analyses.describe(a)));
    assertEquals(Stance.REPORTED, q.stance());
    assertEquals(Bound.VAGUE, q.quantities().get(0).bound());
  }

  @Test
  void whoseDemandIsRejectedIsTheTargetOfTheRejection() {
    DocumentAnalysis a = analyze("Hamas rejected a proposal by Egyptian mediators to free ten hostages.", "2024-11-05");
    assertTrue(names(event(a, "rejected"), "target").stream().anyMatch(n -> n.contains("mediators")), Analyses.describe(a));
  }

  @Test
  void whatIsDoneInReturnIsTakenAsGivenEvenWhenTheRewardIsUnclear() {
    DocumentAnalysis a = analyze("It remains unclear what Minsk receives in return for sending troops to the border.", "2024-11-05");
    assertTrue(event(a, "sending").stance() != Stance.HYPOTHETICAL, Analyses.describe(a));
    DocumentAnalysis b = analyze("It is unclear whether Minsk sent troops to the border.", "2024-11-05");
    assertEquals(Stance.HYPOTHETICAL, event(b, "sent").stance(), Analyses.describe(b));
  }

  @Test
  void theHostOfTalksWithSomeoneMeetsThem() {
    DocumentAnalysis a = analyze("Oman will host indirect talks with Iran next month.", "2024-11-05");
    Claim c = event(a, "host");
    assertEquals(EventType.CONSULT, c.event().type());
    assertEquals(List.of("Iran"), names(c, "target"), Analyses.describe(a));
  }

  @Test
  void whatAGerundModifiesIsItsTargetAndAnAttackOnSomethingIsAnEvent() {
    DocumentAnalysis a = analyze("Kosovo accused Serbia of attacking police stations in the north.", "2024-11-05");
    assertTrue(names(event(a, "attacking"), "target").stream().anyMatch(n -> n.contains("police stations")),
        Analyses.describe(a));
    DocumentAnalysis b = analyze("Doctors Without Borders said it had recorded attacks on clinics in Khartoum.", "2024-11-05");
    Claim c = event(b, "attacks");
    assertEquals(EventType.ASSAULT, c.event().type());
    assertTrue(names(c, "target").stream().anyMatch(n -> n.contains("clinics")), Analyses.describe(b));
  }

  @Test
  void theTwoCountriesAreThePairTheTextIsAboutNotTheLastTwoNamed() {
    DocumentAnalysis a = analyze("Iran and Venezuela signed a security pact in Caracas on Monday. Tehran will send drones "
        + "to Venezuela, and Caracas will buy rifles from Iran. Relations with France soured after the election in "
        + "Venezuela. The deepening military cooperation between the two countries has alarmed Western capitals.",
        "2024-05-08");
    Claim c = a.claims().stream().filter(x -> x.event() != null && x.event().trigger().equals("cooperation"))
        .findFirst().orElseThrow(() -> new AssertionError(Analyses.describe(a)));
    List<String> both = new java.util.ArrayList<>(names(c, "source"));
    both.addAll(names(c, "target"));
    assertEquals(java.util.Set.of("Iran", "Venezuela"), new java.util.HashSet<>(both), Analyses.describe(a));
  }

  @Test
  void twoCountriesNamedInTheSameSentenceAreThePair() {
    DocumentAnalysis a = analyze("Iran and the United States resumed indirect talks. Tehran blamed Washington for the delay, "
        + "and Iran said the United States had broken its word. Pakistan and Afghanistan signed a border pact in March, "
        + "deepening military cooperation between the two countries.", "2024-05-08");
    Claim c = a.claims().stream().filter(x -> x.event() != null && x.event().trigger().equals("cooperation"))
        .findFirst().orElseThrow(() -> new AssertionError(Analyses.describe(a)));
    List<String> both = new java.util.ArrayList<>(names(c, "source"));
    both.addAll(names(c, "target"));
    assertEquals(java.util.Set.of("Pakistan", "Afghanistan"), new java.util.HashSet<>(both), Analyses.describe(a));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Caracas hopes to get modern air defence missiles from Beijing. | get | HYPOTHETICAL
      Minsk hopes to receive fighter jets from Moscow next year. | receive | HYPOTHETICAL
      Caracas plans to get modern air defence missiles from Beijing. | get | PLANNED
      Tokyo hopes to sell six frigates to Manila. | sell | PLANNED
      """)
  void whatOneHopesToReceiveFromAnotherIsNoPlan(String sentence, String trigger, Stance stance) {
    DocumentAnalysis a = analyze(sentence, "2024-11-05");
    assertEquals(stance, event(a, trigger).stance(), Analyses.describe(a));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      British and Polish officials have accused Minsk of sending migrants to the border. | accused | British | Polish
      Japanese and Australian diplomats criticized the missile launch. | criticized | Japanese | Australian
      """)
  void aDemonymCoordinatedWithAnotherModifierOfAGroupIsAnActingState(String sentence, String trigger, String first,
      String second) {
    DocumentAnalysis a = analyze(sentence, "2024-11-05");
    Claim c = event(a, trigger);
    List<String> sources = names(c, "source");
    assertTrue(sources.contains(first) && sources.contains(second), Analyses.describe(a));
    for (String n : List.of(first, second)) {
      assertEquals(org.storyline.core.entity.EntityType.STATE, Analyses.mention(a, n).type(), n);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Seoul's intelligence agency is reviewing suspicions that Minsk has provided Moscow with rifles, it said on March 6. | reviewing | intelligence agency
      The Turkish army is shelling Kurdish positions near the border with Syria, it said on Tuesday. | shelling | Turkish
      """)
  void itOfAClosingSpeechVerbIsTheMainClausesSubject(String sentence, String trigger, String speaker) {
    DocumentAnalysis a = analyze(sentence, "2024-03-28");
    Claim c = event(a, trigger);
    assertNotNull(c.attribution(), Analyses.describe(a));
    assertNotNull(c.attribution().speaker(), c.attribution().toString());
    assertTrue(c.attribution().speaker().name().contains(speaker), c.attribution().toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Egypt condemned Israeli airstrikes on Rafah. | airstrikes | Israeli
      The monitors documented Russian strikes on power plants across the region. | strikes | Russian
      """)
  void theStateNamedByTheDemonymOfAnAttackCarriesItOut(String sentence, String trigger, String source) {
    DocumentAnalysis a = analyze(sentence, "2024-03-28");
    Claim c = event(a, trigger);
    assertEquals(EventType.ASSAULT, c.event().type());
    assertEquals(List.of(source), names(c, "source"), Analyses.describe(a));
    assertEquals(org.storyline.core.entity.EntityType.STATE, Analyses.mention(a, source).type());
  }
}
