package org.storyline.app.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.storyline.fuse.trail.Trail;
import org.storyline.fuse.trail.TrailPoint;

/** A static SVG chart of one number trail: value over claim date, a colour per claimant, ranges as bars. */
final class SvgTrail {
  static final String[] PALETTE = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf"};
  private static final int W = 640;
  private static final int H = 220;
  private static final int LEFT = 70;
  private static final int BOTTOM = 30;

  private SvgTrail() {}

  static List<String> claimants(Trail t) {
    return new ArrayList<>(new LinkedHashSet<>(t.points().stream().map(TrailPoint::claimant).toList()));
  }

  static String of(Trail t) {
    List<TrailPoint> dated = t.points().stream().filter(p -> p.claimDate().start() != null).toList();
    List<String> claimants = claimants(t);
    double vmax = 1;
    for (TrailPoint p : t.points()) {
      vmax = Math.max(vmax, Math.max(p.value(), p.high() == null ? 0 : p.high()));
    }
    vmax *= 1.15;
    LocalDate min = dated.stream().map(p -> p.claimDate().start()).min(LocalDate::compareTo).orElse(LocalDate.now()).minusDays(15);
    LocalDate max = dated.stream().map(p -> p.claimDate().start()).max(LocalDate::compareTo).orElse(LocalDate.now()).plusDays(15);
    double days = Math.max(1, ChronoUnit.DAYS.between(min, max));
    StringBuilder sb = new StringBuilder("<svg class=\"trail\" viewBox=\"0 0 " + W + " " + H + "\" role=\"img\" aria-label=\"")
        .append(Html.escape("Reported " + t.item())).append("\">");
    sb.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/>", LEFT, W - 10, H - BOTTOM, H - BOTTOM));
    sb.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" x2=\"%d\" y1=\"10\" y2=\"%d\"/>", LEFT, LEFT, H - BOTTOM));
    for (int i = 0; i <= 4; i++) {
      double v = vmax * i / 4;
      sb.append(String.format(Locale.ROOT, "<text class=\"lbl\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>", LEFT - 6, y(v, vmax) + 4, compact(v)));
    }
    if (!dated.isEmpty()) {
      sb.append(String.format(Locale.ROOT, "<text class=\"lbl\" x=\"%d\" y=\"%d\">%s</text>", LEFT, H - 8, min.plusDays(15)));
      sb.append(String.format(Locale.ROOT, "<text class=\"lbl\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", W - 90, H - 8, max.minusDays(15)));
    }
    boolean undated = dated.size() < t.points().size();
    double plotRight = W - 10 - (undated ? 70 : 0);
    if (undated) {
      sb.append(String.format(Locale.ROOT, "<text class=\"lbl\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">undated</text>", W - 45, H - 8));
    }
    for (TrailPoint p : t.points()) {
      double x = p.claimDate().start() == null ? W - 45
          : LEFT + 10 + ChronoUnit.DAYS.between(min, p.claimDate().start()) / days * (plotRight - LEFT - 20);
      String c = PALETTE[claimants.indexOf(p.claimant()) % PALETTE.length];
      sb.append("<g><title>").append(Html.escape(p.claimant() + ": " + p.text() + " (" + p.bound().wireName() + ")")).append("</title>");
      if (p.low() != null && p.high() != null) {
        sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"3\" opacity=\".6\"/>",
            x, x, y(p.low(), vmax), y(p.high(), vmax), c));
      }
      sb.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\" stroke=\"%s\" stroke-width=\"2\"/></g>",
          x, y(p.value(), vmax), "exact".equals(p.bound().wireName()) ? c : "#fff", c));
    }
    return sb.append("</svg>").toString();
  }

  private static double y(double v, double vmax) {
    return 10 + (1 - v / vmax) * (H - BOTTOM - 10);
  }

  private static String compact(double v) {
    if (v >= 1e9) {
      return String.format(Locale.ROOT, "%.1fB", v / 1e9);
    }
    if (v >= 1e6) {
      return String.format(Locale.ROOT, "%.1fM", v / 1e6);
    }
    if (v >= 1e3) {
      return String.format(Locale.ROOT, "%.1fk", v / 1e3);
    }
    return Long.toString(Math.round(v));
  }
}
