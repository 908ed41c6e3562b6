package org.storyline.app.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.storyline.core.document.Article;
import org.storyline.core.document.SourceDocument;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;
import org.storyline.core.stage.DocumentAnalysis;
import org.storyline.ingest.ArticleFactory;
import org.storyline.ingest.source.InputReader;
import org.storyline.nlp.CoreNlpAnalyzer;
import org.storyline.nlp.NlpOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code storyline bench INPUT...}: in one process, over the same main texts, times storyline's
 * ingest and per-document analysis against CoreNLP's full default pipeline and its
 * tokenize+ssplit+pos floor, with the same thread count, as the median of several rounds after
 * warm-up, and prints documents/s, tokens/s, peak heap and the throughput ratios.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Time storyline's analysis against CoreNLP's default pipeline and tokenize+ssplit+pos on the same texts.",
        "Prints documents/s, tokens/s, model load time, sampled peak heap and throughput ratios per thread count."})
public final class BenchCommand implements Callable<Integer> {
  static final String INGEST = "ingest";
  static final String STORYLINE = "storyline";
  static final String DEFAULT = "corenlp-default";
  static final String FLOOR = "tokenize+ssplit+pos";

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders, as for analyze.")
  List<Path> inputs;

  @Option(names = "--threads", split = ",", defaultValue = "1", paramLabel = "N[,N...]",
      description = "Worker threads; several counts (1,2) run each workload at each count. Default: ${DEFAULT-VALUE}.")
  List<Integer> threads;

  @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds per workload and thread count (median reported). Default: ${DEFAULT-VALUE}.")
  int rounds;

  @Option(names = "--warmup", defaultValue = "1", description = "Untimed warm-up rounds before the first timed one. Default: ${DEFAULT-VALUE}.")
  int warmup;

  @Option(names = "--warmup-limit", defaultValue = "0",
      description = "Warm-up rounds use only the first this many documents (0: all); for long runs over many pages.")
  int warmupLimit;

  @Option(names = "--limit", defaultValue = "0", description = "Use at most this many documents with a main text (0: all).")
  int limit;

  @Option(names = "--repeat", defaultValue = "1", description = "Repeat the documents this many times (scaling runs).")
  int repeat;

  @Option(names = "--workloads", split = ",", paramLabel = "NAME",
      defaultValue = INGEST + "," + STORYLINE + "," + DEFAULT + "," + FLOOR,
      description = "Which standard workloads to run, of: " + INGEST + ", " + STORYLINE + ", " + DEFAULT + ", " + FLOOR + ".")
  List<String> workloads;

  @Option(names = "--variant", paramLabel = "LABEL=SCOPE,MODEL+MODEL",
      description = {"An extra storyline configuration to time, e.g. 'ref=all,all3+muc7+conll4' or 'fast=rules,conll4'",
          "(scope all|rules|rules+quantities; NER models all3, muc7, conll4). Variants run before the default storyline",
          "workload; every storyline workload's output is compared with the first one's (claims, mentions, times)."})
  List<String> variants = new ArrayList<>();

  @Option(names = "--pipeline", paramLabel = "LABEL;key=value;...",
      description = "An extra CoreNLP pipeline to time, e.g. 'ner1;annotators=tokenize,ssplit,pos,lemma,ner;ner.model=...'.")
  List<String> extra = new ArrayList<>();

  @Override
  public Integer call() {
    if (rounds < 1 || warmup < 0 || limit < 0 || warmupLimit < 0 || repeat < 1 || threads.stream().anyMatch(t -> t < 1)) {
      throw new StorylineException(ErrorCode.INVALID_ARGUMENT,
          "--rounds and --repeat must be at least 1, --threads at least 1, --warmup, --warmup-limit and --limit not negative");
    }
    PrintStream out = System.out;
    long t0 = System.nanoTime();
    List<SourceDocument> sources = new ArrayList<>();
    List<Article> articles = new ArrayList<>();
    ArticleFactory factory = new ArticleFactory();
    try (InputReader reader = new InputReader(inputs, p -> {})) {
      for (SourceDocument doc : reader) {
        if (limit > 0 && articles.size() >= limit) {
          break;
        }
        try {
          articles.add(factory.create(doc));
          sources.add(doc);
        } catch (StorylineException e) {
          // no main text: not part of the bench
        }
      }
    }
    if (articles.isEmpty()) {
      throw new StorylineException(ErrorCode.INVALID_ARGUMENT, "no input document with a main text");
    }
    List<SourceDocument> allSources = repeated(sources);
    List<Article> allArticles = repeated(articles);
    int maxChars = NlpOptions.defaults().maxBodyChars();
    List<String> texts = allArticles.stream()
        .map(a -> a.body().length() > maxChars ? a.body().substring(0, maxChars) : a.body()).toList();
    long tokens = countTokens(texts);
    out.printf(Locale.ROOT, "bench: %d documents (%d distinct), %d tokens, %d chars; read in %.1f s; %d cores, max heap %d MB%n",
        texts.size(), articles.size(), tokens, texts.stream().mapToLong(String::length).sum(),
        (System.nanoTime() - t0) / 1e9, Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);

    Map<String, Supplier<Workload>> plan = new LinkedHashMap<>();
    // results are kept only when two storyline configurations are to be compared
    boolean compare = !variants.isEmpty();
    if (workloads.contains(INGEST)) {
      plan.put(INGEST, () -> new FunctionWorkload(INGEST, i -> factory.create(allSources.get(i))));
    }
    for (String spec : variants) {
      StorylineVariant v;
      try {
        v = StorylineVariant.parse(spec);
      } catch (IllegalArgumentException e) {
        throw new StorylineException(ErrorCode.INVALID_ARGUMENT, e.getMessage());
      }
      String name = STORYLINE + "[" + v.label() + "]";
      plan.put(name, () -> new StorylineWorkload(name, new CoreNlpAnalyzer(v.options()), allArticles, compare));
    }
    for (String w : workloads) {
      switch (w) {
        case INGEST -> { }
        case STORYLINE -> plan.put(STORYLINE,
            () -> new StorylineWorkload(STORYLINE, new CoreNlpAnalyzer(NlpOptions.defaults()), allArticles, compare));
        case DEFAULT -> plan.put(DEFAULT, () -> new CoreNlpWorkload(DEFAULT, BenchPipelines.coreNlpDefault(), texts));
        case FLOOR -> plan.put(FLOOR, () -> new CoreNlpWorkload(FLOOR, BenchPipelines.floor(), texts));
        default -> throw new StorylineException(ErrorCode.INVALID_ARGUMENT, "unknown workload: " + w);
      }
    }
    for (String spec : extra) {
      BenchPipelines.NamedProperties np;
      try {
        np = BenchPipelines.parse(spec);
      } catch (IllegalArgumentException e) {
        throw new StorylineException(ErrorCode.INVALID_ARGUMENT, e.getMessage());
      }
      plan.put(np.label(), () -> new CoreNlpWorkload(np.label(), np.properties(), texts));
    }

    Map<Integer, List<StageTiming>> results = new LinkedHashMap<>();
    String referenceName = null;
    List<DocumentAnalysis> reference = null;
    try (HeapPeak heap = new HeapPeak(20)) {
      for (Map.Entry<String, Supplier<Workload>> e : plan.entrySet()) {
        System.gc();
        heap.reset();
        long l0 = System.nanoTime();
        try (Workload w = e.getValue().get()) {
          long loadMillis = (System.nanoTime() - l0) / 1_000_000;
          for (int n : threads) {
            StageTiming t = time(w, texts.size(), n, loadMillis, heap);
            results.computeIfAbsent(n, k -> new ArrayList<>()).add(t);
            out.printf(Locale.ROOT, "  %-22s threads %d  load %.1f s  rounds %s s  cpu %.2f s/round  load avg %.1f%n",
                t.name(), n, loadMillis / 1e3, format(t.roundSeconds()), t.cpuSecondsPerRound(), loadAverage());
          }
          if (compare && w instanceof StorylineWorkload sw) {
            if (reference == null) {
              referenceName = sw.name();
              reference = sw.results(); // not the workload: its models are released
            } else {
              AnalysisAgreement.print(out, sw.name(), referenceName, AnalysisAgreement.compare(reference, sw.results()));
            }
          }
        }
        // CoreNLP caches annotators JVM-wide: drop them so the next workload loads (and holds) its own
        StanfordCoreNLP.clearAnnotatorPool();
      }
    }
    for (Map.Entry<Integer, List<StageTiming>> e : results.entrySet()) {
      new BenchReport(e.getKey(), texts.size(), tokens, e.getValue()).print(out);
    }
    return 0;
  }

  private StageTiming time(Workload w, int documents, int threadCount, long loadMillis, HeapPeak heap) {
    ExecutorService pool = Executors.newFixedThreadPool(threadCount, r -> {
      Thread t = new Thread(r, "storyline-bench");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Double> timed = new ArrayList<>();
      LongAdder cpuNanos = new LongAdder();
      ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
      for (int r = 0; r < warmup + rounds; r++) {
        long s = System.nanoTime();
        int count = r < warmup && warmupLimit > 0 ? Math.min(warmupLimit, documents) : documents;
        List<Future<?>> fs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
          int index = i;
          boolean counted = r >= warmup;
          fs.add(pool.submit(() -> {
            long c0 = cpu.getCurrentThreadCpuTime();
            w.process(index);
            if (counted) {
              cpuNanos.add(cpu.getCurrentThreadCpuTime() - c0);
            }
          }));
        }
        for (Future<?> f : fs) {
          f.get();
        }
        if (r >= warmup) {
          timed.add((System.nanoTime() - s) / 1e9);
        }
      }
      return new StageTiming(w.name(), loadMillis, timed, heap.peakBytes(), cpuNanos.sum() / 1e9);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StorylineException(ErrorCode.INTERNAL_ERROR, "bench interrupted", e);
    } catch (ExecutionException e) {
      throw new StorylineException(ErrorCode.INTERNAL_ERROR, w.name() + " failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private <T> List<T> repeated(List<T> items) {
    List<T> all = new ArrayList<>(items.size() * repeat);
    for (int r = 0; r < repeat; r++) {
      all.addAll(items);
    }
    return all;
  }

  private static long countTokens(List<String> texts) {
    StanfordCoreNLP tokenizer = new StanfordCoreNLP(BenchPipelines.tokenizer());
    long n = 0;
    for (String text : texts) {
      Annotation a = new Annotation(text);
      tokenizer.annotate(a);
      n += a.get(CoreAnnotations.TokensAnnotation.class).size();
    }
    return n;
  }

  static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static String format(List<Double> seconds) {
    StringBuilder b = new StringBuilder();
    for (double s : seconds) {
      b.append(b.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.2f", s));
    }
    return b.toString();
  }
}
