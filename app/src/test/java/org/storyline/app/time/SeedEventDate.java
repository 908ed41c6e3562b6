package org.storyline.app.time;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.storyline.core.time.Granularity;

/**
 * One dated event of the seed articles as a careful analyst records it (fixture
 * {@code seed-event-dates.tsv}), and the verdict on a date the pipeline gave it.
 *
 * @param seed the seed file's three-digit prefix
 * @param expression the date expression as the article writes it, to find the claims it dates
 * @param what what happened, in our own words
 * @param start first day, or null for an open start ("until", "before")
 * @param end last day, or null for an open end ("since")
 * @param precision how precisely the date is known
 * @param modifier the bound or part of the period, or null
 * @param report true if the date is only the day a source reported an earlier, completed event:
 *     an event claim may carry it as an end bound ("by then"), never as the event's own days
 */
record SeedEventDate(String seed, String expression, String what, LocalDate start, LocalDate end,
    Granularity precision, String modifier, boolean report) {
  SeedEventDate {
    Objects.requireNonNull(seed, "seed");
    Objects.requireNonNull(expression, "expression");
    Objects.requireNonNull(precision, "precision");
    if (start == null && end == null) {
      throw new IllegalArgumentException("a fixture date needs a start or an end: " + expression);
    }
  }

  /** How a date given by the pipeline compares with the true one. */
  enum Verdict {
    /** Same days, same precision. */
    EXACT,
    /** Placed at a coarser precision on days that contain the true ones (honest, less precise). */
    COARSER,
    /**
     * Not placed on days, but the month and day are right and only the year is left open (value
     * {@code XXXX-MM-DD}): the honest precision of an article that gives no year anywhere.
     */
    YEAR_OPEN,
    /** Not placed: the year or week is left open. */
    UNDATED,
    /** Placed on days that do not hold the true date, or finer than the truth. */
    WRONG
  }

  /** The fixture rows, in file order. */
  static List<SeedEventDate> load() throws IOException {
    List<SeedEventDate> out = new ArrayList<>();
    try (InputStream in = SeedEventDate.class.getResourceAsStream("seed-event-dates.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in, "fixture"),
            StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\\|", -1);
        if (f.length != 7 && !(f.length == 8 && f[7].equals("report"))) {
          throw new IllegalStateException("fixture row needs 7 fields and an optional 'report': " + line);
        }
        out.add(new SeedEventDate(f[0], f[1], f[2], day(f[3]), day(f[4]), Granularity.fromWire(f[5]),
            f[6].isEmpty() ? null : f[6], f.length == 8));
      }
    }
    return out;
  }

  /** True if the date's TimeML value leaves only the year open and names this row's month and day. */
  private boolean yearOpen(JsonNode date) {
    String value = date == null ? "" : date.path("value").asText("");
    LocalDate known = start != null ? start : end;
    return !report && precision == Granularity.DAY && known != null
        && value.equals(String.format(Locale.ROOT, "XXXX-%02d-%02d", known.getMonthValue(), known.getDayOfMonth()));
  }

  private static LocalDate day(String s) {
    return s.isEmpty() ? null : LocalDate.parse(s);
  }

  /**
   * The verdict on a contract date object ({@code first_day}, {@code last_day}, {@code granularity}).
   * For a report row: EXACT when the date is an end bound no earlier than the report's last day
   * (the event happened by then), WRONG when it places the event on or around the report's days.
   */
  Verdict judge(JsonNode date) {
    if (date == null || date.isNull() || date.path("first_day").isNull() && date.path("last_day").isNull()
        || date.path("first_day").isMissingNode() && date.path("last_day").isMissingNode()) {
      return yearOpen(date) ? Verdict.YEAR_OPEN : Verdict.UNDATED;
    }
    LocalDate s = day(date.path("first_day").asText(""));
    LocalDate e = day(date.path("last_day").asText(""));
    Granularity g = Granularity.fromWire(date.path("granularity").asText("unknown"));
    if (report) {
      return s == null && e != null && !e.isBefore(end) ? Verdict.EXACT : Verdict.WRONG;
    }
    if (Objects.equals(s, start) && Objects.equals(e, end) && g == precision) {
      return Verdict.EXACT;
    }
    boolean coversStart = s == null || start != null && !s.isAfter(start);
    boolean coversEnd = e == null || end != null && !e.isBefore(end);
    boolean coarser = g != Granularity.UNKNOWN && g.ordinal() > precision.ordinal();
    return coarser && coversStart && coversEnd ? Verdict.COARSER : Verdict.WRONG;
  }
}
