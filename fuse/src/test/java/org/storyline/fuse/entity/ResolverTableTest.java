package org.storyline.fuse.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.storyline.core.entity.EntityType;
import org.storyline.core.stage.EntityResolution;

/** The variant table again, through the resolver with synthetic mentions in two documents. */
class ResolverTableTest {
  private static final MentionResolver WITHOUT_KB = new MentionResolver(KnowledgeBase.empty());
  private static final MentionResolver WITH_KB = new MentionResolver(KnowledgeBase.builtIn());

  static Stream<NamePairs.Pair> same() {
    return NamePairs.SAME.stream();
  }

  static Stream<NamePairs.Pair> different() {
    return NamePairs.DIFFERENT.stream();
  }

  /** Names that only the knowledge base ties together (acronyms, metonyms, old names). */
  static Stream<NamePairs.Pair> sameByKnowledgeBase() {
    return Stream.of(
        pair("SBU", EntityType.ORGANIZATION, "Security Service of Ukraine", EntityType.ORGANIZATION),
        pair("Najin", EntityType.PLACE, "Rajin", EntityType.PLACE),
        pair("Kiev", EntityType.PLACE, "Kyiv", EntityType.PLACE),
        pair("Kharkov", EntityType.PLACE, "Kharkiv", EntityType.PLACE),
        pair("Artemivsk", EntityType.PLACE, "Bakhmut", EntityType.PLACE),
        pair("America", EntityType.STATE, "United States", EntityType.STATE),
        pair("USA", EntityType.STATE, "U.S.", EntityType.STATE),
        pair("the Kremlin", EntityType.STATE, "Russia", EntityType.STATE),
        pair("Kremlin", EntityType.ORGANIZATION, "Russia", EntityType.STATE),
        pair("Pyongyang", EntityType.STATE, "North Korea", EntityType.STATE),
        pair("Pyongyang", EntityType.STATE, "DPRK", EntityType.STATE),
        pair("Moscow", EntityType.STATE, "Russia", EntityType.STATE),
        pair("Washington", EntityType.STATE, "United States", EntityType.STATE),
        pair("Seoul", EntityType.STATE, "South Korea", EntityType.STATE),
        pair("Kyiv", EntityType.STATE, "Ukraine", EntityType.STATE),
        pair("Russia", EntityType.PLACE, "Russia", EntityType.STATE),
        pair("North Korean state media", EntityType.MEDIA, "KCNA", EntityType.MEDIA),
        pair("KN-23", EntityType.WEAPON, "Hwasong-11", EntityType.WEAPON),
        pair("GUR", EntityType.ORGANIZATION, "Main Directorate of Intelligence of Ukraine", EntityType.ORGANIZATION),
        pair("AP", EntityType.MEDIA, "Associated Press", EntityType.MEDIA),
        pair("Yonhap", EntityType.MEDIA, "Yonhap News Agency", EntityType.ORGANIZATION),
        pair("Tony Blinken", EntityType.PERSON, "Antony Blinken", EntityType.PERSON),
        pair("Rodong Sinmun", EntityType.MEDIA, "Nodong Sinmun", EntityType.MEDIA));
  }

  private static NamePairs.Pair pair(String a, EntityType ta, String b, EntityType tb) {
    return new NamePairs.Pair(a, ta, b, tb);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("same")
  void variantsResolveToOneEntityWithoutKnowledgeBase(NamePairs.Pair p) {
    String[] ids = ids(WITHOUT_KB, p);
    assertEquals(ids[0], ids[1]);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("same")
  void variantsResolveToOneEntityWithKnowledgeBase(NamePairs.Pair p) {
    String[] ids = ids(WITH_KB, p);
    assertEquals(ids[0], ids[1]);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sameByKnowledgeBase")
  void knowledgeBaseTiesOtherNames(NamePairs.Pair p) {
    String[] ids = ids(WITH_KB, p);
    assertEquals(ids[0], ids[1]);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("different")
  void differentEntitiesStayApart(NamePairs.Pair p) {
    String[] with = ids(WITH_KB, p);
    assertNotEquals(with[0], with[1], "with knowledge base");
    String[] without = ids(WITHOUT_KB, p);
    assertNotEquals(without[0], without[1], "without knowledge base");
  }

  static Stream<NamePairs.Pair> apart() {
    return NamePairs.APART.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apart")
  void acronymLookalikesStayApartWithoutSharedContext(NamePairs.Pair p) {
    assertNotEquals(ids(WITH_KB, p)[0], ids(WITH_KB, p)[1], "with knowledge base");
    assertNotEquals(ids(WITHOUT_KB, p)[0], ids(WITHOUT_KB, p)[1], "without knowledge base");
  }

  static Stream<NamePairs.Pair> apartWithKnowledgeBase() {
    return NamePairs.APART_WITH_KB.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apartWithKnowledgeBase")
  void knowledgeBaseAcronymsDoNotTakeOtherNamesWithTheirInitials(NamePairs.Pair p) {
    assertNotEquals(ids(WITH_KB, p)[0], ids(WITH_KB, p)[1]);
    assertEquals(ids(WITHOUT_KB, p)[0], ids(WITHOUT_KB, p)[1], "by name alone they are one");
  }

  private static String[] ids(MentionResolver resolver, NamePairs.Pair p) {
    TestDocument a = TestDocument.of("doc-a", "2024-06-18",
        "In a statement on Monday, " + p.a() + " was named by several officials.").all(p.a(), p.typeA());
    TestDocument b = TestDocument.of("doc-b", "2024-06-19",
        "Reporters said " + p.b() + " was mentioned again in the talks.").all(p.b(), p.typeB());
    TestDocument.Run run = TestDocument.run(a, b);
    EntityResolution r = resolver.resolve(run.articles(), run.analyses());
    String idA = r.entityAt("doc-a", a.mentions().get(0).span());
    String idB = r.entityAt("doc-b", b.mentions().get(0).span());
    assertNotNull(idA, p.a());
    assertNotNull(idB, p.b());
    return new String[] {idA, idB};
  }
}
