package org.storyline.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Samples the used heap every few milliseconds on a daemon thread and keeps the largest value
 * seen since the last {@link #reset}. Sampling misses short spikes between samples, so the figure
 * is a lower bound of the true peak.
 */
final class HeapPeak implements AutoCloseable {
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Thread sampler;
  private volatile long peak;
  private volatile boolean running = true;

  HeapPeak(long intervalMillis) {
    sampler = new Thread(() -> {
      while (running) {
        sample();
        try {
          Thread.sleep(intervalMillis);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "storyline-heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  private void sample() {
    long used = memory.getHeapMemoryUsage().getUsed();
    if (used > peak) {
      peak = used;
    }
  }

  /** Forgets the peak so far; the next samples start a new one. */
  void reset() {
    peak = memory.getHeapMemoryUsage().getUsed();
  }

  /** The largest used heap sampled since the last reset, in bytes. */
  long peakBytes() {
    sample();
    return peak;
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}
