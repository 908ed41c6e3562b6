package org.storyline.app.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.storyline.core.claim.EventType;
import org.storyline.core.event.Event;
import org.storyline.fuse.brief.DateLabels;

/** A static SVG timeline: one lane per PLOVER quad class, a mark per dated event linking to its section. */
final class SvgTimeline {
  private static final int W = 1000;
  private static final int LEFT = 150;
  private static final int RIGHT = 20;
  private static final int LANE = 44;
  private static final int TOP = 10;

  private SvgTimeline() {}

  static String of(List<Event> events) {
    List<Event> placed = events.stream().filter(e -> e.date().isPlaced()).toList();
    if (placed.isEmpty()) {
      return "<p class=\"muted\">No dated events.</p>";
    }
    LocalDate min = placed.stream().map(SvgTimeline::start).min(LocalDate::compareTo).orElseThrow().minusDays(10);
    LocalDate max = placed.stream().map(SvgTimeline::end).max(LocalDate::compareTo).orElseThrow().plusDays(10);
    double days = Math.max(1, ChronoUnit.DAYS.between(min, max));
    int h = TOP + 4 * LANE + 30;
    StringBuilder sb = new StringBuilder();
    sb.append("<svg class=\"timeline\" viewBox=\"0 0 ").append(W).append(' ').append(h).append("\" role=\"img\" aria-label=\"Event timeline\">");
    EventType.Quad[] quads = EventType.Quad.values();
    for (int i = 0; i < quads.length; i++) {
      String q = quads[i].name().toLowerCase(Locale.ROOT);
      int y = TOP + i * LANE;
      sb.append("<rect class=\"lane q-").append(q).append("\" x=\"").append(LEFT).append("\" y=\"").append(y)
          .append("\" width=\"").append(W - LEFT - RIGHT).append("\" height=\"").append(LANE - 4).append("\"/>");
      sb.append("<text class=\"lbl\" x=\"6\" y=\"").append(y + LANE / 2 + 2).append("\">").append(Html.escape(q.replace('_', ' '))).append("</text>");
    }
    int axis = TOP + 4 * LANE + 4;
    sb.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"").append(W - RIGHT).append("\" y1=\"").append(axis).append("\" y2=\"").append(axis).append("\"/>");
    LocalDate tick = min.withDayOfMonth(1).plusMonths(1);
    long months = ChronoUnit.MONTHS.between(min, max);
    int step = (int) Math.max(1, Math.ceil(months / 10.0));
    for (; !tick.isAfter(max); tick = tick.plusMonths(step)) {
      double x = x(tick, min, days);
      sb.append(String.format(Locale.ROOT, "<text class=\"lbl\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>", x, axis + 16,
          tick.toString().substring(0, 7)));
    }
    for (Event e : placed) {
      int lane = e.type().quad().ordinal();
      double x0 = x(start(e), min, days);
      double x1 = x(end(e), min, days);
      int y = TOP + lane * LANE + LANE / 2 - 2;
      String q = e.type().quad().name().toLowerCase(Locale.ROOT);
      sb.append("<a href=\"#").append(Html.escape(e.id())).append("\"><title>").append(Html.escape(DateLabels.of(e.date()) + " · " + e.title() + " · " + e.status().wireName()))
          .append("</title>");
      if (x1 - x0 > 3) {
        sb.append(String.format(Locale.ROOT, "<rect class=\"range q-%s\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"6\"/>", q, x0, y - 3, x1 - x0));
      }
      sb.append(String.format(Locale.ROOT, "<circle class=\"mark q-%s s-%s\" cx=\"%.1f\" cy=\"%d\" r=\"6\"/></a>", q, e.status().wireName(), x0, y));
    }
    return sb.append("</svg>").toString();
  }

  private static double x(LocalDate d, LocalDate min, double days) {
    return LEFT + ChronoUnit.DAYS.between(min, d) / days * (W - LEFT - RIGHT);
  }

  static LocalDate start(Event e) {
    return e.date().start() != null ? e.date().start() : e.date().end();
  }

  static LocalDate end(Event e) {
    return e.date().end() != null ? e.date().end() : e.date().start();
  }
}
