package org.storyline.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storyline.core.entity.EntityType;
import org.storyline.core.entity.Mention;
import org.storyline.core.stage.DocumentAnalysis;

/** Mention types and keys, table-driven over one document written for this test. */
class MentionsTest {
  private static final String BODY = String.join("\n\n",
      "Pyongyang fired a Hwasong-18 and two KN-23 missiles on Sunday, while India took delivery of S-400 systems.",
      "The G-7 summit and the COVID-19 pandemic were discussed by Daily NK and Interfax.",
      "The Kremlin spokesperson said Russia's defence minister would meet the North Korean leader.",
      "Ukraine asked for more 152mm shells and air-defence missiles, the SBU and GUR said.",
      "The Georgian navy docked at the port of Batumi near the Vostochny cosmodrome, Yonhap reported.",
      "The bloc punished settlers over attacks on Palestinians, while Kurds and North Koreans watched.");
  private static Map<String, Mention> byText;

  @BeforeAll
  static void analyze() {
    DocumentAnalysis a = Analyses.analyze(BODY, "2024-01-10");
    byText = a.mentions().stream().collect(Collectors.toMap(Mention::text, m -> m, (x, y) -> x));
  }

  @ParameterizedTest
  @CsvSource({
      "Hwasong-18,WEAPON", "KN-23,WEAPON", "S-400,WEAPON", "152mm shells,WEAPON", "air-defence missiles,WEAPON",
      "Daily NK,MEDIA", "Interfax,MEDIA", "Yonhap,MEDIA", "SBU,ORGANIZATION", "GUR,ORGANIZATION",
      "Kremlin spokesperson,PERSON", "Russia's defence minister,PERSON", "North Korean leader,PERSON",
      "Pyongyang,STATE", "India,STATE", "Vostochny cosmodrome,FACILITY", "port of Batumi,FACILITY"})
  void typesMentions(String text, EntityType type) {
    Mention m = byText.get(text);
    assertTrue(m != null, "no mention '" + text + "' in " + byText.keySet());
    assertEquals(type, m.type());
  }

  @ParameterizedTest
  @CsvSource({
      "Kremlin spokesperson,title:spokesperson|kremlin",
      "Russia's defence minister,title:defence minister|russia",
      "North Korean leader,title:leader|north korea",
      "Pyongyang,north korea", "152mm shells,152mm shell"})
  void proposesKeys(String text, String key) {
    assertEquals(key, byText.get(text).key());
  }

  /**
   * Plural group names that the three-class recogniser leaves untagged are OTHER mentions;
   * plurals of a known state's demonym are people of that state, no mention of their own.
   */
  @Test
  void untaggedPluralGroupNamesAreMentions() {
    for (String t : new String[] {"Palestinians", "Kurds"}) {
      Mention m = byText.get(t);
      assertTrue(m != null, "no mention '" + t + "' in " + byText.keySet());
      assertEquals(EntityType.OTHER, m.type());
    }
    assertTrue(byText.keySet().stream().noneMatch(k -> k.contains("Koreans")), byText.keySet().toString());
  }

  @Test
  void modelNumbersOfNonWeaponsAreNoWeapons() {
    for (String t : new String[] {"G-7", "COVID-19"}) {
      Mention m = byText.get(t);
      assertTrue(m == null || m.type() != EntityType.WEAPON, t + " typed as weapon");
    }
  }
}
