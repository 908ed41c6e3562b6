package org.storyline.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NlpOptionsTest {
  @Test
  void validatesTheParseLimit() {
    assertEquals(120, NlpOptions.defaults().maxParseTokens());
    assertThrows(IllegalArgumentException.class, () -> new NlpOptions(3));
  }
}
