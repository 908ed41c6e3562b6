package org.storyline.nlp.claim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;

/** Reads a tab-separated resource table, skipping blank lines and {@code #} comments. */
final class ResourceRows {
  private ResourceRows() {}

  static List<String[]> read(String resource, int columns) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = ResourceRows.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new StorylineException(ErrorCode.INTERNAL_ERROR, "missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length != columns) {
          throw new StorylineException(ErrorCode.INTERNAL_ERROR,
              resource + ": expected " + columns + " columns in '" + line + "'");
        }
        out.add(cols);
      }
    } catch (IOException e) {
      throw new StorylineException(ErrorCode.INTERNAL_ERROR, "cannot read " + resource, e);
    }
    return out;
  }
}
