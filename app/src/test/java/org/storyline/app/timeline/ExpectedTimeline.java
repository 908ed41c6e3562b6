package org.storyline.app.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storyline.core.claim.EventType;
import org.storyline.core.event.EventStatus;
import org.storyline.fuse.event.ActorKeys;

/** Reads the expected timeline fixture ({@code seeds-timeline.json} beside this class). */
final class ExpectedTimeline {
  private ExpectedTimeline() {}

  /** The events of the named fixture resource, in fixture order. */
  static List<ExpectedEvent> load(String resource) throws IOException {
    JsonNode root;
    try (InputStream in = ExpectedTimeline.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("fixture " + resource + " not found");
      }
      root = new ObjectMapper().readTree(in);
    }
    List<ExpectedEvent> out = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (JsonNode n : root.path("events")) {
      String date = n.path("date").isNull() || n.path("date").isMissingNode() ? null : n.path("date").asText();
      LocalDate[] w = ExpectedEvent.window(date);
      MonthDay[] md = ExpectedEvent.yearless(date);
      Set<EventType> types = new LinkedHashSet<>();
      n.path("types").forEach(t -> types.add(EventType.valueOf(t.asText())));
      List<String> actors = new ArrayList<>();
      n.path("actors").forEach(a -> actors.add(ActorKeys.normalise(a.asText())));
      List<String> doers = new ArrayList<>();
      n.path("doers").forEach(a -> doers.add(ActorKeys.normalise(a.asText())));
      boolean undatedOk = n.has("undated_ok") ? n.path("undated_ok").asBoolean() : w == null;
      ExpectedEvent e = new ExpectedEvent(n.path("id").asText(), n.path("title").asText(),
          w == null ? null : w[0], w == null ? null : w[1], md == null ? null : md[0], md == null ? null : md[1],
          n.path("precision").asText(), types, actors,
          EventStatus.valueOf(n.path("status").asText().toUpperCase(Locale.ROOT)),
          n.path("sources").asInt(), n.path("optional").asBoolean(false), undatedOk, doers);
      if (!ids.add(e.id())) {
        throw new IOException("fixture id " + e.id() + " twice");
      }
      out.add(e);
    }
    return out;
  }
}
