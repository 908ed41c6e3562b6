package org.storyline.nlp.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The NER model choice is checked before any model loads (so these tests are fast). */
class CoreNlpPipelineOptionsTest {
  static List<List<String>> badModelLists() {
    return List.of(List.of(), List.of(" "), List.of("a.gz,b.gz"));
  }

  @ParameterizedTest
  @MethodSource("badModelLists")
  void rejectsEmptyBlankOrJoinedModelNames(List<String> models) {
    assertThrows(IllegalArgumentException.class, () -> new CoreNlpPipeline(120, models));
  }

  @Test
  void defaultIsCoreNlpsOwnThreeModelsInItsOrder() {
    List<String> m = CoreNlpPipeline.DEFAULT_NER_MODELS;
    assertEquals(3, m.size());
    assertTrue(m.get(0).endsWith("english.all.3class.distsim.crf.ser.gz"));
    assertTrue(m.get(1).endsWith("english.muc.7class.distsim.crf.ser.gz"));
    assertTrue(m.get(2).endsWith("english.conll.4class.distsim.crf.ser.gz"));
    for (String path : m) {
      assertTrue(CoreNlpPipeline.class.getClassLoader().getResource(path) != null, "on the class path: " + path);
    }
  }
}
