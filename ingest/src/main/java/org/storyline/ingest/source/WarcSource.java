package org.storyline.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.storyline.core.document.SourceDocument;
import org.storyline.core.document.SourceFormat;
import org.storyline.core.document.SourceRef;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.InputProblem;

/**
 * A {@code .warc} or {@code .warc.gz} file read with jwarc: each {@code response} (or
 * {@code resource}) record with an HTML or plain-text payload and a 2xx status is one document.
 * A broken record is reported and ends the file, since the next record boundary is unknown.
 */
final class WarcSource implements DocumentSource {
  private final Path file;
  private final InputLimits limits;
  private final Consumer<InputProblem> problems;
  private WarcReader reader;
  private int recordNo;
  private boolean done;

  WarcSource(Path file, InputLimits limits, Consumer<InputProblem> problems) {
    this.file = file;
    this.limits = limits;
    this.problems = problems;
  }

  @Override
  public SourceDocument next() {
    if (done) {
      return null;
    }
    try {
      if (reader == null) {
        reader = new WarcReader(file);
      }
      while (true) {
        long offset = reader.position();
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          problems.accept(new InputProblem(file.toString(), "record " + (recordNo + 1), "read",
              ErrorCode.INPUT_CORRUPT, "broken WARC record at offset " + offset + ": " + message(e)
                  + "; stopped reading the file"));
          break;
        }
        if (next.isEmpty()) {
          if (recordNo == 0) {
            problems.accept(new InputProblem(file.toString(), null, "read", ErrorCode.INPUT_EMPTY,
                "WARC file holds no records"));
          }
          break;
        }
        recordNo++;
        SourceDocument doc;
        try {
          doc = document(next.get(), offset);
        } catch (ReadFailure f) {
          problems.accept(new InputProblem(file.toString(), "record " + recordNo, "read", f.code(), f.getMessage()));
          if (f.code() == ErrorCode.INPUT_CORRUPT) {
            break;
          }
          continue;
        } catch (IOException | RuntimeException e) {
          problems.accept(new InputProblem(file.toString(), "record " + recordNo, "read", ErrorCode.INPUT_CORRUPT,
              "broken WARC record at offset " + offset + ": " + message(e) + "; stopped reading the file"));
          break;
        }
        if (doc != null) {
          return doc;
        }
      }
    } catch (IOException | RuntimeException e) {
      problems.accept(new InputProblem(file.toString(), null, "read", ErrorCode.INPUT_CORRUPT,
          "cannot read WARC: " + message(e)));
    }
    close();
    return null;
  }

  private SourceDocument document(WarcRecord record, long offset) throws IOException, ReadFailure {
    MediaType type;
    MessageBody body;
    String url;
    if (record instanceof WarcResponse response) {
      url = response.target();
      HttpResponse http;
      try {
        http = response.http();
      } catch (IOException e) {
        throw new ReadFailure(ErrorCode.INPUT_CORRUPT, "broken HTTP header in WARC record at offset "
            + offset + ": " + message(e) + "; stopped reading the file");
      }
      if (http.status() < 200 || http.status() >= 300) {
        return null;
      }
      type = http.contentType();
      body = http.bodyDecoded();
    } else if (record instanceof WarcResource resource) {
      url = resource.target();
      type = resource.contentType();
      body = resource.body();
    } else {
      return null;
    }
    String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
    boolean html = base.equals("text/html") || base.equals("application/xhtml+xml");
    if (!html && !base.equals("text/plain")) {
      return null;
    }
    BoundedBytes bytes;
    try (InputStream in = body.stream()) {
      bytes = BoundedBytes.read(in, limits.maxDocumentBytes(), "record", false);
    }
    String charset = type.parameters().get("charset");
    String text = Decoded.text(bytes.bytes(), bytes.length(), charset, html, "record");
    String crawl = record.date() == null ? null : record.date().atZone(ZoneOffset.UTC).toLocalDate().toString();
    SourceRef ref = new SourceRef(file.toString(), url, SourceFormat.WARC, "record " + recordNo);
    return new SourceDocument(ref, text, html, null, null, null, crawl);
  }

  private static String message(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + Sidecar.firstLine(m));
  }

  @Override
  public void close() {
    done = true;
    if (reader != null) {
      try {
        reader.close();
      } catch (IOException ignored) {
        // already at the end
      }
      reader = null;
    }
  }
}
