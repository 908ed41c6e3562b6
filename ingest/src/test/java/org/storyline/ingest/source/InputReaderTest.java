package org.storyline.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.storyline.core.document.SourceDocument;
import org.storyline.core.document.SourceFormat;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.InputProblem;

class InputReaderTest {
  @TempDir Path dir;

  private record Run(List<SourceDocument> docs, List<InputProblem> problems) {
    List<ErrorCode> codes() {
      return problems.stream().map(InputProblem::code).toList();
    }
  }

  private static Run read(List<Path> inputs) {
    return read(inputs, InputLimits.DEFAULT);
  }

  private static Run read(List<Path> inputs, InputLimits limits) {
    List<InputProblem> problems = new ArrayList<>();
    List<SourceDocument> docs = new ArrayList<>();
    try (InputReader reader = new InputReader(inputs, problems::add, limits)) {
      for (SourceDocument d : reader) {
        docs.add(d);
      }
    }
    return new Run(docs, problems);
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  private static final String ARTICLE = "Envoys from Seoul and Tokyo met in Geneva on Monday to discuss the missile tests.";

  @Test
  void readsEachFormatFromAFolderInPathOrder() throws Exception {
    Path sub = Files.createDirectories(dir.resolve("in/sub"));
    Files.writeString(dir.resolve("in/b.txt"), ARTICLE);
    Files.write(dir.resolve("in/a.html.gz"), gzip(("<html><body><p>" + ARTICLE + "</p></body></html>")
        .getBytes(StandardCharsets.UTF_8)));
    Files.writeString(sub.resolve("c.jsonl"), "{\"text\":\"" + ARTICLE + "\",\"url\":\"https://x.test/1\","
        + "\"published\":\"2024-06-18\",\"outlet\":\"Wire\"}\n{broken\n\n{\"html\":\"<p>" + ARTICLE + "</p>\"}\n");
    Files.writeString(dir.resolve("in/notes.md"), "not an input");
    Files.writeString(dir.resolve("in/b.txt.meta.json"), "{\"published\":\"2023-10\",\"url\":\"https://x.test/b\"}");
    Files.writeString(dir.resolve("in/.hidden.txt"), ARTICLE);
    Run run = read(List.of(dir.resolve("in")));
    List<String> paths = run.docs().stream().map(d -> d.source().describe()).toList();
    Path in = dir.resolve("in");
    assertEquals(List.of(in.resolve("a.html.gz").toString(), in.resolve("b.txt").toString(),
        in.resolve("sub/c.jsonl") + " (line 1)", in.resolve("sub/c.jsonl") + " (line 4)"), paths);
    assertTrue(run.docs().get(0).isHtml());
    assertEquals(SourceFormat.HTML, run.docs().get(0).source().format());
    assertEquals("2023-10", run.docs().get(1).published());
    assertEquals("https://x.test/b", run.docs().get(1).source().url());
    assertEquals("2024-06-18", run.docs().get(2).published());
    assertEquals("Wire", run.docs().get(2).outlet());
    assertTrue(run.docs().get(3).isHtml());
    assertEquals(List.of(ErrorCode.INPUT_MALFORMED), run.codes());
    assertEquals("line 2", run.problems().get(0).locator());
    assertTrue(run.problems().get(0).reason().contains("{broken"), run.problems().get(0).reason());
  }

  @Test
  void badFilesAreReportedOnceAndGoodOnesStillRead() throws Exception {
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\t\n");
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
    Path binary = Files.write(dir.resolve("image.txt"), png);
    byte[] zipped = gzip(ARTICLE.repeat(50).getBytes(StandardCharsets.UTF_8));
    Path truncated = Files.write(dir.resolve("cut.txt.gz"), Arrays.copyOf(zipped, zipped.length / 2));
    Path notGzip = Files.writeString(dir.resolve("plain.html.gz"), "<p>not compressed</p>");
    Path good = Files.writeString(dir.resolve("good.txt"), ARTICLE);
    Path missing = dir.resolve("missing.txt");
    Path unsupported = Files.writeString(dir.resolve("data.csv"), "a,b");
    Run run = read(List.of(empty, blank, binary, truncated, notGzip, missing, unsupported, good));
    assertEquals(1, run.docs().size());
    assertEquals(ARTICLE, run.docs().get(0).content());
    assertEquals(List.of(ErrorCode.INPUT_NOT_FOUND, ErrorCode.INPUT_UNSUPPORTED, ErrorCode.INPUT_EMPTY,
        ErrorCode.INPUT_EMPTY, ErrorCode.INPUT_BINARY, ErrorCode.INPUT_CORRUPT, ErrorCode.INPUT_CORRUPT),
        run.codes());
    InputProblem bin = run.problems().get(4);
    assertTrue(bin.reason().contains("89 50 4e 47") || bin.reason().contains("00 00"), bin.reason());
    assertEquals("read", bin.stage());
    assertTrue(run.problems().get(5).reason().contains("truncated"), run.problems().get(5).reason());
  }

  @Test
  void documentsOverTheLimitAndGzipBombsAreProblems() throws Exception {
    Path big = Files.writeString(dir.resolve("big.txt"), ARTICLE.repeat(20));
    Path bomb = Files.write(dir.resolve("bomb.txt.gz"), gzip(new byte[200_000]));
    Path lines = Files.writeString(dir.resolve("x.jsonl"), "{\"text\":\"" + "word ".repeat(400) + "\"}\n"
        + "{\"text\":\"" + ARTICLE + "\"}\n");
    Run run = read(List.of(big, bomb, lines), new InputLimits(1000, 100_000));
    assertEquals(1, run.docs().size());
    assertEquals("line 2", run.docs().get(0).source().locator());
    assertEquals(List.of(ErrorCode.INPUT_TOO_LARGE, ErrorCode.INPUT_TOO_LARGE, ErrorCode.INPUT_TOO_LARGE),
        run.codes());
  }

  @Test
  void decodesByBomMetaCharsetAndFallsBackToWindows1252() throws Exception {
    Charset cp1252 = Charset.forName("windows-1252");
    Path latin = Files.write(dir.resolve("latin.txt"), "Caf\u00e9 talks \u2014 na\u00efve".getBytes(cp1252));
    Path bom = Files.write(dir.resolve("bom.txt"), concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
        "Kyiv \u2019s".getBytes(StandardCharsets.UTF_8)));
    Path meta = Files.write(dir.resolve("meta.html"),
        "<html><head><meta charset=\"iso-8859-1\"></head><body>Gen\u00e8ve</body></html>".getBytes(cp1252));
    Run run = read(List.of(latin, bom, meta));
    assertEquals("Caf\u00e9 talks \u2014 na\u00efve", run.docs().get(0).content());
    assertEquals("Kyiv \u2019s", run.docs().get(1).content());
    assertTrue(run.docs().get(2).content().contains("Gen\u00e8ve"));
  }

  @Test
  void symlinkLoopsAreSafe() throws Exception {
    Path root = Files.createDirectories(dir.resolve("loop/a"));
    Files.writeString(root.resolve("x.txt"), ARTICLE);
    try {
      Files.createSymbolicLink(root.resolve("back"), dir.resolve("loop"));
    } catch (UnsupportedOperationException | IOException e) {
      return; // no symbolic links on this file system
    }
    Run run = read(List.of(dir.resolve("loop")));
    assertEquals(1, run.docs().size());
  }

  private static byte[] warc(List<String> bodies, boolean gzip) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(out),
        gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
      int i = 0;
      for (String body : bodies) {
        i++;
        boolean html = body.startsWith("<");
        HttpResponse http = new HttpResponse.Builder(200, "OK")
            .body(MediaType.parse(html ? "text/html; charset=utf-8" : "image/png"), body.getBytes(StandardCharsets.UTF_8))
            .build();
        writer.write(new WarcResponse.Builder(URI.create("https://news.test/2024/06/" + i))
            .date(Instant.parse("2024-06-19T10:15:30Z")).body(http).build());
      }
    }
    return out.toByteArray();
  }

  private static List<String> pages() {
    return List.of("<p>First page about the summit in Pyongyang.</p>", "binary-ish",
        "<p>Second page about the shells sent by rail.</p>", "<p>Third page about sanctions.</p>");
  }

  @Test
  void readsWarcResponseRecords() throws Exception {
    for (boolean gz : new boolean[] {false, true}) {
      Path file = Files.write(dir.resolve(gz ? "crawl.warc.gz" : "crawl.warc"), warc(pages(), gz));
      Run run = read(List.of(file));
      assertEquals(List.of(), run.problems());
      assertEquals(3, run.docs().size());
      SourceDocument first = run.docs().get(0);
      assertEquals("https://news.test/2024/06/1", first.source().url());
      assertEquals("record 1", first.source().locator());
      assertEquals("record 3", run.docs().get(1).source().locator());
      assertEquals("2024-06-19", first.crawlDate());
      assertEquals(pages().get(0), first.content());
      assertEquals(SourceFormat.WARC, first.source().format());
    }
  }

  @Test
  void warcCutShortAtEveryByteNeverFailsAndKeepsWholeRecords() throws Exception {
    byte[] full = warc(pages(), false);
    int second = indexOf(full, "WARC/1", 10);
    int third = indexOf(full, "WARC/1", second + 10);
    for (int cut = 0; cut < third + 40; cut++) {
      Path file = Files.write(dir.resolve("cut.warc"), Arrays.copyOf(full, cut));
      Run run = read(List.of(file));
      for (SourceDocument d : run.docs()) {
        assertTrue(pages().contains(d.content()), "cut " + cut + " gave a partial record: " + d.content());
      }
      assertTrue(run.docs().size() <= 1 + (cut >= third ? 1 : 0), "cut " + cut);
      if (cut < second - 4) {
        assertEquals(0, run.docs().size(), "cut " + cut + " inside the first record");
        assertEquals(1, run.problems().size(), "cut " + cut + ": " + run.problems());
      }
    }
  }

  @Test
  void randomGarbageWarcIsReportedNotThrown() throws Exception {
    Random random = new Random(42);
    for (int i = 0; i < 20; i++) {
      byte[] junk = new byte[1 + random.nextInt(500)];
      random.nextBytes(junk);
      Path file = Files.write(dir.resolve("junk" + i + ".warc"), junk);
      Run run = read(List.of(file));
      assertEquals(0, run.docs().size());
      assertEquals(1, run.problems().size(), run.problems().toString());
    }
  }

  @Test
  void jsonlGzipTruncatedKeepsTheLinesBefore() throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      sb.append("{\"text\":\"Report number ").append(i).append(" on the border talks.\"}\n");
    }
    byte[] zipped = gzip(sb.toString().getBytes(StandardCharsets.UTF_8));
    Path file = Files.write(dir.resolve("feed.jsonl.gz"), Arrays.copyOf(zipped, zipped.length - 30));
    Run run = read(List.of(file));
    assertTrue(run.docs().size() > 100, "read " + run.docs().size());
    assertEquals(List.of(ErrorCode.INPUT_CORRUPT), run.codes());
    assertNull(run.docs().get(0).published());
  }

  private static int indexOf(byte[] data, String needle, int from) {
    byte[] n = needle.getBytes(StandardCharsets.US_ASCII);
    outer:
    for (int i = from; i <= data.length - n.length; i++) {
      for (int j = 0; j < n.length; j++) {
        if (data[i + j] != n[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @SuppressWarnings("unused")
  private static void write(OutputStream out, String s) throws IOException {
    out.write(s.getBytes(StandardCharsets.UTF_8));
  }
}
