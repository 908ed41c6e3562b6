package org.storyline.ingest.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.storyline.core.document.SourceDocument;
import org.storyline.core.document.SourceFormat;
import org.storyline.core.document.SourceRef;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.InputProblem;

/**
 * A {@code .jsonl} file (optionally gzipped): one article per line with {@code text} or
 * {@code html}, optional {@code url}, {@code title}, {@code published}, {@code outlet}. A bad
 * line is reported and skipped; blank lines are ignored.
 */
final class JsonlSource implements DocumentSource {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path file;
  private final InputLimits limits;
  private final Consumer<InputProblem> problems;
  private Reader reader;
  private int lineNo;
  private boolean done;

  JsonlSource(Path file, InputLimits limits, Consumer<InputProblem> problems) {
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
        open();
      }
      while (true) {
        String line = readLine();
        if (line == null) {
          close();
          return null;
        }
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        SourceDocument doc = parse(line);
        if (doc != null) {
          return doc;
        }
      }
    } catch (ReadFailure f) {
      problems.accept(new InputProblem(file.toString(), lineNo == 0 ? null : "line " + lineNo, "read", f.code(),
          f.getMessage()));
    } catch (ExpansionLimit.Exceeded e) {
      problems.accept(new InputProblem(file.toString(), "line " + lineNo, "read", ErrorCode.INPUT_TOO_LARGE,
          e.getMessage() + "; stopped reading"));
    } catch (EOFException e) {
      problems.accept(new InputProblem(file.toString(), "line " + (lineNo + 1), "read", ErrorCode.INPUT_CORRUPT,
          "gzip stream truncated; stopped reading after line " + lineNo));
    } catch (ZipException e) {
      problems.accept(new InputProblem(file.toString(), "line " + (lineNo + 1), "read", ErrorCode.INPUT_CORRUPT,
          "broken gzip stream: " + e.getMessage() + "; stopped reading after line " + lineNo));
    } catch (IOException e) {
      problems.accept(new InputProblem(file.toString(), null, "read", ErrorCode.INPUT_UNREADABLE,
          "cannot read file: " + e));
    }
    close();
    return null;
  }

  private void open() throws IOException, ReadFailure {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 65536);
    if (InputKind.isGzip(file)) {
      try {
        in = new ExpansionLimit(new GZIPInputStream(in, 65536), limits.maxExpandedBytes());
      } catch (ZipException | EOFException e) {
        in.close();
        throw new ReadFailure(ErrorCode.INPUT_CORRUPT, "not a gzip stream: " + e.getMessage());
      }
    }
    reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE));
  }

  /** One line without its terminator, or null at the end; over-long lines become a problem. */
  private String readLine() throws IOException {
    StringBuilder sb = new StringBuilder();
    boolean tooLong = false;
    int c;
    boolean any = false;
    while ((c = reader.read()) >= 0) {
      any = true;
      if (c == '\n') {
        break;
      }
      if (sb.length() > limits.maxDocumentBytes()) {
        tooLong = true;
        sb.setLength(0);
      }
      if (!tooLong) {
        sb.append((char) c);
      }
    }
    if (!any) {
      return null;
    }
    if (tooLong) {
      problems.accept(new InputProblem(file.toString(), "line " + (lineNo + 1), "read", ErrorCode.INPUT_TOO_LARGE,
          "line longer than the limit of " + limits.maxDocumentBytes() + " characters; skipped"));
      return "";
    }
    int len = sb.length();
    if (len > 0 && sb.charAt(len - 1) == '\r') {
      sb.setLength(len - 1);
    }
    return sb.toString();
  }

  private SourceDocument parse(String line) throws ReadFailure {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      report(ErrorCode.INPUT_MALFORMED, "invalid JSON (" + Sidecar.firstLine(e.getOriginalMessage())
          + ") in line starting " + quote(line));
      return null;
    }
    if (node == null || !node.isObject()) {
      report(ErrorCode.INPUT_MALFORMED, "line is not a JSON object: " + quote(line));
      return null;
    }
    String html = Sidecar.text(node, "html");
    String text = Sidecar.text(node, "text");
    if (html == null && text == null) {
      report(ErrorCode.INPUT_EMPTY, "object has no non-empty \"text\" or \"html\" field");
      return null;
    }
    String content = html != null ? html : text;
    if (content.indexOf('\u0000') >= 0) {
      report(ErrorCode.INPUT_BINARY, "content holds NUL characters");
      return null;
    }
    String published = Sidecar.text(node, "published");
    if (published != null && !Sidecar.isIsoDate(published)) {
      String day = published.length() >= 10 ? published.substring(0, 10) : published;
      if (Sidecar.isIsoDate(day) && published.length() > 10 && published.charAt(10) == 'T') {
        published = day;
      } else {
        report(ErrorCode.INPUT_MALFORMED, "published '" + published
            + "' is not an ISO date yyyy[-mm[-dd]]; the date was ignored, the article kept");
        published = null;
      }
    }
    SourceRef ref = new SourceRef(file.toString(), Sidecar.text(node, "url"), SourceFormat.JSONL, "line " + lineNo);
    return new SourceDocument(ref, content, html != null, Sidecar.text(node, "title"), published,
        Sidecar.text(node, "outlet"), null);
  }

  private void report(ErrorCode code, String reason) {
    problems.accept(new InputProblem(file.toString(), "line " + lineNo, "read", code, reason));
  }

  private static String quote(String line) {
    String s = line.length() > 40 ? line.substring(0, 40) + "…" : line;
    return "'" + s + "'";
  }

  @Override
  public void close() {
    done = true;
    if (reader != null) {
      try {
        reader.close();
      } catch (IOException ignored) {
        // nothing left to read
      }
      reader = null;
    }
  }
}
