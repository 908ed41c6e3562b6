package org.storyline.nlp.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.storyline.core.time.DateSpan;
import org.storyline.core.time.Granularity;
import org.storyline.core.time.PublicationDate;

/**
 * Every dated expression of the five seed articles (read from the shared folder, not copied),
 * resolved against each article's real date with the text-only tense guess, line by line.
 */
class SeedDatesTest {
  private final TemporalResolver resolver = new TemporalResolver();

  private static Path seed(String prefix) throws IOException {
    Path dir = Path.of(System.getProperty("storyline.shared", "../shared"), "seeds");
    assumeTrue(Files.isDirectory(dir), "shared seeds not available");
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
          .orElseThrow(() -> new IllegalStateException("no seed " + prefix));
    }
  }

  private List<ResolvedTime> resolveSeed(String prefix, Anchor anchor) throws IOException {
    List<ResolvedTime> out = new ArrayList<>();
    for (String line : Files.readString(seed(prefix)).split("\n")) {
      out.addAll(resolver.resolve(line, 0, line.length(), anchor, (s, e) -> TenseGuess.near(line, s, e)));
    }
    return out;
  }

  private static DateSpan first(List<ResolvedTime> found, String text) {
    return found.stream().filter(r -> r.text().equals(text)).findFirst().map(ResolvedTime::date)
        .orElseThrow(() -> new AssertionError("'" + text + "' not found in " + found));
  }

  private static void assertSpan(List<ResolvedTime> found, String text, String start, String end, Granularity g,
      String modifier) {
    DateSpan d = first(found, text);
    assertEquals(start == null ? null : LocalDate.parse(start), d.start(), text + " start");
    assertEquals(end == null ? null : LocalDate.parse(end), d.end(), text + " end");
    assertEquals(g, d.granularity(), text + " granularity");
    assertEquals(modifier, d.modifier(), text + " modifier");
  }

  @Test
  void seed001DatedWednesday26July2023() throws IOException {
    List<ResolvedTime> f = resolveSeed("001", Anchor.day(LocalDate.of(2023, 7, 26), "metadata"));
    assertSpan(f, "Wednesday", "2023-07-26", "2023-07-26", Granularity.DAY, null);
    assertSpan(f, "Wednesday, 26 July 2023", "2023-07-26", "2023-07-26", Granularity.DAY, null);
    assertSpan(f, "September 2022", "2022-09-01", "2022-09-30", Granularity.MONTH, null);
    assertSpan(f, "December 2022", "2022-12-01", "2022-12-31", Granularity.MONTH, null);
    assertSpan(f, "March 2023", "2023-03-01", "2023-03-31", Granularity.MONTH, null);
    assertSpan(f, "February", "2023-02-01", "2023-02-28", Granularity.MONTH, null);
    assertSpan(f, "today", "2023-07-26", "2023-07-26", Granularity.DAY, null);
  }

  @Test
  void seed002DatedSeptember2024() throws IOException {
    List<ResolvedTime> f = resolveSeed("002", Anchor.day(LocalDate.of(2024, 9, 14), "given"));
    assertSpan(f, "Friday", "2024-09-13", "2024-09-13", Granularity.DAY, null);
    assertSpan(f, "May", null, "2024-05-31", Granularity.MONTH, "until");
    assertSpan(f, "2022", "2022-01-01", "2022-12-31", Granularity.YEAR, null);
    assertSpan(f, "June", "2024-06-01", "2024-06-30", Granularity.MONTH, null);
    assertSpan(f, "early January", "2024-01-01", "2024-01-10", Granularity.MONTH, "early");
    assertSpan(f, "December 30, 2023", "2023-12-30", "2023-12-30", Granularity.DAY, null);
    assertSpan(f, "January 2", "2024-01-02", "2024-01-02", Granularity.DAY, null);
    assertSpan(f, "6, 2024", "2024-01-06", "2024-01-06", Granularity.DAY, null);
    assertSpan(f, "January 11", "2024-01-11", "2024-01-11", Granularity.DAY, null);
    assertSpan(f, "February 22", "2024-02-22", "2024-02-22", Granularity.DAY, null);
    assertSpan(f, "March 14", null, "2024-03-14", Granularity.DAY, "before");
    assertSpan(f, "the previous year", "2023-01-01", "2024-09-14", Granularity.YEAR, "since");
    assertSpan(f, "July", "2024-07-01", "2024-07-31", Granularity.MONTH, null);
    assertEquals(13, f.size(), () -> "unexpected expressions: " + f);
  }

  @Test
  void seed003DatedJune2024() throws IOException {
    List<ResolvedTime> f = resolveSeed("003", Anchor.day(LocalDate.of(2024, 6, 17), "given"));
    assertSpan(f, "13 September 2023", "2023-09-13", "2023-09-13", Granularity.DAY, null);
    assertSpan(f, "last September", "2023-09-01", "2023-09-30", Granularity.MONTH, null);
    assertSpan(f, "Tuesday", "2024-06-18", "2024-06-18", Granularity.DAY, null);
    assertSpan(f, "2019", "2019-01-01", "2024-06-17", Granularity.YEAR, "since");
    assertTrue(f.stream().noneMatch(r -> r.text().contains("years") || r.text().contains("days")),
        "durations are not dates: " + f);
  }

  @Test
  void seed004DatedOctober2023() throws IOException {
    List<ResolvedTime> f = resolveSeed("004", Anchor.day(LocalDate.of(2023, 10, 6), "metadata"));
    assertSpan(f, "October 6, 2023", "2023-10-06", "2023-10-06", Granularity.DAY, null);
    assertSpan(f, "Sept. 15, 2023", "2023-09-15", "2023-09-15", Granularity.DAY, null);
    assertSpan(f, "Oct. 5", "2023-10-05", "2023-10-05", Granularity.DAY, null);
    assertSpan(f, "September", "2023-09-01", "2023-09-30", Granularity.MONTH, null);
    assertSpan(f, "Sept. 15", "2023-09-15", "2023-09-15", Granularity.DAY, null);
    assertSpan(f, "Sept. 13", "2023-09-13", "2023-09-13", Granularity.DAY, null);
    assertSpan(f, "Sept, 27", "2023-09-27", "2023-09-27", Granularity.DAY, null);
    assertSpan(f, "October", "2023-10-01", "2023-10-31", Granularity.MONTH, null);
    assertSpan(f, "2017", "2017-01-01", "2017-12-31", Granularity.YEAR, null);
    assertTrue(f.stream().noneMatch(r -> r.text().contains("7:27") || r.text().contains("12:59")), "times: " + f);
  }

  @Test
  void seed000HasNoYearSoNothingIsPlacedConfidently() throws IOException {
    List<ResolvedTime> f = resolveSeed("000", Anchor.unknown());
    DateSpan may20 = first(f, "May 20");
    assertNull(may20.start());
    assertEquals("XXXX-05-20", may20.value());
    assertEquals("until", first(f, "May 24").modifier());
    assertEquals("XXXX-05-12", first(f, "May 12").value());
    assertSpan(f, "1970s", "1970-01-01", "1979-12-31", Granularity.DECADE, null);
    for (ResolvedTime r : f) {
      boolean explicit = r.date().basis().equals("explicit");
      assertTrue(explicit || !r.date().isPlaced(), "placed without a document date: " + r);
    }
    assertTrue(f.stream().noneMatch(r -> r.text().contains("122")), "calibre is not a date");
  }

  @Test
  void inferredWindowsHoldTheRealDates() throws IOException {
    DocumentDateInference inference = new DocumentDateInference();
    String[][] seeds = {{"001", "2023-07-26"}, {"002", "2024-09-13"}, {"003", "2024-06-17"}, {"004", "2023-10-06"}};
    for (String[] s : seeds) {
      Anchor a = inference.infer(Files.readString(seed(s[0])), List.of());
      LocalDate real = LocalDate.parse(s[1]);
      assertTrue(a.earliest() == null || !a.earliest().isAfter(real), s[0] + " lower bound " + a);
      assertTrue(a.latest() == null || !a.latest().isBefore(real), s[0] + " upper bound " + a);
      Optional<PublicationDate> p = inference.asPublicationDate(a);
      p.ifPresent(d -> assertTrue(!d.earliest().isAfter(real) && !d.latest().isBefore(real), s[0] + " " + d));
    }
    Anchor a002 = inference.infer(Files.readString(seed("002")), List.of());
    assertNotNull(a002.earliest());
    assertEquals("2024", inference.asPublicationDate(a002).orElseThrow().date());
    assertTrue(inference.infer(Files.readString(seed("000")), List.of()).isUnknown());
  }
}
