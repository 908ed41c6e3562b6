package org.storyline.fuse.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storyline.core.entity.Entity;
import org.storyline.core.entity.EntityType;
import org.storyline.core.entity.Mention;
import org.storyline.core.id.StableId;
import org.storyline.core.stage.EntityResolution;

class MentionResolverTest {
  private static final MentionResolver WITH_KB = new MentionResolver();
  private static final MentionResolver WITHOUT_KB = new MentionResolver(KnowledgeBase.empty());

  private static String at(EntityResolution r, TestDocument d, String text) {
    for (Mention m : d.mentions()) {
      if (m.text().equals(text)) {
        return r.entityAt(d.id(), m.span());
      }
    }
    throw new AssertionError("no mention '" + text + "' in " + d.id());
  }

  private static List<String> allAt(EntityResolution r, TestDocument d, String text) {
    List<String> out = new ArrayList<>();
    for (Mention m : d.mentions()) {
      if (m.text().equals(text)) {
        out.add(r.entityAt(d.id(), m.span()));
      }
    }
    return out;
  }

  private static Entity entity(EntityResolution r, String id) {
    return r.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }

  private static EntityResolution resolve(MentionResolver resolver, TestDocument... docs) {
    TestDocument.Run run = TestDocument.run(docs);
    return resolver.resolve(run.articles(), run.analyses());
  }

  @Test
  void loneSurnameJoinsTheFullNameOfItsDocument() {
    for (MentionResolver resolver : List.of(WITH_KB, WITHOUT_KB)) {
      TestDocument d = TestDocument.of("d1", "2023-07-26",
          "Defence chief Sergey Shoigu landed in the North Korean capital. Shoigu laid a wreath, and "
              + "Shoigu later toured a weapons exhibition with his hosts.")
          .all("Sergey Shoigu", EntityType.PERSON).all("Shoigu", EntityType.PERSON);
      EntityResolution r = resolve(resolver, d);
      String full = at(r, d, "Sergey Shoigu");
      assertNotNull(full);
      assertEquals(List.of(full, full), allAt(r, d, "Shoigu"));
      assertEquals(1, r.entities().size());
    }
  }

  @Test
  void loneKimJoinsOnlyWhenOneKimIsNamed() {
    TestDocument one = TestDocument.of("one", "2024-06-19",
        "Kim Jong Un greeted the visitors at the airport. Kim then hosted a banquet.")
        .all("Kim Jong Un", EntityType.PERSON).all("Kim", EntityType.PERSON);
    TestDocument two = TestDocument.of("two", "2024-06-20",
        "Kim Jong Un and his sister Kim Yo Jong attended the ceremony. Kim spoke briefly.")
        .all("Kim Jong Un", EntityType.PERSON).all("Kim Yo Jong", EntityType.PERSON).all("Kim", EntityType.PERSON);
    for (MentionResolver resolver : List.of(WITH_KB, WITHOUT_KB)) {
      EntityResolution r = resolve(resolver, one, two);
      String kju = at(r, one, "Kim Jong Un");
      assertEquals(kju, at(r, one, "Kim"));
      assertEquals(kju, at(r, two, "Kim Jong Un"));
      String kyj = at(r, two, "Kim Yo Jong");
      assertNotEquals(kju, kyj);
      String ambiguous = at(r, two, "Kim");
      assertNotEquals(kju, ambiguous);
      assertNotEquals(kyj, ambiguous);
    }
  }

  @Test
  void loneSurnameAcrossDocumentsJoinsTheOnlyFullName() {
    TestDocument a = TestDocument.of("a", "2024-01-04",
        "White House spokesman John Kirby briefed reporters on the missile debris.")
        .all("John Kirby", EntityType.PERSON).all("White House", EntityType.ORGANIZATION);
    TestDocument b = TestDocument.of("b", "2024-01-05", "Kirby repeated the claim a day later.")
        .all("Kirby", EntityType.PERSON);
    EntityResolution r = resolve(WITHOUT_KB, a, b);
    assertEquals(at(r, a, "John Kirby"), at(r, b, "Kirby"));
  }

  @Test
  void loneSurnameWithTwoCandidatesFollowsSharedContext() {
    TestDocument a = TestDocument.of("a", "2023-09-27",
        "State Department spokesperson Matthew Miller spoke about Pyongyang and Vostochny.")
        .all("Matthew Miller", EntityType.PERSON).all("Vostochny", EntityType.FACILITY);
    TestDocument b = TestDocument.of("b", "2023-09-28",
        "Stephen Miller, a former adviser, spoke at a rally in Ohio.")
        .all("Stephen Miller", EntityType.PERSON).all("Ohio", EntityType.PLACE);
    TestDocument c = TestDocument.of("c", "2023-09-29", "Miller said the arms talks near Vostochny were advancing.")
        .all("Miller", EntityType.PERSON).all("Vostochny", EntityType.FACILITY);
    EntityResolution r = resolve(WITHOUT_KB, a, b, c);
    assertEquals(at(r, a, "Matthew Miller"), at(r, c, "Miller"));
    assertNotEquals(at(r, b, "Stephen Miller"), at(r, c, "Miller"));
  }

  @Test
  void titleResolvesToThePersonTheDocumentNamesWithIt() {
    TestDocument d = TestDocument.of("d", "2024-06-19",
        "North Korean leader Kim Jong Un welcomed the guest at the airport. Later the North Korean leader "
            + "called the treaty historic.")
        .all("Kim Jong Un", EntityType.PERSON).title("the North Korean leader", "title:leader|north korea");
    for (MentionResolver resolver : List.of(WITH_KB, WITHOUT_KB)) {
      EntityResolution r = resolve(resolver, d);
      assertEquals(at(r, d, "Kim Jong Un"), at(r, d, "the North Korean leader"));
    }
  }

  @Test
  void titleInsideThePersonSpanAlsoBindsAndTheNameDropsThePost() {
    TestDocument d = TestDocument.of("d", "2024-06-19",
        "Russian President Vladimir Putin landed at dawn. The Russian leader was greeted by Ivo Marek.")
        .all("Russian President Vladimir Putin", EntityType.PERSON).all("Ivo Marek", EntityType.PERSON)
        .title("The Russian leader", "title:leader|russia");
    EntityResolution r = resolve(WITHOUT_KB, d);
    String putin = at(r, d, "Russian President Vladimir Putin");
    assertEquals(putin, at(r, d, "The Russian leader"));
    assertEquals("Vladimir Putin", entity(r, putin).name());
    assertEquals(List.of("Russian President Vladimir Putin"), entity(r, putin).aliases());
  }

  @Test
  void titleAfterTheNameInAnAppositionResolves() {
    TestDocument d = TestDocument.of("d", null,
        "Gen. Ivo Marek, the Slovak army chief, visited the border. The Slovak army chief then flew home.")
        .all("Ivo Marek", EntityType.PERSON).title("The Slovak army chief", "title:army chief|slovakia");
    EntityResolution r = resolve(WITHOUT_KB, d);
    assertEquals(at(r, d, "Ivo Marek"), at(r, d, "The Slovak army chief"));
  }

  @Test
  void titleIsNotGivenToAnotherPersonNamedNearby() {
    TestDocument d = TestDocument.of("d", null,
        "North Korean leader Kim Jong Un and Russian President Vladimir Putin signed the pact. "
            + "The Russian leader praised the deal.")
        .all("Kim Jong Un", EntityType.PERSON).all("Vladimir Putin", EntityType.PERSON)
        .title("The Russian leader", "title:leader|russia");
    EntityResolution r = resolve(WITHOUT_KB, d);
    assertNotEquals(at(r, d, "Kim Jong Un"), at(r, d, "The Russian leader"));
  }

  @Test
  void officeHolderDependsOnTheDocumentDate() {
    String text = "Russia's defence minister arrived in Pyongyang for talks on Wednesday.";
    TestDocument y2023 = TestDocument.of("y2023", "2023-07-26", text)
        .title("Russia's defence minister", "title:defence minister|russia");
    TestDocument y2025 = TestDocument.of("y2025", "2025-03-10", text)
        .title("Russia's defence minister", "title:defense minister|russian");
    EntityResolution r = resolve(WITH_KB, y2023, y2025);
    String shoigu = at(r, y2023, "Russia's defence minister");
    String belousov = at(r, y2025, "Russia's defence minister");
    assertEquals(StableId.of("ent", "PERSON", "sergei-shoigu"), shoigu);
    assertEquals(StableId.of("ent", "PERSON", "andrei-belousov"), belousov);
    assertEquals("Sergei Shoigu", entity(r, shoigu).name());
  }

  @Test
  void officeHolderNamedInTheDocumentWinsWhenTheDateIsAmbiguous() {
    TestDocument may = TestDocument.of("may", "2024-05",
        "Andrei Belousov took over the ministry. Russia's defence minister promised continuity.")
        .all("Andrei Belousov", EntityType.PERSON).title("Russia's defence minister", "title:defence minister|russia");
    TestDocument undated = TestDocument.of("undated", null,
        "Russia's defence minister inspected the troops.")
        .title("Russia's defence minister", "title:defence minister|russia");
    EntityResolution r = resolve(WITH_KB, may, undated);
    assertEquals(at(r, may, "Andrei Belousov"), at(r, may, "Russia's defence minister"));
    assertNull(at(r, undated, "Russia's defence minister"), "two holders over time, no date: unresolved");
  }

  @Test
  void formerHolderNamedInTheSameSentenceWinsOverTheHolderAtTheDate() {
    TestDocument d = TestDocument.of("d", "2024-09-14",
        "Sergei Shoigu flew in on Friday. Shoigu, who was Russia's defence minister until May, met the press. "
            + "Later Russia's defence minister was said to be in Moscow.")
        .all("Sergei Shoigu", EntityType.PERSON).all("Shoigu", EntityType.PERSON)
        .title("Russia's defence minister", "title:defence minister|russia");
    EntityResolution r = resolve(WITH_KB, d);
    List<String> titles = allAt(r, d, "Russia's defence minister");
    assertEquals(at(r, d, "Sergei Shoigu"), titles.get(0));
    assertEquals(StableId.of("ent", "PERSON", "andrei-belousov"), titles.get(1));
  }

  @Test
  void titleLearnedInOneDocumentResolvesItInAnotherOfTheSameTime() {
    TestDocument a = TestDocument.of("a", "2023-09-15",
        "Kremlin spokesperson Dmitry Peskov said no agreements were signed.")
        .all("Dmitry Peskov", EntityType.PERSON);
    TestDocument b = TestDocument.of("b", "2023-09-20", "The Kremlin spokesperson declined to comment.")
        .title("The Kremlin spokesperson", "title:spokesperson|kremlin");
    TestDocument far = TestDocument.of("far", "2031-01-01", "The Kremlin spokesperson declined to comment.")
        .title("The Kremlin spokesperson", "title:spokesperson|kremlin");
    EntityResolution r = resolve(WITHOUT_KB, a, b, far);
    assertEquals(at(r, a, "Dmitry Peskov"), at(r, b, "The Kremlin spokesperson"));
    assertNull(at(r, far, "The Kremlin spokesperson"));
  }

  @Test
  void capitalActingAsStateIsTheStateButThePlaceStaysTheCity() {
    TestDocument d = TestDocument.of("d", "2024-06-18",
        "Pyongyang denied the report. Talks were held in Pyongyang, and North Korea promised more.")
        .first("Pyongyang", EntityType.STATE).first("Pyongyang", EntityType.PLACE).all("North Korea", EntityType.STATE);
    EntityResolution r = resolve(WITH_KB, d);
    List<String> ids = allAt(r, d, "Pyongyang");
    assertEquals(at(r, d, "North Korea"), ids.get(0));
    assertNotEquals(ids.get(0), ids.get(1));
    assertEquals("Pyongyang", entity(r, ids.get(1)).name());
    assertEquals("Q18808", entity(r, ids.get(1)).wikidata());
    assertEquals(EntityType.PLACE, entity(r, ids.get(1)).type());
  }

  @Test
  void chromePronounsAndGenericWordsAreNeverEntities() {
    TestDocument d = TestDocument.of("d", "2024-06-18",
        "Subscribe Advertisement He said officials met in May. it was the Delegation. Yonhap reported.")
        .all("Subscribe", EntityType.ORGANIZATION).all("Advertisement", EntityType.ORGANIZATION)
        .all("He", EntityType.PERSON).all("officials", EntityType.PERSON).all("May", EntityType.PERSON)
        .all("it", EntityType.OTHER).all("the Delegation", EntityType.ORGANIZATION).all("Yonhap", EntityType.MEDIA);
    EntityResolution r = resolve(WITH_KB, d);
    assertEquals(1, r.entities().size());
    assertEquals("Yonhap", r.entities().get(0).name());
    for (String junk : List.of("Subscribe", "Advertisement", "He", "officials", "May", "it", "the Delegation")) {
      assertNull(at(r, d, junk), junk);
    }
  }

  @Test
  void canonicalNameAliasesAndIdsWithoutKnowledgeBase() {
    TestDocument a = TestDocument.of("a", "2024-01-01", "Grigoriy Rapota arrived. Grigoriy Rapota spoke.")
        .all("Grigoriy Rapota", EntityType.PERSON);
    TestDocument b = TestDocument.of("b", "2024-01-02", "Grigory Rapota left. Rapota waved.")
        .all("Grigory Rapota", EntityType.PERSON).all("Rapota", EntityType.PERSON);
    EntityResolution r = resolve(WITHOUT_KB, a, b);
    assertEquals(1, r.entities().size());
    Entity e = r.entities().get(0);
    assertEquals("Grigoriy Rapota", e.name(), "most frequent full form");
    assertEquals(List.of("Grigoriy Rapota", "Grigory Rapota", "Rapota"), e.aliases());
    assertEquals(StableId.of("ent", "PERSON", NameForm.of("Grigory Rapota", EntityType.PERSON).key()), e.id());
    assertEquals(4, e.mentions().size());
    assertNull(e.wikidata());
  }

  @Test
  void idsAreStableAcrossRunsAndDocumentOrder() {
    List<TestDocument> docs = new ArrayList<>();
    docs.add(TestDocument.of("a", "2023-09-13", "Vladimir Putin met Kim Jong Un at Vostochny Cosmodrome in Amur Oblast.")
        .all("Vladimir Putin", EntityType.PERSON).all("Kim Jong Un", EntityType.PERSON)
        .all("Vostochny Cosmodrome", EntityType.FACILITY).all("Amur Oblast", EntityType.PLACE));
    docs.add(TestDocument.of("b", "2023-09-14", "Putin and Kim Jong-un discussed satellites, KCNA said.")
        .all("Putin", EntityType.PERSON).all("Kim Jong-un", EntityType.PERSON).all("KCNA", EntityType.MEDIA));
    docs.add(TestDocument.of("c", "2023-09-15", "The Korean Central News Agency quoted Ivo Marek of the Amur region.")
        .all("Korean Central News Agency", EntityType.MEDIA).all("Ivo Marek", EntityType.PERSON)
        .all("Amur region", EntityType.PLACE));
    for (MentionResolver resolver : List.of(WITH_KB, WITHOUT_KB)) {
      TestDocument.Run run = TestDocument.run(docs.toArray(TestDocument[]::new));
      EntityResolution first = resolver.resolve(run.articles(), run.analyses());
      EntityResolution again = resolver.resolve(run.articles(), run.analyses());
      assertEquals(first, again);
      List<TestDocument> shuffled = new ArrayList<>(docs);
      Collections.shuffle(shuffled, new Random(7));
      TestDocument.Run run2 = TestDocument.run(shuffled.toArray(TestDocument[]::new));
      EntityResolution other = resolver.resolve(run2.articles(), run2.analyses());
      assertEquals(first.entityBySpan(), other.entityBySpan());
      assertEquals(first.entities().stream().map(Entity::id).sorted().toList(),
          other.entities().stream().map(Entity::id).sorted().toList());
    }
    TestDocument.Run run = TestDocument.run(docs.toArray(TestDocument[]::new));
    EntityResolution r = WITH_KB.resolve(run.articles(), run.analyses());
    assertEquals(StableId.of("ent", "PERSON", "vladimir-putin"), at(r, docs.get(1), "Putin"));
    assertEquals(StableId.of("ent", "MEDIA", "kcna"), at(r, docs.get(2), "Korean Central News Agency"));
    assertEquals(StableId.of("ent", "PLACE", "amur-oblast"), at(r, docs.get(2), "Amur region"));
  }

  @Test
  void partialMatchNeedsSharedContext() {
    TestDocument a = TestDocument.of("a", "2024-01-04", "John Kirby spoke about the Hwasong-11 debris found in Kharkiv.")
        .all("John Kirby", EntityType.PERSON).all("Hwasong-11", EntityType.WEAPON).all("Kharkiv", EntityType.PLACE);
    TestDocument b = TestDocument.of("b", "2024-01-05", "J. Kirby said the Hwasong-11 was used again.")
        .all("J. Kirby", EntityType.PERSON).all("Hwasong-11", EntityType.WEAPON);
    TestDocument c = TestDocument.of("c", "2024-01-06", "J. Kirby of Leeds won the chess open in Ghent.")
        .all("J. Kirby", EntityType.PERSON).all("Leeds", EntityType.PLACE).all("Ghent", EntityType.PLACE);
    EntityResolution withContext = resolve(WITHOUT_KB, a, b);
    assertEquals(at(withContext, a, "John Kirby"), at(withContext, b, "J. Kirby"));
    EntityResolution withoutContext = resolve(WITHOUT_KB, a, c);
    assertNotEquals(at(withoutContext, a, "John Kirby"), at(withoutContext, c, "J. Kirby"));
  }

  @Test
  void documentsWithoutArticlesStillResolve() {
    TestDocument d = TestDocument.of("d", null, "Seoul said Shin Won-sik met Lloyd Austin.")
        .all("Seoul", EntityType.STATE).all("Shin Won-sik", EntityType.PERSON).all("Lloyd Austin", EntityType.PERSON);
    EntityResolution r = WITH_KB.resolve(List.of(), List.of(d.analysis()));
    assertEquals(3, r.entities().size());
    assertEquals(StableId.of("ent", "STATE", "south-korea"), at(r, d, "Seoul"));
  }

  @Test
  void everyMentionMapsToTheEntityThatHoldsIt() {
    TestDocument d = TestDocument.of("d", "2024-02-22",
        "Ukraine's Security Service (SBU) said Russia fired KN-23 missiles. The SBU added that Moscow denied it.")
        .all("Ukraine's Security Service", EntityType.ORGANIZATION).all("SBU", EntityType.ORGANIZATION)
        .all("Russia", EntityType.STATE).all("KN-23 missiles", EntityType.WEAPON).all("Moscow", EntityType.STATE);
    EntityResolution r = resolve(WITH_KB, d);
    for (Entity e : r.entities()) {
      for (Mention m : e.mentions()) {
        assertEquals(e.id(), r.entityAt(m.document(), m.span()));
        assertEquals(m.text(), m.span().of(d.body()));
      }
    }
    assertEquals(at(r, d, "SBU"), at(r, d, "Ukraine's Security Service"));
    assertEquals(at(r, d, "Russia"), at(r, d, "Moscow"));
    assertEquals(StableId.of("ent", "WEAPON", "hwasong-11"), at(r, d, "KN-23 missiles"));
    assertTrue(r.entities().stream().allMatch(e -> !e.aliases().isEmpty()));
  }

  @Test
  void oneNameTypedTwoWaysInADocumentIsOneEntity() {
    for (MentionResolver resolver : List.of(WITH_KB, WITHOUT_KB)) {
      TestDocument d = TestDocument.of("senses", "2024-03-02",
          "Rostec said on Monday that Rostec would double output. Analysts doubt Rostec can do it.")
          .first("Rostec", EntityType.ORGANIZATION).first("Rostec", EntityType.PERSON)
          .first("Rostec", EntityType.ORGANIZATION);
      EntityResolution r = resolve(resolver, d);
      List<String> ids = allAt(r, d, "Rostec");
      assertEquals(3, ids.size());
      assertEquals(1, ids.stream().distinct().count(), ids.toString());
      assertEquals(EntityType.ORGANIZATION, entity(r, ids.get(0)).type());
    }
  }

  @Test
  void aCapitalActingAsStateStaysApartFromTheCityInOneDocument() {
    TestDocument d = TestDocument.of("capital", "2024-06-19",
        "Pyongyang rejected the report. Crowds lined the streets of Pyongyang for the visit.")
        .first("Pyongyang", EntityType.STATE).first("Pyongyang", EntityType.PLACE);
    for (MentionResolver resolver : List.of(WITH_KB, WITHOUT_KB)) {
      List<String> ids = allAt(resolve(resolver, d), d, "Pyongyang");
      assertEquals(2, ids.stream().distinct().count(), ids.toString());
    }
  }

  @Test
  void differentNamesTypedDifferentlyStayApart() {
    TestDocument d = TestDocument.of("apart", "2024-03-02",
        "Jordan Peterson spoke in Amman while Amazon shipped parcels and Amazonas flooded.")
        .all("Jordan Peterson", EntityType.PERSON).all("Amazonas", EntityType.PLACE)
        .all("Amazon", EntityType.ORGANIZATION).all("Amman", EntityType.PLACE);
    EntityResolution r = resolve(WITHOUT_KB, d);
    assertEquals(4, r.entities().size(), r.entities().toString());
  }

  @Test
  void anAcronymOfTwoWrittenOutNamesJoinsNeither() {
    TestDocument a = TestDocument.of("la1", "2024-03-02",
        "Flights from Los Angeles were delayed, and LA officials blamed the storm.")
        .all("Los Angeles", EntityType.PLACE).all("LA", EntityType.PLACE);
    TestDocument b = TestDocument.of("la2", "2024-03-03",
        "Trade with Latin America grew, and LA exporters from Los Angeles gained most.")
        .all("Latin America", EntityType.PLACE).all("LA", EntityType.PLACE).all("Los Angeles", EntityType.PLACE);
    for (MentionResolver resolver : List.of(WITH_KB, WITHOUT_KB)) {
      EntityResolution r = resolve(resolver, a, b);
      assertNotEquals(at(r, a, "Los Angeles"), at(r, b, "Latin America"));
      assertEquals(at(r, a, "Los Angeles"), at(r, b, "Los Angeles"));
    }
  }

  @Test
  void anAcronymDefinedInItsDocumentNamesWhatTheDocumentSpelledOut() {
    TestDocument defined = TestDocument.of("def", "2024-05-02",
        "The Research Institute of America (RIA) published a survey. RIA said taxes rose.")
        .all("Research Institute of America", EntityType.ORGANIZATION).all("RIA", EntityType.MEDIA);
    TestDocument agency = TestDocument.of("agency", "2024-05-03",
        "RIA reported that Moscow and Pyongyang signed a new protocol.")
        .all("RIA", EntityType.MEDIA);
    for (MentionResolver resolver : List.of(WITH_KB, WITHOUT_KB)) {
      EntityResolution r = resolve(resolver, defined, agency);
      List<String> ids = allAt(r, defined, "RIA");
      assertEquals(at(r, defined, "Research Institute of America"), ids.get(0));
      assertEquals(ids.get(0), ids.get(1));
    }
    EntityResolution r = resolve(WITH_KB, defined, agency);
    assertNotEquals(at(r, defined, "RIA"), at(r, agency, "RIA"));
    assertEquals("RIA Novosti", entity(r, at(r, agency, "RIA")).name());
  }
}
