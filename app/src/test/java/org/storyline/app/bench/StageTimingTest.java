package org.storyline.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StageTimingTest {
  @ParameterizedTest
  @CsvSource({"3.0, 3.0", "'5.0,1.0,3.0', 3.0", "'4.0,1.0', 2.5", "'9.0,2.0,4.0,3.0', 3.5"})
  void medianOfRounds(String rounds, double median) {
    List<Double> r = new ArrayList<>();
    for (String s : rounds.split(",")) {
      r.add(Double.parseDouble(s));
    }
    assertEquals(median, new StageTiming("x", 0, r, 0, 0).medianSeconds(), 1e-9);
  }

  @Test
  void medianDoesNotDependOnRoundOrder() {
    Random random = new Random(11);
    for (int trial = 0; trial < 50; trial++) {
      List<Double> r = new ArrayList<>();
      int n = 1 + random.nextInt(9);
      for (int i = 0; i < n; i++) {
        r.add(random.nextDouble() * 10);
      }
      double m = new StageTiming("x", 0, r, 0, 0).medianSeconds();
      Collections.shuffle(r, random);
      assertEquals(m, new StageTiming("x", 0, r, 0, 0).medianSeconds(), 1e-12);
      long below = r.stream().filter(v -> v < m).count();
      long above = r.stream().filter(v -> v > m).count();
      assertEquals(below, above, "as many rounds below the median as above: " + r);
    }
  }

  @Test
  void cpuPerRoundIsTheAverage() {
    assertEquals(2.0, new StageTiming("x", 0, List.of(1.0, 1.0, 1.0), 0, 6.0).cpuSecondsPerRound(), 1e-9);
  }

  @Test
  void needsATimedRound() {
    assertThrows(IllegalArgumentException.class, () -> new StageTiming("x", 0, List.of(), 0, 0));
  }
}
