package org.storyline.fuse.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.storyline.core.entity.EntityType;

class NameSimilarityTest {
  static Stream<NamePairs.Pair> same() {
    return NamePairs.SAME.stream();
  }

  static Stream<NamePairs.Pair> different() {
    return NamePairs.DIFFERENT.stream();
  }

  @Test
  void theTableIsLargeEnough() {
    assertTrue(NamePairs.SAME.size() >= 60, "merge pairs: " + NamePairs.SAME.size());
    assertTrue(NamePairs.DIFFERENT.size() >= 30, "non-merge pairs: " + NamePairs.DIFFERENT.size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("same")
  void variantsAreTheSameName(NamePairs.Pair p) {
    assertEquals(NameMatch.SAME, NameSimilarity.compare(p.a(), p.typeA(), p.b(), p.typeB()));
    assertEquals(NameMatch.SAME, NameSimilarity.compare(p.b(), p.typeB(), p.a(), p.typeA()), "symmetric");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("different")
  void differentNamesDoNotMatch(NamePairs.Pair p) {
    assertEquals(NameMatch.DIFFERENT, NameSimilarity.compare(p.a(), p.typeA(), p.b(), p.typeB()));
    assertEquals(NameMatch.DIFFERENT, NameSimilarity.compare(p.b(), p.typeB(), p.a(), p.typeA()), "symmetric");
  }

  static Stream<NamePairs.Pair> apart() {
    return NamePairs.APART.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apart")
  void acronymLookalikesAreNeverTheSameByName(NamePairs.Pair p) {
    assertNotEquals(NameMatch.SAME, NameSimilarity.compare(p.a(), p.typeA(), p.b(), p.typeB()));
    assertNotEquals(NameMatch.SAME, NameSimilarity.compare(p.b(), p.typeB(), p.a(), p.typeA()), "symmetric");
  }

  @Test
  void incompleteNamesArePartial() {
    assertEquals(NameMatch.PARTIAL, NameSimilarity.compare("Kirby", EntityType.PERSON, "John Kirby", EntityType.PERSON));
    assertEquals(NameMatch.PARTIAL, NameSimilarity.compare("J. Kirby", EntityType.PERSON, "John Kirby", EntityType.PERSON));
    assertEquals(NameMatch.PARTIAL, NameSimilarity.compare("Kim", EntityType.PERSON, "Kim Jong Un", EntityType.PERSON));
    assertEquals(NameMatch.PARTIAL, NameSimilarity.compare("Lee", EntityType.PERSON, "Lee Jae-myung", EntityType.PERSON));
    assertEquals(NameMatch.PARTIAL,
        NameSimilarity.compare("State Department", EntityType.ORGANIZATION, "U.S. State Department", EntityType.ORGANIZATION));
    assertEquals(0.5, NameSimilarity.score("Kirby", EntityType.PERSON, "John Kirby", EntityType.PERSON));
  }

  @Test
  void keysAreTheNormalisedName() {
    assertEquals(NameForm.of("Sergey Shoigu", EntityType.PERSON).key(), NameForm.of("SERGEI SHOYGU", EntityType.PERSON).key());
    assertEquals(NameForm.of("Kim Jong-un", EntityType.PERSON).key(), NameForm.of("Kim Jong Un", EntityType.PERSON).key());
    assertNotEquals(NameForm.of("Kim Jong Un", EntityType.PERSON).key(), NameForm.of("Kim Yo Jong", EntityType.PERSON).key());
    assertTrue(NameForm.of("Kim Jong Un", EntityType.PERSON).isSurnameFirst());
    assertTrue(!NameForm.of("Kim Kardashian", EntityType.PERSON).isSurnameFirst(), "not syllabic Korean");
  }

  @Test
  void romanisationFoldsCyrillicAlternations() {
    assertEquals(Romanisation.latin("zelenskyy"), Romanisation.latin("zelenskiy"));
    assertEquals(Romanisation.latin("khrushchev"), Romanisation.latin("hrushchev"));
    assertEquals(Romanisation.latin("dzhokhar"), Romanisation.latin("johar"));
    assertEquals(Romanisation.latin("fiodor"), Romanisation.latin("fyodor"));
    assertEquals(Romanisation.latin("fyodor"), Romanisation.latin("fedor"));
    assertEquals(Romanisation.latin("tzar"), Romanisation.latin("tsar"));
    assertEquals(Romanisation.latin("yevgeny"), Romanisation.latin("evgeny"));
    assertEquals(Romanisation.koreanGiven("gyeong-hee"), Romanisation.koreanGiven("kyung hui"));
    assertEquals(Romanisation.koreanGiven("jong-eun"), Romanisation.koreanGiven("chongun"));
    assertNotEquals(Romanisation.koreanGiven("jongun"), Romanisation.koreanGiven("yojong"));
  }

  /** Seeded random respellings of known names must keep matching their originals. */
  @Test
  void randomRespellingsStillMatch() {
    Random r = new Random(20240613L);
    String[][] swaps = {{"ey", "ei"}, {"kh", "h"}, {"iy", "y"}, {"iy", "ii"}, {"y ", "i "}, {"ts", "tz"}, {"yy", "y"}};
    List<String> names = List.of("Sergey Shoigu", "Dmitry Peskov", "Yevgeny Prigozhin", "Grigoriy Rapota",
        "Mikhail Mishustin", "Valeriy Gerasimov", "Volodymyr Zelenskyy", "Oleksiy Danilov");
    for (int i = 0; i < 200; i++) {
      String n = names.get(r.nextInt(names.size()));
      String[] s = swaps[r.nextInt(swaps.length)];
      String v = n.replace(s[0], s[1]);
      assertEquals(NameMatch.SAME, NameSimilarity.compare(n, EntityType.PERSON, v, EntityType.PERSON), n + " ~ " + v);
    }
  }
}
