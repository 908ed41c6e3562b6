package org.storyline.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.storyline.core.document.Article;
import org.storyline.core.document.SourceDocument;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;
import org.storyline.ingest.ArticleFactory;
import org.storyline.ingest.source.InputReader;

/**
 * The documents a benchmark runs on: by default the repository's own sample articles
 * ({@code samples/rnk}, written for this project), or any files and folders named by the system
 * property {@code storyline.bench.input} (paths separated by the path separator), e.g. the WCXB
 * pages beside the checkout.
 *
 * @param sources the documents as read, in input order
 * @param articles the articles made from those of them that have a main text, in the same order
 */
record SampleCorpus(List<SourceDocument> sources, List<Article> articles) {
  /** The system property naming other inputs. */
  static final String INPUT_PROPERTY = "storyline.bench.input";

  SampleCorpus {
    sources = List.copyOf(sources);
    articles = List.copyOf(articles);
    if (articles.isEmpty()) {
      throw new StorylineException(ErrorCode.INVALID_ARGUMENT, "no benchmark input with a main text");
    }
  }

  /** Reads the inputs named by {@link #INPUT_PROPERTY}, else the sample articles. */
  static SampleCorpus load() {
    List<Path> inputs = new ArrayList<>();
    String given = System.getProperty(INPUT_PROPERTY);
    if (given != null && !given.isBlank()) {
      for (String p : given.split(java.io.File.pathSeparator)) {
        inputs.add(Path.of(p));
      }
    } else {
      inputs.add(samples());
    }
    return read(inputs);
  }

  /** Reads the given files and folders. */
  static SampleCorpus read(List<Path> inputs) {
    List<SourceDocument> sources = new ArrayList<>();
    List<Article> articles = new ArrayList<>();
    ArticleFactory factory = new ArticleFactory();
    try (InputReader reader = new InputReader(inputs, problem -> { })) {
      for (SourceDocument d : reader) {
        sources.add(d);
        try {
          articles.add(factory.create(d));
        } catch (StorylineException e) {
          // a page without a main text is read but not analysed
        }
      }
    }
    return new SampleCorpus(sources, articles);
  }

  /** {@code samples/rnk} of the checkout: from the system property {@code storyline.samples}, or found above the working folder. */
  private static Path samples() {
    String root = System.getProperty("storyline.samples");
    if (root != null) {
      return Path.of(root, "rnk");
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path p = dir.resolve("samples").resolve("rnk");
      if (Files.isDirectory(p)) {
        return p;
      }
    }
    throw new StorylineException(ErrorCode.INVALID_ARGUMENT,
        "samples/rnk not found above " + Path.of("").toAbsolutePath() + "; set -D" + INPUT_PROPERTY + "=PATHS");
  }
}
