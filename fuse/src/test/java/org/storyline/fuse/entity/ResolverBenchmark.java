package org.storyline.fuse.entity;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.storyline.core.stage.EntityResolution;

/**
 * Scale run: resolves a synthetic corpus and prints wall and CPU seconds, heap growth and
 * clustering quality (B-cubed against the generator's truth). The first run includes loading
 * the built-in knowledge base.
 * {@code java -cp ... org.storyline.fuse.entity.ResolverBenchmark [documents] [mentionsPerDocument] [people]};
 * the defaults give 50,000 mentions.
 */
public final class ResolverBenchmark {
  private ResolverBenchmark() {}

  public static void main(String[] args) {
    int documents = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int perDocument = args.length > 1 ? Integer.parseInt(args[1]) : 25;
    int people = args.length > 2 ? Integer.parseInt(args[2]) : 3000;
    System.out.println(run(documents, perDocument, people));
  }

  /** One run; returns a one-line report. */
  static String run(int documents, int perDocument, int people) {
    SyntheticCorpus corpus = new SyntheticCorpus(documents, perDocument, people, 42L);
    MentionResolver resolver = new MentionResolver(KnowledgeBase.builtIn());
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long c0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    EntityResolution r = resolver.resolve(corpus.articles, corpus.analyses);
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
    long after = rt.totalMemory() - rt.freeMemory();
    double[] q = corpus.bcubed(r);
    return String.format("mentions=%d documents=%d entities=%d seconds=%.2f cpuSeconds=%.2f heapDeltaMB=%.0f "
            + "bcubedP=%.3f bcubedR=%.3f",
        corpus.mentions, documents, r.entities().size(), seconds, cpu, (after - before) / 1048576.0, q[0], q[1]);
  }
}
