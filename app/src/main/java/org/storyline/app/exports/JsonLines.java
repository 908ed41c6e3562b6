package org.storyline.app.exports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;

/** Writes JSON records one per line (UTF-8, LF), creating the parent folder. */
final class JsonLines {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLines() {}

  static int write(Path file, List<ObjectNode> records) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        for (ObjectNode n : records) {
          w.write(JSON.writeValueAsString(n));
          w.write('\n');
        }
      }
      return records.size();
    } catch (IOException e) {
      throw new StorylineException(ErrorCode.INPUT_UNREADABLE, "cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
