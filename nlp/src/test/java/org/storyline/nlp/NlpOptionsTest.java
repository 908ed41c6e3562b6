package org.storyline.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NlpOptionsTest {
  @Test
  void validatesTheLimits() {
    assertEquals(120, NlpOptions.defaults().maxParseTokens());
    assertEquals(100_000, NlpOptions.defaults().maxBodyChars());
    assertThrows(IllegalArgumentException.class, () -> new NlpOptions(3, 5000));
    assertThrows(IllegalArgumentException.class, () -> new NlpOptions(50, 10));
  }
}
