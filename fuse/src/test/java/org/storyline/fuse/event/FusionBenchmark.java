package org.storyline.fuse.event;

import java.util.List;
import org.storyline.core.event.Event;

/**
 * Times {@link ClaimFuser} on synthetic coverage ({@link SyntheticClaims}) and prints, per size:
 * events, latent events, wall-clock and CPU seconds of the fusing thread, heap in use right after
 * fusing minus before (live plus garbage not yet collected), heap retained by the events after a
 * collection, and purity (share of claims in an event whose majority latent event is their own).
 * Sizes default to 1,000, 10,000 and 100,000 claims; pass others as arguments. Run from the
 * module after {@code mvn test-compile}: {@code java -cp
 * target/classes:target/test-classes:<core jar> org.storyline.fuse.event.FusionBenchmark}.
 */
public final class FusionBenchmark {
  private FusionBenchmark() {}

  /** Share of claims that sit in an event whose majority latent event is their own. */
  static double purity(List<Event> events, SyntheticClaims data) {
    long pure = 0;
    long total = 0;
    for (Event e : events) {
      java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
      e.claims().forEach(c -> counts.merge(data.truth.get(c), 1, Integer::sum));
      pure += java.util.Collections.max(counts.values());
      total += e.claims().size();
    }
    return total == 0 ? 1 : (double) pure / total;
  }

  public static void main(String[] args) {
    int[] sizes = args.length == 0 ? new int[] {1_000, 10_000, 100_000}
        : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    ClaimFuser fuser = new ClaimFuser();
    fuser.fuse(new SyntheticClaims(2_000, 1).articles, new SyntheticClaims(2_000, 1).claims); // warm-up
    System.out.printf("%10s %10s %8s %10s %10s %14s %14s %8s%n", "claims", "events", "latent", "seconds", "cpu s",
        "heap+ MB", "retained MB", "purity%");
    for (int n : sizes) {
      SyntheticClaims data = new SyntheticClaims(n, 11);
      Runtime rt = Runtime.getRuntime();
      System.gc();
      long before = rt.totalMemory() - rt.freeMemory();
      java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
      long cpu0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      List<Event> events = fuser.fuse(data.articles, data.claims);
      double seconds = (System.nanoTime() - t0) / 1e9;
      double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
      long allocatedView = rt.totalMemory() - rt.freeMemory();
      System.gc();
      long retained = rt.totalMemory() - rt.freeMemory();
      System.out.printf("%10d %10d %8d %10.3f %10.3f %14.1f %14.1f %8.2f%n", n, events.size(),
          data.truth.values().stream().distinct().count(), seconds, cpuSeconds,
          Math.max(0, allocatedView - before) / 1e6, Math.max(0, retained - before) / 1e6,
          100.0 * purity(events, data));
    }
  }
}
