package org.storyline.ingest.eval;

import org.storyline.ingest.text.WordBag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.storyline.core.error.StorylineException;
import org.storyline.ingest.Seeds;

class ExtractionEvaluationTest {
  @Test
  void wordBagScoresAsTheBenchmarkDoes() {
    double[] prf = WordBag.score(new WordBag("The talks, the TALKS end"), new WordBag("the talks end today"));
    assertEquals(3.0 / 5, prf[0], 1e-9);
    assertEquals(3.0 / 4, prf[1], 1e-9);
    assertEquals(2 * 0.6 * 0.75 / 1.35, prf[2], 1e-9);
    assertEquals(1.0, WordBag.score(new WordBag(""), new WordBag(""))[2]);
    assertEquals(0.0, WordBag.score(new WordBag("a"), new WordBag(""))[2]);
  }

  /** A floor on a sample of WCXB (every 12th page, to keep the suite fast); the full run is in the report. */
  @Test
  void wcxbSampleMeetsTheFloor() {
    Path dir = Seeds.shared().resolve("datasets/wcxb-dev-articles");
    ExtractionEvaluation.Result r = new ExtractionEvaluation().evaluate(dir, 12, s -> {});
    assertTrue(r.pages() >= 50, "pages " + r.pages());
    assertTrue(r.f1() >= 0.92, r.describe());
    assertTrue(r.dateAccuracy() >= 0.70, r.describe());
  }

  @Test
  void notAWcxbFolderIsAnError() {
    assertThrows(StorylineException.class, () -> new ExtractionEvaluation().evaluate(Path.of("/nonexistent")));
  }
}
