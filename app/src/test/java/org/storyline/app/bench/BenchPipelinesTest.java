package org.storyline.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BenchPipelinesTest {
  @Test
  void specGivesLabelAndProperties() {
    BenchPipelines.NamedProperties np =
        BenchPipelines.parse("ner-one; annotators=tokenize,ssplit,pos,lemma,ner ;ner.model=a.gz,b.gz");
    assertEquals("ner-one", np.label());
    assertEquals("tokenize,ssplit,pos,lemma,ner", np.properties().getProperty("annotators"));
    assertEquals("a.gz,b.gz", np.properties().getProperty("ner.model"));
  }

  @Test
  void labelAloneMeansTheFloor() {
    assertEquals("tokenize,ssplit,pos", BenchPipelines.parse("plain").properties().getProperty("annotators"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "annotators=tokenize", "x;novalue", "x;=v"})
  void malformedSpecsAreRejected(String spec) {
    assertThrows(IllegalArgumentException.class, () -> BenchPipelines.parse(spec));
  }

  @Test
  void referenceRunsTheIssuesAnnotatorsWithDefaultNer() {
    var p = BenchPipelines.coreNlpDefault();
    assertEquals("tokenize,ssplit,pos,lemma,ner,depparse,quote", p.getProperty("annotators"));
    assertFalse(p.containsKey("ner.applyFineGrained"), "fine-grained NER stays at CoreNLP's default (on)");
    assertFalse(p.containsKey("ner.useSUTime"), "SUTime stays at CoreNLP's default (on)");
  }

  @Test
  void reportPrintsRatiosOfMedianTimes() {
    List<StageTiming> t = List.of(
        new StageTiming(BenchCommand.STORYLINE, 1000, List.of(2.0, 2.0, 9.0), 100L << 20, 4.0 * 3),
        new StageTiming(BenchCommand.DEFAULT, 8000, List.of(10.0, 10.0, 10.0), 200L << 20, 10.0 * 3),
        new StageTiming(BenchCommand.FLOOR, 500, List.of(1.0, 1.0, 1.0), 50L << 20, 1.0 * 3));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new BenchReport(2, 40, 20_000, t).print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("throughput storyline/corenlp-default = 5.00 (wall), 2.50 (cpu)"), out);
    assertTrue(out.contains("throughput storyline/tokenize+ssplit+pos = 0.50 (wall), 0.25 (cpu)"), out);
    assertTrue(out.contains("20.00"), "storyline: 40 documents in a median 2 s: " + out);
  }
}
