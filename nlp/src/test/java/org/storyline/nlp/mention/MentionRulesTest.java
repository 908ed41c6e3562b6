package org.storyline.nlp.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyline.core.document.Article;
import org.storyline.core.document.SourceFormat;
import org.storyline.core.document.SourceRef;
import org.storyline.core.entity.EntityType;
import org.storyline.core.entity.Mention;
import org.storyline.core.time.DateBasis;
import org.storyline.core.time.PublicationDate;
import org.storyline.nlp.CoreNlpAnalyzer;

/**
 * The dashed state pairs and local offices of {@link MentionFinder}, over sentences written for
 * this test (this story and other conflicts), through the real CoreNLP pipeline.
 */
class MentionRulesTest {
  private static final String BODY = String.join("\n\n",
      "Officials praised the Russia-North Korea summit and the new China\u2013Russia energy deal.",
      "Analysts expect the Seoul-Washington alliance to hold after the Iran-Israel exchange of fire.",
      "The Odesa regional military administration said two drones were shot down overnight.",
      "The Kharkiv prosecutor's office opened a case, and Seoul police detained a courier.",
      "The US administration and the Moscow-based think tank disagreed about the figures.",
      "Critics of the Trump administration met Kim Jong Un's envoy.",
      "The Moscow City Court jailed the journalist, while the Lviv city council voted on Monday.",
      "Her GLP-1 prescription, a W-2 form and a K-12 school fee were on the table, next to a 50 mm lens.",
      "India bought more S-400 systems, Kyiv received F-16 jets and a 155 mm howitzer, and two 152mm rounds hit.",
      "Americans and North Koreans watched the match, and Russians cheered.",
      "A study in the Lancet followed runners from Grad who also threw the javelin.",
      "Russia fired a Kinzhal hypersonic missile and Ukraine answered with Storm Shadow cruise missiles.");
  private static List<Mention> mentions;
  private static Map<String, Mention> byText;

  @BeforeAll
  static void analyze() {
    Article a = new Article("t-rules", new SourceRef("t-rules.txt", null, SourceFormat.TEXT, null), null, null,
        List.of(), new PublicationDate("2024-05-01", null, DateBasis.GIVEN, 1.0), "en", BODY, null, List.of());
    mentions = CoreNlpAnalyzer.shared().analyze(a).mentions();
    byText = mentions.stream().collect(Collectors.toMap(Mention::text, m -> m, (x, y) -> x));
  }

  @ParameterizedTest
  @CsvSource({
      "Russia,STATE,russia", "North Korea,STATE,north korea", "China,STATE,china",
      "Seoul,STATE,south korea", "Washington,STATE,united states", "Iran,STATE,iran", "Israel,STATE,israel"})
  void dashedPairsAreTwoStates(String text, EntityType type, String key) {
    Mention m = byText.get(text);
    assertTrue(m != null, "no mention '" + text + "' in " + byText.keySet());
    assertEquals(type, m.type());
    assertEquals(key, m.key());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Russia-North Korea", "China\u2013Russia", "Seoul-Washington", "Iran-Israel",
      "Moscow-based"})
  void noPairIsOneMention(String text) {
    assertFalse(byText.containsKey(text), text + " is one mention: " + byText.keySet());
  }

  @ParameterizedTest
  @CsvSource({
      "Odesa regional military administration", "Kharkiv prosecutor's office", "Seoul police",
      "Lviv city council"})
  void localOfficesAreOrganisations(String text) {
    Mention m = byText.get(text);
    assertTrue(m != null, "no mention '" + text + "' in " + byText.keySet());
    assertEquals(EntityType.ORGANIZATION, m.type());
  }

  @ParameterizedTest
  @ValueSource(strings = {"GLP-1", "W-2", "K-12", "50 mm", "Americans", "North Koreans", "Russians"})
  void modelNumbersBareCalibresAndPeoplesAreNoEntities(String text) {
    assertFalse(byText.containsKey(text), text + " is a mention: " + byText.get(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Lancet", "Grad"})
  void weaponNamesOutsideWeaponSentencesAreNoWeapons(String text) {
    assertTrue(mentions.stream().noneMatch(m -> m.text().equals(text) && m.type() == EntityType.WEAPON),
        text + " is a weapon: " + byText.get(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"S-400", "F-16", "155 mm howitzer", "152mm rounds", "Kinzhal", "Storm Shadow"})
  void weaponsAreFoundInWeaponSentences(String text) {
    Mention m = byText.get(text);
    assertTrue(m != null, "no mention '" + text + "' in " + byText.keySet());
    assertEquals(EntityType.WEAPON, m.type());
  }

  @ParameterizedTest
  @ValueSource(strings = {"US administration", "Trump administration", "Moscow-based think tank",
      "Lviv city council voted"})
  void statesAndOtherWordsAreNoLocalOffice(String text) {
    assertTrue(mentions.stream().noneMatch(m -> m.text().equals(text) && m.type() == EntityType.ORGANIZATION),
        text + " is an organisation: " + byText.keySet());
  }
}
