package org.storyline.app.entity;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.core.document.Article;
import org.storyline.core.stage.DocumentAnalysis;
import org.storyline.core.stage.EntityResolution;
import org.storyline.fuse.entity.MentionResolver;
import org.storyline.store.Store;
import org.storyline.store.StoredDocument;

/**
 * Times the resolution stage alone over the analyses already in a store (no NLP): loads every
 * stored document, runs {@link MentionResolver#resolve} a few times and prints documents,
 * mentions, entities, the wall and CPU time of each round and the peak heap (JVM pool peaks after a GC at the
 * start). With {@code --score FIXTURE} it also scores the entities against a fixture resource
 * (how the seeds fixture is re-checked after resolver changes without running CoreNLP again).
 *
 * With {@code --dump FILE} it writes one line per entity (type, mentions, name, surface forms)
 * for reading the entities of an unlabelled corpus by eye.
 *
 * <p>Usage: {@code ResolveStoredAnalyses STORE_DIR [ROUNDS] [--score seed-entities.txt] [--dump FILE]}
 */
public final class ResolveStoredAnalyses {
  private ResolveStoredAnalyses() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int rounds = args.length > 1 && !args[1].startsWith("--") ? Integer.parseInt(args[1]) : 3;
    String fixture = null;
    Path dump = null;
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals("--score")) {
        fixture = args[i + 1];
      } else if (args[i].equals("--dump")) {
        dump = Path.of(args[i + 1]);
      }
    }
    List<StoredDocument> docs;
    try (Store store = Store.openExisting(dir)) {
      docs = store.documents();
    }
    List<Article> articles = docs.stream().map(StoredDocument::article).toList();
    List<DocumentAnalysis> analyses = docs.stream().map(StoredDocument::analysis).toList();
    long mentions = analyses.stream().mapToLong(a -> a.mentions().size()).sum();
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    long heapBefore = heapUsed();
    long[] ms = new long[rounds];
    long[] cpuMs = new long[rounds];
    EntityResolution r = null;
    MentionResolver resolver = new MentionResolver();
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < rounds; i++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      r = resolver.resolve(articles, analyses);
      ms[i] = (System.nanoTime() - t0) / 1_000_000;
      cpuMs[i] = (threads.getCurrentThreadCpuTime() - c0) / 1_000_000;
    }
    long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    long[] sorted = ms.clone();
    java.util.Arrays.sort(sorted);
    System.out.printf("documents %d, mentions %d, entities %d%n", docs.size(), mentions, r.entities().size());
    long[] cpuSorted = cpuMs.clone();
    java.util.Arrays.sort(cpuSorted);
    System.out.printf("resolve wall ms per round %s, median %d; CPU ms %s, median %d%n",
        java.util.Arrays.toString(ms), sorted[rounds / 2], java.util.Arrays.toString(cpuMs), cpuSorted[rounds / 2]);
    System.out.printf("heap: %d MB live before (documents and analyses loaded), pool peak sum %d MB%n",
        heapBefore >> 20, peak >> 20);
    if (dump != null) {
      List<String> lines = new java.util.ArrayList<>();
      for (org.storyline.core.entity.Entity e : r.entities()) {
        lines.add(e.type() + "\t" + e.mentions().size() + "\t" + e.name() + "\t"
            + e.mentions().stream().map(m -> m.text().replace('\n', ' ')).distinct().limit(12).toList());
      }
      java.nio.file.Files.write(dump, lines);
    }
    if (fixture != null) {
      Map<String, String> bodies = new LinkedHashMap<>();
      articles.forEach(a -> bodies.put(a.id(), a.body()));
      System.out.println(EntityScore.of(EntityFixture.load(fixture), articles, r.entities()).report(bodies));
    }
  }

  private static long heapUsed() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }
}
