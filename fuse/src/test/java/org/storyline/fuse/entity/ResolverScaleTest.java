package org.storyline.fuse.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.junit.jupiter.api.Test;
import org.storyline.core.stage.EntityResolution;

/** A small version of {@link ResolverBenchmark}: fast, and checks quality on synthetic variants. */
class ResolverScaleTest {
  @Test
  void resolvesAFewThousandMentionsQuicklyAndWell() {
    SyntheticCorpus corpus = new SyntheticCorpus(200, 25, 300, 11L);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long c0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    EntityResolution r = new MentionResolver().resolve(corpus.articles, corpus.analyses);
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
    double[] q = corpus.bcubed(r);
    System.out.printf("scale test: %d mentions, %d entities, %.2f s (%.2f s CPU), B3 P=%.3f R=%.3f%n",
        corpus.mentions, r.entities().size(), seconds, cpu, q[0], q[1]);
    assertEquals(5000, corpus.mentions);
    assertTrue(cpu < 5, "took " + cpu + " s of CPU");
    assertTrue(q[0] > 0.95, "precision " + q[0]);
    assertTrue(q[1] > 0.9, "recall " + q[1]);
  }
}
