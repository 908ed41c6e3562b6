package org.storyline.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.nlp.pipeline.CoreNlpPipeline;

class NlpOptionsTest {
  @Test
  void validatesTheLimits() {
    assertEquals(120, NlpOptions.defaults().maxParseTokens());
    assertEquals(100_000, NlpOptions.defaults().maxBodyChars());
    assertThrows(IllegalArgumentException.class, () -> new NlpOptions(3, 5000));
    assertThrows(IllegalArgumentException.class, () -> new NlpOptions(50, 10));
  }

  @Test
  void defaultsParseWhatTheRulesReadWithOneNerModel() {
    assertEquals(ParseScope.RULES, NlpOptions.defaults().parseScope());
    assertEquals(CoreNlpPipeline.THREE_CLASS_NER_MODELS, NlpOptions.defaults().nerModels());
    assertFalse(NlpOptions.defaults().nerTagsDates());
    assertEquals(NlpOptions.defaults(), new NlpOptions(120, 100_000));
  }

  @Test
  void needsAScopeAndAtLeastOneModel() {
    assertThrows(NullPointerException.class, () -> new NlpOptions(120, 5000, null, CoreNlpPipeline.DEFAULT_NER_MODELS));
    assertThrows(IllegalArgumentException.class, () -> new NlpOptions(120, 5000, ParseScope.ALL, List.of()));
  }

  @Test
  void withersKeepTheOtherFields() {
    NlpOptions o = new NlpOptions(60, 5000).withParseScope(ParseScope.ALL).withNerModels(List.of("x/muc.7class.gz"));
    assertEquals(60, o.maxParseTokens());
    assertEquals(5000, o.maxBodyChars());
    assertEquals(ParseScope.ALL, o.parseScope());
    assertTrue(o.nerTagsDates());
    assertFalse(o.withNerModels(List.of("x/conll.4class.gz")).nerTagsDates());
  }
}
