package org.storyline.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyline.nlp.ParseScope;

class StorylineVariantTest {
  @Test
  void readsLabelScopeAndModelsInOrder() {
    StorylineVariant v = StorylineVariant.parse("ref=all,all3+muc7+conll4");
    assertEquals("ref", v.label());
    assertEquals(ParseScope.ALL, v.options().parseScope());
    assertEquals(3, v.options().nerModels().size());
    assertTrue(v.options().nerModels().get(1).endsWith("english.muc.7class.distsim.crf.ser.gz"));
    assertTrue(v.options().nerTagsDates());
    StorylineVariant fast = StorylineVariant.parse(" fast = Rules+Quantities , conll4 ");
    assertEquals("fast", fast.label());
    assertEquals(ParseScope.RULES_AND_QUANTITIES, fast.options().parseScope());
    assertEquals(1, fast.options().nerModels().size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "fast", "=rules,conll4", "fast=rules", "fast=rules,conll4,x", "fast=some,conll4",
      "fast=rules,conll3", "fast=rules,"})
  void rejectsMalformedSpecs(String spec) {
    assertThrows(IllegalArgumentException.class, () -> StorylineVariant.parse(spec));
  }
}
