package org.storyline.app.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.storyline.core.document.Article;
import org.storyline.core.document.SourceDocument;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.ErrorKind;
import org.storyline.core.error.InputProblem;
import org.storyline.core.error.StorylineException;
import org.storyline.core.stage.DocumentAnalysis;
import org.storyline.core.stage.DocumentAnalyzer;
import org.storyline.ingest.ArticleFactory;
import org.storyline.ingest.source.InputReader;
import org.storyline.store.Store;
import org.storyline.store.StoredDocument;
import org.storyline.store.json.ContractJson;

/**
 * One run of the pipeline into a store: read inputs (streaming), extract main text and metadata,
 * analyse each document with NLP on a bounded pool of worker threads and store it in its own
 * transaction, then mark duplicates, resolve entities across all stored documents, link claims to
 * entities, fuse events and write the four contract files.
 *
 * <p>A document already stored with the same id and the same extracted record is not analysed
 * again, so a run that was killed continues where it stopped and a repeated run is cheap. In
 * {@link Mode#ANALYZE} documents of earlier runs that are not among the inputs are removed (the
 * store holds exactly the inputs); in {@link Mode#ADD} they stay.
 */
public final class AnalyzeRun {
  /** Whether the store ends with exactly these inputs or with these inputs added. */
  public enum Mode { ANALYZE, ADD }

  /** Store meta key: the knowledge base file of the last run, empty for the built-in one. */
  public static final String KB_FILE_META = "kb_file";

  /** Store meta key: first sequence number and inputs of an {@code add} run not yet completed. */
  public static final String ADD_SEQ_META = "add_in_progress";

  /**
   * Store meta key: the {@link AnalysisStamp} of the analyses stored. A document is resumed only
   * when this equals the run's stamp; it is written once every input of a run is stored.
   */
  public static final String ANALYSIS_STAMP_META = "analysis_stamp";

  private final DocumentAnalyzer analyzer;
  private final StoreRefresh refresh;
  private final AnalysisStamp stamp;

  /** A run stamped with this build and no further settings. */
  public AnalyzeRun(DocumentAnalyzer analyzer, StoreRefresh refresh) {
    this(analyzer, refresh, AnalysisStamp.of(""));
  }

  /**
   * @param stamp what analyses this run; documents stored under another stamp are analysed again
   */
  public AnalyzeRun(DocumentAnalyzer analyzer, StoreRefresh refresh, AnalysisStamp stamp) {
    this.stamp = java.util.Objects.requireNonNull(stamp, "stamp");
    this.analyzer = analyzer;
    this.refresh = refresh;
  }

  public RunSummary run(AnalyzeOptions options, Mode mode, ProgressListener progress) {
    long started = System.nanoTime();
    List<InputProblem> problems = Collections.synchronizedList(new ArrayList<>());
    int total = countDocuments(options);
    RunLimits limits = options.limits();
    ArticleFactory factory = new ArticleFactory(limits.maxHtmlDepth());
    AtomicInteger done = new AtomicInteger();
    AtomicInteger analysed = new AtomicInteger();
    AtomicInteger resumed = new AtomicInteger();
    AtomicLong tokens = new AtomicLong();
    Set<String> seen = Collections.synchronizedSet(new HashSet<>());
    try (Store store = Store.open(options.out());
        TimedAnalyzer timed = new TimedAnalyzer(analyzer, options.threads(), limits.nlpTimeout(),
            limits.maxAbandoned())) {
      // remembered so that later corrections re-resolve with the same knowledge base
      store.setMeta(KB_FILE_META, options.kb() == null ? "" : options.kb().toAbsolutePath().toString());
      // analyses of another build or other settings are not resumed: they are done again
      Map<String, String> records = storedRecords(store);
      boolean current = stamp.value().equals(store.meta(ANALYSIS_STAMP_META)) || records.isEmpty();
      Map<String, String> stored = current ? records : Map.of();
      int seqBase = mode == Mode.ADD ? addSeqBase(store, options) : 0;
      ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
        Thread t = new Thread(r, "storyline-worker");
        t.setDaemon(true);
        return t;
      });
      Semaphore inFlight = new Semaphore(options.threads() * 2);
      List<Future<?>> futures = new ArrayList<>();
      try (InputReader reader = new InputReader(options.inputs(), problems::add, limits.input())) {
        int seq = seqBase;
        for (SourceDocument raw : reader) {
          SourceDocument doc = withGivenDate(raw, options.date());
          int mySeq = seq++;
          inFlight.acquireUninterruptibly();
          futures.add(pool.submit(() -> {
            String stage = "extract";
            try {
              Article article = factory.create(doc);
              if (!seen.add(article.id())) {
                return; // the very same document twice among the inputs: keep the first
              }
              String record = ContractJson.line(ContractJson.document(article));
              if (record.equals(stored.get(article.id()))) {
                resumed.incrementAndGet();
              } else {
                stage = "nlp";
                DocumentAnalysis analysis = timed.analyze(article);
                tokens.addAndGet(analysis.tokens());
                stage = "store";
                synchronized (store) {
                  store.putDocument(new StoredDocument(mySeq, article, analysis));
                }
                analysed.incrementAndGet();
              }
            } catch (StorylineException e) {
              if (e.code().kind() == ErrorKind.EXTERNAL && "store".equals(stage)) {
                throw e; // a failing store ends the run
              }
              problems.add(problem(doc, stage, e.code(), e.getMessage()));
            } catch (RuntimeException | StackOverflowError e) {
              problems.add(problem(doc, stage, ErrorCode.INTERNAL_ERROR, e.toString()));
            } finally {
              inFlight.release();
              int n = done.incrementAndGet();
              double secs = (System.nanoTime() - started) / 1e9;
              progress.documents(n, total, n / Math.max(secs, 1e-9));
            }
          }));
          if (options.strict() && !problems.isEmpty()) {
            break;
          }
        }
      } finally {
        for (Future<?> f : futures) {
          try {
            f.get();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } catch (ExecutionException e) {
            pool.shutdownNow();
            if (e.getCause() instanceof StorylineException se) {
              throw se;
            }
            throw new StorylineException(ErrorCode.INTERNAL_ERROR, "worker failed: " + e.getCause(), e.getCause());
          }
        }
        pool.shutdownNow();
      }
      if (options.strict() && !problems.isEmpty()) {
        store.putProblems(problems);
        throw new StorylineException(problems.get(0).code(), "--strict: " + problems.get(0).describe());
      }
      if (mode == Mode.ANALYZE || current) {
        // every document left is analysed under this stamp now (an add to a store of another stamp
        // leaves earlier documents stale: the stamp stays, and the next analyze does them again)
        store.setMeta(ANALYSIS_STAMP_META, stamp.value());
      }
      if (mode == Mode.ANALYZE) {
        store.removeDocumentsExcept(seen);
      } else {
        store.setMeta(ADD_SEQ_META, "");
      }

      store.putProblems(problems);
      StoreRefresh.Result result = refresh.refresh(store, progress);
      double seconds = (System.nanoTime() - started) / 1e9;
      return new RunSummary(result.documents(), analysed.get(), resumed.get(), result.duplicates(), problems,
          result.entities(), result.claims(), result.events(), tokens.get(), seconds, peakHeap());
    }
  }

  /**
   * The first sequence number of an {@code add} run. An add that was killed is repeated with the
   * same number (remembered with the inputs until the add completes), so documents keep their
   * input order whatever was stored before the kill.
   */
  private static int addSeqBase(Store store, AnalyzeOptions options) {
    String inputs = options.inputs().stream().map(p -> p.toAbsolutePath().normalize().toString())
        .reduce((a, b) -> a + "\n" + b).orElse("");
    String pending = store.meta(ADD_SEQ_META);
    if (pending != null && !pending.isEmpty()) {
      int bar = pending.indexOf('|');
      if (bar > 0 && pending.substring(bar + 1).equals(inputs)) {
        return Integer.parseInt(pending.substring(0, bar));
      }
    }
    int base = store.maxSeq() + 1;
    store.setMeta(ADD_SEQ_META, base + "|" + inputs);
    return base;
  }

  private static InputProblem problem(SourceDocument doc, String stage, ErrorCode code, String reason) {
    return new InputProblem(doc.source().path() == null ? "<input>" : doc.source().path(), doc.source().locator(),
        stage, code, reason == null ? code.toString() : reason);
  }

  private static Map<String, String> storedRecords(Store store) {
    Map<String, String> out = new HashMap<>();
    for (Article a : store.articles()) {
      // compare without the duplicate link, which is set after analysis
      out.put(a.id(), ContractJson.line(ContractJson.document(a.withDuplicateOf(null))));
    }
    return out;
  }

  private static int countDocuments(AnalyzeOptions options) {
    int n = 0;
    try (InputReader reader = new InputReader(options.inputs(), p -> {}, options.limits().input())) {
      for (SourceDocument ignored : reader) {
        n++;
      }
    } catch (RuntimeException e) {
      return -1;
    }
    return n;
  }

  private static SourceDocument withGivenDate(SourceDocument d, String date) {
    if (date == null || d.published() != null) {
      return d;
    }
    return new SourceDocument(d.source(), d.content(), d.isHtml(), d.title(), date, d.outlet(), d.crawlDate());
  }

  /** Peak heap used so far in this JVM, summed over heap pools. */
  public static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
