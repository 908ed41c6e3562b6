package org.storyline.spark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.storyline.app.pipeline.RunLimits;
import org.storyline.app.pipeline.TimedAnalyzer;
import org.storyline.core.document.Article;
import org.storyline.core.document.SourceDocument;
import org.storyline.core.document.SourceRef;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.InputProblem;
import org.storyline.core.error.StorylineException;
import org.storyline.core.stage.DocumentAnalysis;
import org.storyline.ingest.ArticleFactory;
import org.storyline.ingest.source.InputReader;
import org.storyline.nlp.CoreNlpAnalyzer;
import org.storyline.store.json.ContractJson;

/**
 * The per-document stages of the local pipeline, run over one partition of input files on an
 * executor: read each file with {@link InputReader}, build the {@link Article} with
 * {@link ArticleFactory}, analyse it with the JVM's one {@link CoreNlpAnalyzer#shared()} pipeline
 * (loaded once per executor JVM and reused by every task there), within the local run's limits
 * ({@link RunLimits}: document size, HTML depth, NLP time budget per document). Files are processed one at a
 * time; a file on a Hadoop file system is copied to a local temporary folder first (with its
 * {@code .meta.json} sidecar) and its documents keep the Hadoop URI as their path. Failures become
 * problem rows with the local pipeline's stage names and codes.
 */
final class DocumentStage implements FlatMapFunction<Iterator<InputFile>, DocumentRow> {
  private static final long serialVersionUID = 1L;

  private final String date;
  private final long nlpTimeoutSeconds;

  /**
   * @param date the publication date for documents whose input gives none ({@code --date}), or null
   * @param nlpTimeoutSeconds the NLP time budget per document, as in the local run's
   *     {@code --nlp-timeout}; positive
   */
  DocumentStage(String date, long nlpTimeoutSeconds) {
    if (nlpTimeoutSeconds <= 0) {
      throw new IllegalArgumentException("NLP time budget must be positive: " + nlpTimeoutSeconds);
    }
    this.date = date;
    this.nlpTimeoutSeconds = nlpTimeoutSeconds;
  }

  /** The local run's limits, with this stage's NLP time budget. */
  private RunLimits limits() {
    return RunLimits.DEFAULT.withNlpTimeout(Duration.ofSeconds(nlpTimeoutSeconds));
  }

  @Override
  public Iterator<DocumentRow> call(Iterator<InputFile> files) {
    return new Iterator<>() {
      private Iterator<DocumentRow> current = List.<DocumentRow>of().iterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && files.hasNext()) {
          current = process(files.next()).iterator();
        }
        return current.hasNext();
      }

      @Override
      public DocumentRow next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  /** All rows of one input file, in record order. */
  List<DocumentRow> process(InputFile file) {
    List<DocumentRow> rows = new ArrayList<>();
    Path tmp = null;
    try {
      Path local;
      if (file.local()) {
        local = Path.of(file.uri());
      } else {
        tmp = Files.createTempDirectory("storyline-input-");
        local = fetch(file.uri(), tmp);
      }
      RunLimits limits = limits();
      ArticleFactory factory = new ArticleFactory(limits.maxHtmlDepth());
      try (TimedAnalyzer analyzer = new TimedAnalyzer(CoreNlpAnalyzer.shared(), 1, limits.nlpTimeout(), limits.maxAbandoned());
          InputReader reader = new InputReader(List.of(local),
          p -> rows.add(problemRow(file.index(), -1, null, renamed(p, file, local))), limits.input())) {
        int record = 0;
        for (SourceDocument raw : reader) {
          rows.add(analyse(factory, analyzer, file, record++, withGivenDate(renamed(raw, file), date)));
        }
      }
    } catch (IOException e) {
      rows.add(problemRow(file.index(), -1, null, new InputProblem(file.uri(), null, "read",
          ErrorCode.INPUT_UNREADABLE, "cannot fetch: " + e.getMessage())));
    } finally {
      deleteQuietly(tmp);
    }
    return rows;
  }

  private static DocumentRow analyse(ArticleFactory factory, TimedAnalyzer analyzer, InputFile file, int record, SourceDocument doc) {
    String id = null;
    try {
      Article article = factory.create(doc);
      id = article.id();
      DocumentAnalysis analysis = analyzer.analyze(article);
      return new DocumentRow(file.index(), record, id, ContractJson.line(ContractJson.document(article)),
          AnalysisJson.write(analysis), null);
    } catch (StorylineException e) {
      return problemRow(file.index(), record, id, new InputProblem(pathOf(doc), doc.source().locator(),
          stageOf(e.code()), e.code(), e.getMessage()));
    } catch (RuntimeException | StackOverflowError e) {
      return problemRow(file.index(), record, id, new InputProblem(pathOf(doc), doc.source().locator(),
          "analyze", ErrorCode.INTERNAL_ERROR, e.toString()));
    }
  }

  private static DocumentRow problemRow(int file, int record, String id, InputProblem p) {
    return new DocumentRow(file, record, id, null, null, ProblemJson.write(p));
  }

  private static String pathOf(SourceDocument doc) {
    return doc.source().path() == null ? "<input>" : doc.source().path();
  }

  /** The local pipeline's stage name for an error code. */
  static String stageOf(ErrorCode code) {
    return switch (code) {
      case NO_MAIN_TEXT -> "extract";
      case NLP_FAILURE, NLP_TIMEOUT -> "nlp";
      default -> "read";
    };
  }

  private static SourceDocument withGivenDate(SourceDocument d, String date) {
    if (date == null || d.published() != null) {
      return d;
    }
    return new SourceDocument(d.source(), d.content(), d.isHtml(), d.title(), date, d.outlet(), d.crawlDate());
  }

  /** A fetched document named by its Hadoop URI instead of the temporary copy. */
  private static SourceDocument renamed(SourceDocument d, InputFile file) {
    if (file.local()) {
      return d;
    }
    SourceRef s = d.source();
    return new SourceDocument(new SourceRef(file.uri(), s.url(), s.format(), s.locator()), d.content(), d.isHtml(),
        d.title(), d.published(), d.outlet(), d.crawlDate());
  }

  private static InputProblem renamed(InputProblem p, InputFile file, Path local) {
    if (file.local() || !local.toString().equals(p.path())) {
      return p;
    }
    return new InputProblem(file.uri(), p.locator(), p.stage(), p.code(), p.reason());
  }

  /** Copies a Hadoop file (and its sidecar, if any) into {@code dir}; returns the local copy. */
  private static Path fetch(String uri, Path dir) throws IOException {
    org.apache.hadoop.fs.Path source = new org.apache.hadoop.fs.Path(URI.create(uri));
    FileSystem fs = source.getFileSystem(new Configuration());
    Path target = dir.resolve(source.getName());
    try (InputStream in = fs.open(source)) {
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
    org.apache.hadoop.fs.Path sidecar = new org.apache.hadoop.fs.Path(uri + ".meta.json");
    if (fs.exists(sidecar)) {
      try (InputStream in = fs.open(sidecar)) {
        Files.copy(in, dir.resolve(sidecar.getName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return target;
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temporary folder left behind is harmless
    }
  }
}
