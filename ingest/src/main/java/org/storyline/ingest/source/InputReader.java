package org.storyline.ingest.source;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Consumer;
import org.storyline.core.document.SourceDocument;
import org.storyline.core.error.InputProblem;

/**
 * Reads the documents of the given files and folders one at a time, never all at once.
 *
 * <p>Folders are walked recursively in path order, skipping hidden entries, following symbolic
 * links without looping, and silently ignoring files that are not inputs (sidecars, notes). By
 * name: {@code .txt}, {@code .html}/{@code .htm} (each optionally {@code .gz}) hold one document;
 * {@code .warc}/{@code .warc.gz} one per HTML or text {@code response} record;
 * {@code .jsonl}(.gz) one per line. A {@code <file>.meta.json} next to a text or HTML file may
 * give its {@code published}, {@code url}, {@code title} and {@code outlet}.
 *
 * <p>Every input or record that cannot be read (missing, empty, binary, broken gzip or WARC,
 * malformed line, too large) is reported once to the problem sink, and reading goes on.
 * {@code SourceDocument.source().path()} is the path as given, or the given folder joined with
 * the path inside it.
 */
public final class InputReader implements Iterable<SourceDocument>, Closeable {
  private final List<Path> inputs;
  private final Consumer<InputProblem> problems;
  private final InputLimits limits;
  private boolean iterated;
  private DocumentSource current;

  public InputReader(List<Path> inputs, Consumer<InputProblem> problems) {
    this(inputs, problems, InputLimits.DEFAULT);
  }

  public InputReader(List<Path> inputs, Consumer<InputProblem> problems, InputLimits limits) {
    this.inputs = List.copyOf(inputs);
    this.problems = Objects.requireNonNull(problems, "problems");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** The documents in input order; may be called once. */
  @Override
  public Iterator<SourceDocument> iterator() {
    if (iterated) {
      throw new IllegalStateException("an InputReader can be iterated once");
    }
    iterated = true;
    Iterator<Path> files = InputFiles.expand(inputs, problems).iterator();
    return new Iterator<>() {
      private SourceDocument next;

      @Override
      public boolean hasNext() {
        while (next == null) {
          if (current != null) {
            next = current.next();
            if (next != null) {
              break;
            }
            current.close();
            current = null;
          }
          if (!files.hasNext()) {
            return false;
          }
          current = open(files.next());
        }
        return true;
      }

      @Override
      public SourceDocument next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        SourceDocument d = next;
        next = null;
        return d;
      }
    };
  }

  private DocumentSource open(Path file) {
    InputKind kind = InputKind.of(file);
    return switch (kind) {
      case WARC -> new WarcSource(file, limits, problems);
      case JSONL -> new JsonlSource(file, limits, problems);
      case TEXT, HTML -> new SingleFileSource(file, kind, limits, problems);
    };
  }

  @Override
  public void close() {
    if (current != null) {
      current.close();
      current = null;
    }
  }
}
