package org.storyline.nlp.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storyline.core.entity.EntityType;

class DomainLexiconTest {
  private static final DomainLexicon LEX = DomainLexicon.load();

  @ParameterizedTest
  @CsvSource({
      "DPRK,STATE,north korea", "U.S.,STATE,united states", "Türkiye,STATE,turkey",
      "Korean Central News Agency,MEDIA,kcna", "Yonhap,MEDIA,yonhap", "Interfax,MEDIA,interfax",
      "National Intelligence Service,ORGANIZATION,nis", "SBU,ORGANIZATION,sbu", "UN,ORGANIZATION,un",
      "Kremlin,ORGANIZATION,kremlin", "Kinzhal,WEAPON,kinzhal", "Vostochny,FACILITY,vostochny"})
  void knowsDomainNames(String name, EntityType type, String key) {
    LexiconEntry e = LEX.name(name).orElseThrow();
    assertEquals(type, e.type());
    assertEquals(key, e.key());
  }

  @Test
  void longestMatchWinsAndMustEndOnATokenBoundary() {
    String text = "the Korean Central News Agency said";
    int at = text.indexOf("Korean");
    Optional<LexiconEntry> e = LEX.longestAt(text, at, end -> true,
        EnumSet.of(LexiconEntry.Kind.NAME, LexiconEntry.Kind.CAPITAL));
    assertEquals("Korean Central News Agency", e.orElseThrow().surface());
    String glued = "USAID funds";
    assertTrue(LEX.longestAt(glued, 0, end -> end == 5, EnumSet.of(LexiconEntry.Kind.NAME)).isEmpty());
  }

  @Test
  void demonymsAndCapitalsPointToTheirState() {
    assertEquals("north korea", LEX.stateOfDemonym("North Korean").orElseThrow());
    assertEquals("oman", LEX.stateOfDemonym("Omani").orElseThrow());
    LexiconEntry muscat = LEX.name("Muscat").orElseThrow();
    assertEquals(LexiconEntry.Kind.CAPITAL, muscat.kind());
    assertEquals("oman", muscat.key());
  }

  @Test
  void curlyApostrophesMatchLikeStraightOnes() {
    assertTrue(LEX.name("Workers\u2019 Party of Korea").isPresent());
  }

  @Test
  void titleWordsAndStopwords() {
    assertTrue(LEX.isTitleHead("Spokesperson"));
    assertTrue(LEX.isTitleModifier("defence"));
    assertFalse(LEX.isTitleHead("delegation"));
    assertTrue(LEX.isStopword("Friday"));
    assertTrue(LEX.isStopword("Subscribe"));
  }
}
