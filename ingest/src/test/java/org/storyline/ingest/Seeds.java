package org.storyline.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.storyline.core.document.SourceDocument;
import org.storyline.core.document.SourceFormat;
import org.storyline.core.document.SourceRef;

/** The shared seed articles and the WCXB folder, read from {@code storyline.shared}; tests skip without them. */
public final class Seeds {
  private Seeds() {}

  public static Path shared() {
    Path p = Path.of(System.getProperty("storyline.shared", "../../shared"));
    Assumptions.assumeTrue(Files.isDirectory(p.resolve("seeds")), "no shared data at " + p);
    return p;
  }

  /** The seed files in name order. */
  public static List<Path> files() {
    try (Stream<Path> s = Files.list(shared().resolve("seeds"))) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The seed whose name starts with {@code prefix} ("001"). */
  public static SourceDocument seed(String prefix) {
    Path p = files().stream().filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
    return text(p);
  }

  public static SourceDocument text(Path p) {
    try {
      return new SourceDocument(new SourceRef(p.toString(), null, SourceFormat.TEXT, null), Files.readString(p),
          false, null, null, null, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A text document with the given content. */
  public static SourceDocument text(String content) {
    return new SourceDocument(new SourceRef("sample.txt", null, SourceFormat.TEXT, null), content, false, null, null,
        null, null);
  }
}
