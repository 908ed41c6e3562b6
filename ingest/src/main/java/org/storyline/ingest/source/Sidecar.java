package org.storyline.ingest.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.time.DateSpan;

/**
 * What a {@code <file>.meta.json} next to an input says about it: {@code published} (ISO
 * yyyy[-mm[-dd]]), {@code url}, {@code title}, {@code outlet}; absent fields are null.
 */
record Sidecar(String published, String url, String title, String outlet) {
  static final Sidecar NONE = new Sidecar(null, null, null, null);
  private static final Pattern ISO = Pattern.compile("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The sidecar of {@code input}, {@link #NONE} if there is none. */
  static Sidecar of(Path input) throws ReadFailure {
    Path file = input.resolveSibling(input.getFileName() + ".meta.json");
    if (!Files.isRegularFile(file)) {
      return NONE;
    }
    JsonNode node;
    try {
      node = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new ReadFailure(ErrorCode.INPUT_MALFORMED,
          "sidecar " + file.getFileName() + " is not valid JSON: " + firstLine(e.getMessage()));
    }
    if (node == null || !node.isObject()) {
      throw new ReadFailure(ErrorCode.INPUT_MALFORMED, "sidecar " + file.getFileName() + " is not a JSON object");
    }
    String published = text(node, "published");
    if (published != null && !isIsoDate(published)) {
      throw new ReadFailure(ErrorCode.INPUT_MALFORMED, "sidecar " + file.getFileName()
          + " has published '" + published + "', not an ISO date yyyy[-mm[-dd]]");
    }
    return new Sidecar(published, text(node, "url"), text(node, "title"), text(node, "outlet"));
  }

  /** True for a valid ISO date at year, month or day precision. */
  static boolean isIsoDate(String s) {
    if (!ISO.matcher(s).matches()) {
      return false;
    }
    try {
      DateSpan.parseStart(s);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || !v.isValueNode()) {
      return null;
    }
    String s = v.asText().strip();
    return s.isEmpty() ? null : s;
  }

  static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
