package org.storyline.app.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;
import org.storyline.fuse.entity.EntityCorrection;

/**
 * Reads analysts' entity corrections back from their stored JSON form
 * ({@code {"kind": "merge", "entities": [...], "new_name": ..., "mention_text": ...}}, as written
 * by {@link org.storyline.app.server.CorrectionLog#json}).
 */
public final class StoredCorrections {
  private static final ObjectMapper JSON = new ObjectMapper();

  private StoredCorrections() {}

  public static List<EntityCorrection> parse(List<String> stored) {
    List<EntityCorrection> out = new ArrayList<>();
    int n = 0;
    for (String s : stored) {
      n++;
      try {
        JsonNode j = JSON.readTree(s);
        List<String> entities = new ArrayList<>();
        j.path("entities").forEach(e -> entities.add(e.asText()));
        out.add(new EntityCorrection(EntityCorrection.Kind.valueOf(j.path("kind").asText().toUpperCase(Locale.ROOT)),
            entities, text(j, "new_name"), text(j, "mention_text")));
      } catch (IOException | IllegalArgumentException e) {
        throw new StorylineException(ErrorCode.STORE_FAILURE, "stored correction " + n + " is unreadable: " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static String text(JsonNode j, String field) {
    JsonNode v = j.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
