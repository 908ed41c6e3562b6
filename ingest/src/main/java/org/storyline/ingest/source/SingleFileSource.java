package org.storyline.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.storyline.core.document.SourceDocument;
import org.storyline.core.document.SourceRef;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.InputProblem;

/** A {@code .txt} or {@code .html} file (optionally gzipped) holding one document. */
final class SingleFileSource implements DocumentSource {
  private final Path file;
  private final InputKind kind;
  private final InputLimits limits;
  private final Consumer<InputProblem> problems;
  private boolean done;

  SingleFileSource(Path file, InputKind kind, InputLimits limits, Consumer<InputProblem> problems) {
    this.file = file;
    this.kind = kind;
    this.limits = limits;
    this.problems = problems;
  }

  @Override
  public SourceDocument next() {
    if (done) {
      return null;
    }
    done = true;
    try {
      return read();
    } catch (ReadFailure f) {
      problems.accept(new InputProblem(file.toString(), null, "read", f.code(), f.getMessage()));
      return null;
    }
  }

  private SourceDocument read() throws ReadFailure {
    boolean gzip = InputKind.isGzip(file);
    BoundedBytes content;
    try {
      if (!gzip && Files.size(file) > limits.maxDocumentBytes()) {
        throw new ReadFailure(ErrorCode.INPUT_TOO_LARGE, "file is " + Files.size(file)
            + " bytes, larger than the limit of " + limits.maxDocumentBytes() + " bytes");
      }
      if (gzip && Files.size(file) == 0) {
        throw new ReadFailure(ErrorCode.INPUT_EMPTY, "file is empty (0 bytes)");
      }
      try (InputStream raw = Files.newInputStream(file)) {
        InputStream in = gzip ? gunzip(raw) : raw;
        content = BoundedBytes.read(in, limits.maxDocumentBytes(), "file", gzip);
      }
    } catch (IOException e) {
      throw new ReadFailure(ErrorCode.INPUT_UNREADABLE, "cannot read file: " + e);
    }
    Sidecar sidecar = Sidecar.of(file);
    boolean html = kind == InputKind.HTML;
    String text = Decoded.text(content.bytes(), content.length(), null, html, "file");
    SourceRef ref = new SourceRef(file.toString(), sidecar.url(), kind.format(), null);
    return new SourceDocument(ref, text, html, sidecar.title(), sidecar.published(), sidecar.outlet(), null);
  }

  private InputStream gunzip(InputStream raw) throws ReadFailure, IOException {
    try {
      return new GZIPInputStream(new java.io.BufferedInputStream(raw, 65536), 65536);
    } catch (ZipException e) {
      throw new ReadFailure(ErrorCode.INPUT_CORRUPT, "not a gzip stream: " + e.getMessage()
          + " (first bytes " + firstBytes() + ")");
    } catch (java.io.EOFException e) {
      throw new ReadFailure(ErrorCode.INPUT_CORRUPT, "gzip header truncated (first bytes " + firstBytes() + ")");
    }
  }

  private String firstBytes() {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] b = in.readNBytes(8);
      return Hex.of(b, 0, b.length, 8);
    } catch (IOException e) {
      return "unreadable";
    }
  }

  @Override
  public void close() {}
}
