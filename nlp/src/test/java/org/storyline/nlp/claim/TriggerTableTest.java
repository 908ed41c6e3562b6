package org.storyline.nlp.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storyline.core.claim.EventType;
import org.storyline.core.error.StorylineException;

class TriggerTableTest {
  private static final TriggerTable TABLE = TriggerTable.load();

  @ParameterizedTest
  @CsvSource({
      "visit,true,CONSULT,visit", "meet,true,CONSULT,meet", "sign,true,AGREE,sign",
      "deliver,true,AID,military", "buy,true,AID,military", "launch,true,ASSAULT,strike",
      "accuse,true,DISAPPROVE,accuse", "condemn,true,DISAPPROVE,criticize", "probe,true,INVESTIGATE,investigate",
      "deny,true,REJECT,deny", "veto,true,SANCTION,veto", "deploy,true,MOBILIZE,weapons",
      "warn,true,THREATEN,warn", "urge,true,DEMAND,demand", "cooperate,true,COOPERATE,cooperate",
      "praise,true,SUPPORT,praise", "meeting,false,CONSULT,meet", "delivery,false,AID,military",
      "pact,false,AGREE,agree", "visit,false,CONSULT,visit"})
  void mapsLemmasToPloverTypes(String lemma, boolean verb, EventType type, String mode) {
    TriggerRule r = TABLE.rules(lemma, verb).get(0);
    assertEquals(type, r.type());
    assertEquals(mode, r.mode());
  }

  @Test
  void sendTriesTroopsBeforeArms() {
    List<TriggerRule> send = TABLE.rules("send", true);
    assertEquals(EventType.MOBILIZE, send.get(0).type());
    assertEquals("troops", send.get(0).needs());
    assertEquals(EventType.AID, send.get(1).type());
  }

  @Test
  void buyingMakesTheSellerTheSource() {
    assertEquals(Frame.TAKE, TABLE.rules("procure", true).get(0).frame());
    assertEquals(Frame.GIVE, TABLE.rules("ship", true).get(0).frame());
  }

  @Test
  void unknownWordsAreNoTriggers() {
    assertTrue(TABLE.rules("weather", true).isEmpty());
    assertTrue(TABLE.rules("meet", false).isEmpty());
  }

  @Test
  void rejectsAMalformedRow() {
    assertThrows(StorylineException.class,
        () -> new TriggerTable(List.<String[]>of(new String[] {"meet", "X", "CONSULT", "meet", "-", "meet"})));
    assertThrows(IllegalArgumentException.class,
        () -> new TriggerTable(List.<String[]>of(new String[] {"meet", "V", "GOSSIP", "meet", "-", "meet"})));
  }
}
