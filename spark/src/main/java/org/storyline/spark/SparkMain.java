package org.storyline.spark;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;
import org.storyline.store.Store;

/**
 * Entry point of {@code storyline-spark.jar}:
 * <pre>
 * analyze [--jsonl] [--date yyyy[-mm[-dd]]] [--partitions N] [--work DIR] INPUT... OUT
 * import PARQUET_DIR STORE        (STORE: a folder or postgresql://user:pass@host:port/db)
 * </pre>
 * Without a master from {@code spark-submit}, runs in {@code local[*]}. Exit code 0 on success,
 * 2 on a usage error, 1 on any other failure.
 */
public final class SparkMain {
  private SparkMain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || !(args[0].equals("analyze") || args[0].equals("import"))) {
      err.println("usage: analyze [--jsonl] [--date D] [--partitions N] [--work DIR] INPUT... OUT | import PARQUET_DIR STORE");
      return 2;
    }
    try {
      SparkConf conf = new SparkConf().setAppName("storyline " + args[0]);
      if (!conf.contains("spark.master")) {
        conf.setMaster("local[*]");
      }
      SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
      try {
        if (args[0].equals("analyze")) {
          SparkAnalyzeJob.Summary s = SparkAnalyzeJob.run(spark, parseAnalyze(args));
          out.print(s.describe());
          out.printf(java.util.Locale.ROOT, "peak heap of this JVM %.0f MB (driver and, in local mode, executors)%n",
              org.storyline.app.pipeline.AnalyzeRun.peakHeap() / 1e6);
        } else {
          if (args.length != 3) {
            throw new StorylineException(ErrorCode.INVALID_ARGUMENT, "import needs PARQUET_DIR and STORE");
          }
          try (Store store = Store.open(args[2])) {
            ParquetImport.Counts c = ParquetImport.load(spark, args[1], store);
            out.println("imported " + c + " into " + store.location().describe());
          }
        }
      } finally {
        spark.stop();
      }
      return 0;
    } catch (StorylineException e) {
      err.println("storyline-spark: " + e.getMessage());
      return e.code() == ErrorCode.INVALID_ARGUMENT ? 2 : 1;
    }
  }

  static SparkAnalyzeJob.Options parseAnalyze(String[] args) {
    List<String> positional = new ArrayList<>();
    String date = null;
    int partitions = 0;
    boolean jsonl = false;
    Path work = null;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--jsonl" -> jsonl = true;
        case "--date" -> date = value(args, ++i);
        case "--partitions" -> {
          try {
            partitions = Integer.parseInt(value(args, ++i));
          } catch (NumberFormatException e) {
            throw new StorylineException(ErrorCode.INVALID_ARGUMENT, "--partitions needs a number");
          }
        }
        case "--work" -> work = Path.of(value(args, ++i));
        default -> positional.add(args[i]);
      }
    }
    if (positional.size() < 2) {
      throw new StorylineException(ErrorCode.INVALID_ARGUMENT, "analyze needs INPUT... and OUT");
    }
    return new SparkAnalyzeJob.Options(positional.subList(0, positional.size() - 1),
        positional.get(positional.size() - 1), date, partitions, jsonl, work);
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new StorylineException(ErrorCode.INVALID_ARGUMENT, args[i - 1] + " needs a value");
    }
    return args[i];
  }
}
