package org.storyline.app.bench;

import java.util.Arrays;
import java.util.List;

/**
 * What one workload measured.
 *
 * @param name the workload's label
 * @param loadMillis time to load its models
 * @param roundSeconds wall time of each timed round (after warm-up), in run order
 * @param peakHeapBytes largest used heap sampled while it loaded and ran
 * @param cpuSeconds CPU time the worker threads spent in the timed rounds, in all; on a shared
 *     machine this is steadier than wall time
 */
record StageTiming(String name, long loadMillis, List<Double> roundSeconds, long peakHeapBytes, double cpuSeconds) {
  StageTiming {
    if (roundSeconds.isEmpty()) {
      throw new IllegalArgumentException("no timed round for " + name);
    }
    roundSeconds = List.copyOf(roundSeconds);
  }

  /** The median round time in seconds (the mean of the two middle rounds for an even count). */
  double medianSeconds() {
    double[] s = roundSeconds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  /** CPU seconds per timed round, on average. */
  double cpuSecondsPerRound() {
    return cpuSeconds / roundSeconds.size();
  }

  @Override
  public String toString() {
    return name + " " + Arrays.toString(roundSeconds.toArray());
  }
}
