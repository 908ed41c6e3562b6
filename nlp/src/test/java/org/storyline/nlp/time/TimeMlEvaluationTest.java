package org.storyline.nlp.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;

class TimeMlEvaluationTest {
  private final TimeMlEvaluation evaluation = new TimeMlEvaluation();

  private static Path bundled() throws URISyntaxException {
    return Path.of(TimeMlEvaluationTest.class.getResource("/timeml").toURI());
  }

  @Test
  void scoresTheBundledFiles() throws URISyntaxException {
    TimeMlEvaluation.Result r = evaluation.evaluate(bundled());
    assertEquals(3, r.files());
    assertEquals(25, r.gold());
    // three gold durations are not dates; "the 1970s" is found without its article
    assertTrue(r.relaxedRecall() >= 0.85, r.report());
    assertTrue(r.relaxedPrecision() >= 0.95, r.report());
    assertTrue(r.strictF1() >= 0.85, r.report());
    assertTrue(r.valueAccuracy() >= 0.9, r.report());
    assertTrue(r.report().contains("relaxed"));
  }

  @Test
  void parsesOffsetsIntoThePlainText() {
    TimeMlEvaluation.Document d = TimeMlEvaluation.parse("<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" "
        + "value=\"2024-06-17\" functionInDocument=\"CREATION_TIME\">2024-06-17</TIMEX3></DCT><TEXT>A &amp; B met "
        + "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2024-06-16\">yesterday</TIMEX3> in <EVENT eid=\"e1\">Seoul"
        + "</EVENT>.</TEXT></TimeML>", "inline");
    assertEquals("A & B met yesterday in Seoul.", d.text());
    assertEquals(1, d.timexes().size());
    assertEquals("yesterday", d.text().substring(d.timexes().get(0).start(), d.timexes().get(0).end()));
    assertEquals("2024-06-16", d.timexes().get(0).value());
  }

  @Test
  void strictRelaxedAndValueCountsOnAConstructedFile(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.tml"), "<TimeML><DCT><TIMEX3 tid=\"t0\" value=\"2024-06-17\">x</TIMEX3></DCT>"
        + "<TEXT>Troops left <TIMEX3 tid=\"t1\" value=\"2024-06-16\">yesterday</TIMEX3>. Prices rose in "
        + "<TIMEX3 tid=\"t2\" value=\"197\">the 1970s</TIMEX3>. The envoy met Kim on <TIMEX3 tid=\"t3\" "
        + "value=\"2024-06-10\">Monday</TIMEX3>. It lasted <TIMEX3 tid=\"t4\" type=\"DURATION\" value=\"P2D\">two days"
        + "</TIMEX3>.</TEXT></TimeML>");
    Files.writeString(dir.resolve("ignored.txt"), "not TimeML");
    TimeMlEvaluation.Result r = evaluation.evaluate(dir);
    assertEquals(1, r.files());
    assertEquals(4, r.gold());
    assertEquals(3, r.system());
    assertEquals(2, r.strictMatches(), r.report()); // "1970s" lacks "the"
    assertEquals(3, r.relaxedMatches());
    assertEquals(2, r.valueMatches(), r.report()); // Monday resolves to the DCT day itself
    assertEquals(2.0 / 3, r.strictPrecision(), 1e-9);
    assertEquals(0.75, r.relaxedRecall(), 1e-9);
  }

  @Test
  void reportsMissingFoldersAndMalformedFiles(@TempDir Path dir) throws IOException {
    assertEquals(ErrorCode.INPUT_NOT_FOUND,
        assertThrows(StorylineException.class, () -> evaluation.evaluate(dir.resolve("nope"))).code());
    Files.writeString(dir.resolve("bad.tml"), "<TimeML><TEXT>no creation time</TEXT></TimeML>");
    assertEquals(ErrorCode.INPUT_MALFORMED, assertThrows(StorylineException.class, () -> evaluation.evaluate(dir)).code());
  }
}
