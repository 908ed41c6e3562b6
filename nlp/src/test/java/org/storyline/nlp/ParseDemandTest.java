package org.storyline.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storyline.nlp.claim.TriggerTable;
import org.storyline.nlp.claim.WordClasses;
import org.storyline.nlp.mention.DomainLexicon;

/**
 * Which sentences are parsed, from hand-tagged tokens (no model loads): written as
 * {@code word/TAG} or {@code word/TAG/lemma} (lemma defaults to the lower-cased word) with an
 * optional {@code @NER} suffix.
 */
class ParseDemandTest {
  private static final TriggerTable TRIGGERS = TriggerTable.load();
  private static final WordClasses WORDS = WordClasses.load();
  private static final DomainLexicon LEXICON = DomainLexicon.load();
  private static final ParseDemand RULES = new ParseDemand(TRIGGERS, WORDS, LEXICON, false);
  private static final ParseDemand WITH_QUANTITIES = new ParseDemand(TRIGGERS, WORDS, LEXICON, true);

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      // event triggers, as verb or noun
      "Troops/NNS/troop attacked/VBD/attack the/DT town/NN ./. | true",
      "The/DT two/CD ministers/NNS/minister met/VBD/meet in/IN Hanoi/NNP@LOCATION ./. | true",
      "The/DT summit/NN of/IN the/DT leaders/NNS/leader ended/VBD/end without/IN a/DT deal/NN ./. | true",
      "They/PRP signed/VBD/sign a/DT deal/NN ./. | true",
      "Officials/NNS/official rejected/VBD/reject the/DT plan/NN ./. | true",
      "He/PRP said/VBD/say nothing/NN ./. | true",
      // a trigger or a verb of saying without any word that can name an actor: no claim to read
      "A/DT summit/NN ended/VBD/end without/IN a/DT deal/NN ./. | false",
      // an event noun told before: its actors come from earlier sentences
      "The/DT summit/NN ended/VBD/end without/IN a/DT deal/NN ./. | true",
      "Their/PRP$ meeting/NN lasted/VBD/last two/CD hours/NNS/hour ./. | true",
      "It/PRP is/VBZ/be best/JJS not/RB to/TO analyze/VB your/PRP$ experience/NN ./. | false",
      "Reviews/NNS/review often/RB suggest/VBP whether/IN readers/NNS/reader agree/VBP ./. | false",
      "You/PRP said/VBD/say it/PRP was/VBD/be fine/JJ ./. | false",
      "Ankara/NNP@LOCATION shipped/VBD/ship drones/NNS/drone to/TO Kyiv/NNP@LOCATION ./. | true",
      // speech cues and 'according to'
      "The/DT spokesman/NN said/VBD/say nothing/NN more/JJR ./. | true",
      "According/VBG/accord to/TO the/DT agency/NN ,/, it/PRP rained/VBD/rain ./. | true",
      "Acme/NNP said/VBD/say profits/NNS/profit fell/VBD/fall ./. | true",
      // demonyms and capitals decide on their role from the parse
      "Ukrainian/JJ officials/NNS/official were/VBD/be upbeat/JJ ./. | true",
      "Moscow/NNP@LOCATION was/VBD/be cold/JJ ./. | true",
      // nothing any rule reads from a parse
      "The/DT recipe/NN needs/VBZ/need two/CD eggs/NNS/egg ./. | false",
      "Click/VB here/RB to/TO subscribe/VB ./. | false",
      "The/DT weather/NN was/VBD/be mild/JJ on/IN Sunday/NNP ./. | false",
      "Shares/NNS/share of/IN Acme/NNP@ORGANIZATION rose/VBD/rise 3/CD percent/NN ./. | false",
  })
  void rulesScopeParsesSentencesThatCanHoldAClaimOrARole(String tokens, boolean parsed) {
    Sentence s = Sentence.of(tokens);
    assertEquals(parsed, RULES.wantsParse(s.text, s.tokens));
  }

  @Test
  void phrasalTriggerNeedsItsParticle() {
    Sentence called = Sentence.of("Berlin/NNP@LOCATION called/VBD/call up/RP reservists/NNS/reservist ./.");
    Sentence plain = Sentence.of("She/PRP called/VBD/call her/PRP$ sister/NN ./.");
    assertTrue(RULES.wantsParse(called.text, called.tokens));
    assertFalse(RULES.wantsParse(plain.text, plain.tokens));
  }

  @Test
  void quantityScopeAddsNumbersBesideANamedEntity() {
    Sentence figure = Sentence.of("Shares/NNS/share of/IN Acme/NNP@ORGANIZATION rose/VBD/rise 3/CD percent/NN ./.");
    Sentence bare = Sentence.of("The/DT recipe/NN needs/VBZ/need two/CD eggs/NNS/egg ./.");
    assertTrue(WITH_QUANTITIES.wantsParse(figure.text, figure.tokens));
    assertFalse(WITH_QUANTITIES.wantsParse(bare.text, bare.tokens));
  }

  @Test
  void lowerCaseWordsAreNotCapitalsOrDemonyms() {
    Sentence s = Sentence.of("a/DT moscow/NN mule/NN was/VBD/be cold/JJ ./.");
    assertFalse(RULES.wantsParse(s.text, s.tokens));
  }

  /**
   * Seeded random filler never asks for a parse; one trigger word anywhere in it does only
   * together with a word that can name an actor, anywhere.
   */
  @Test
  void oneTriggerAnywhereInRandomFillerAsksForAParse() {
    String[] filler = {"the/DT", "blue/JJ", "table/NN", "quickly/RB", "of/IN", "garden/NN", "was/VBD/be", "green/JJ",
        "and/CC", "seven/CD", "apples/NNS/apple", "very/RB"};
    Random random = new Random(11);
    for (int round = 0; round < 200; round++) {
      List<String> words = new ArrayList<>();
      int n = 3 + random.nextInt(25);
      for (int i = 0; i < n; i++) {
        words.add(filler[random.nextInt(filler.length)]);
      }
      Sentence without = Sentence.of(String.join(" ", words));
      assertFalse(RULES.wantsParse(without.text, without.tokens), without.text);
      words.add(random.nextInt(words.size() + 1), "attacked/VBD/attack");
      Sentence trigger = Sentence.of(String.join(" ", words));
      assertFalse(RULES.wantsParse(trigger.text, trigger.tokens), trigger.text);
      words.add(random.nextInt(words.size() + 1), random.nextBoolean() ? "soldiers/NNS/soldier" : "they/PRP");
      Sentence with = Sentence.of(String.join(" ", words));
      assertTrue(RULES.wantsParse(with.text, with.tokens), with.text);
    }
  }

  /** A text and its tokens built from the {@code word/TAG[/lemma][@NER]} notation. */
  private record Sentence(String text, List<CoreLabel> tokens) {
    static Sentence of(String spec) {
      StringBuilder text = new StringBuilder();
      List<CoreLabel> tokens = new ArrayList<>();
      for (String item : spec.trim().split("\\s+")) {
        String ner = "O";
        int at = item.lastIndexOf('@');
        if (at > 0) {
          ner = item.substring(at + 1);
          item = item.substring(0, at);
        }
        String[] p = item.split("/");
        if (text.length() > 0) {
          text.append(' ');
        }
        CoreLabel t = new CoreLabel();
        t.setWord(p[0]);
        t.setValue(p[0]);
        t.setOriginalText(p[0]);
        t.setTag(p[1]);
        t.setLemma(p.length > 2 ? p[2] : p[0].toLowerCase(Locale.ROOT));
        t.setNER(ner);
        t.setBeginPosition(text.length());
        text.append(p[0]);
        t.setEndPosition(text.length());
        tokens.add(t);
      }
      return new Sentence(text.toString(), tokens);
    }
  }
}
