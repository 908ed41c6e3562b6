package org.storyline.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.storyline.app.pipeline.RunLimits;
import org.storyline.app.pipeline.StoreRefresh;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;
import org.storyline.fuse.entity.KnowledgeBase;
import org.storyline.fuse.entity.MentionResolver;
import org.storyline.fuse.event.ClaimFuser;
import org.storyline.store.Store;

/**
 * {@code analyze INPUT... OUT} on Spark. Input files are listed on the driver
 * ({@link InputListing}), spread over partitions, and the per-document stages run in
 * {@code mapPartitions} ({@link DocumentStage}: one CoreNLP pipeline per executor JVM). The
 * per-document results are collected to the driver, where the corpus-wide stages (near-duplicates,
 * entity resolution, claim linking, event fusion) run with the local pipeline's own classes over a
 * SQLite store in a work folder ({@link CorpusStages}); the records are then written as Parquet
 * ({@link ParquetOutput}) and, on request, as the contract's JSON Lines.
 *
 * <p>Scaling limit, stated plainly: only the per-document stages (all but a few percent of the
 * CPU time) are distributed. The driver holds every document's analysis (about 20–60 KB of JSON
 * per article) and runs resolution and fusion on one core, as {@code storyline analyze} does.
 */
public final class SparkAnalyzeJob {
  /**
   * What to run.
   *
   * @param inputs files or folders, local paths or Hadoop URIs, in order
   * @param out the output folder (local path or Hadoop URI)
   * @param date publication date for documents without one, or null
   * @param partitions number of partitions of input files; 0 picks 4 per default parallelism slot
   * @param jsonl also write {@code documents.jsonl}, {@code entities.jsonl}, {@code claims.jsonl},
   *     {@code events.jsonl} into {@code out} (a local folder)
   * @param work the driver's work folder for the store, or null for a temporary folder
   */
  public record Options(List<String> inputs, String out, String date, int partitions, boolean jsonl, Path work) {
    public Options {
      inputs = List.copyOf(inputs);
      Objects.requireNonNull(out, "out");
      if (inputs.isEmpty()) {
        throw new StorylineException(ErrorCode.INVALID_ARGUMENT, "no inputs given");
      }
      if (date != null && !date.matches("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")) {
        throw new StorylineException(ErrorCode.INVALID_ARGUMENT, "--date must be yyyy, yyyy-mm or yyyy-mm-dd, not '" + date + "'");
      }
      if (partitions < 0) {
        throw new StorylineException(ErrorCode.INVALID_ARGUMENT, "--partitions must be 0 or more, not " + partitions);
      }
      if (jsonl && InputListing.isRemote(out)) {
        throw new StorylineException(ErrorCode.INVALID_ARGUMENT, "--jsonl needs a local output folder, not " + out);
      }
    }
  }

  /** What a run did and how long its parts took. */
  public record Summary(int files, int documents, int problems, int duplicates, int entities, int claims, int events,
      double documentSeconds, double corpusSeconds, double writeSeconds) {
    /** Documents (stored plus failed) per second of the distributed per-document stage. */
    public double documentsPerSecond() {
      return (documents + problems) / Math.max(documentSeconds, 1e-9);
    }

    public String describe() {
      return String.format(java.util.Locale.ROOT,
          "%d files, %d documents (%d duplicates), %d problems, %d entities, %d claims, %d events%n"
              + "per-document stages %.1f s (%.2f docs/s), corpus stages %.1f s, writing %.1f s%n",
          files, documents, duplicates, problems, entities, claims, events, documentSeconds, documentsPerSecond(),
          corpusSeconds, writeSeconds);
    }
  }

  private SparkAnalyzeJob() {}

  public static Summary run(SparkSession spark, Options options) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    long t0 = System.nanoTime();
    List<InputFile> files = InputListing.list(options.inputs(), jsc.hadoopConfiguration());
    int slices = options.partitions() > 0 ? options.partitions()
        : Math.max(1, Math.min(files.size(), jsc.defaultParallelism() * 4));
    List<DocumentRow> rows = files.isEmpty() ? List.of()
        : new ArrayList<>(jsc.parallelize(files, slices).mapPartitions(new DocumentStage(options.date(), RunLimits.DEFAULT_NLP_TIMEOUT.toSeconds())).collect());
    rows.sort(Comparator.comparingInt(DocumentRow::file).thenComparingInt(DocumentRow::record));
    long t1 = System.nanoTime();
    Path work = options.work();
    boolean temporary = work == null;
    try {
      if (temporary) {
        work = Files.createTempDirectory("storyline-spark-");
      }
      try (Store store = Store.open(work)) {
        CorpusStages.Outcome outcome = new CorpusStages(
            new StoreRefresh(new MentionResolver(KnowledgeBase.builtIn()), new ClaimFuser())).run(rows, store);
        long t2 = System.nanoTime();
        ParquetOutput.write(spark, store, options.out());
        if (options.jsonl()) {
          store.exportJsonl(Path.of(options.out().startsWith("file:") ? java.net.URI.create(options.out()).getPath() : options.out()));
        }
        long t3 = System.nanoTime();
        return new Summary(files.size(), outcome.documents(), outcome.problems(), outcome.result().duplicates(),
            outcome.result().entities(), outcome.result().claims(), outcome.result().events(),
            (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
      }
    } catch (IOException e) {
      throw new StorylineException(ErrorCode.STORE_FAILURE, "cannot create a work folder: " + e.getMessage(), e);
    } finally {
      if (temporary && work != null) {
        deleteTree(work);
      }
    }
  }

  private static void deleteTree(Path dir) {
    try (var s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temporary folder left behind is harmless
    }
  }
}
