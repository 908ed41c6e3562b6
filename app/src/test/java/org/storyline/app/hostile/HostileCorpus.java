package org.storyline.app.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a folder of hostile inputs beside good ones, all generated from text written for these
 * tests: what each bad file must be reported as, and which good documents must be analysed.
 */
final class HostileCorpus {
  /** A file that must be reported, with a word its problem code must contain. */
  record Bad(String file, String code) {}

  static final String ARTICLE_1 = "Ammunition shipments by rail\n\n"
      + "Satellite images taken on Monday show a freight train with dozens of covered wagons leaving a port "
      + "in the north-east of the peninsula, analysts at a research institute in Washington said.\n\n"
      + "The wagons were loaded with containers of the kind used for artillery shells in earlier transfers, "
      + "according to the institute, which has tracked the route for more than a year.\n\n"
      + "The defence ministry in Seoul said it was aware of the report and was monitoring the border closely.";
  static final String ARTICLE_2 = "Envoys meet over grain corridor\n\n"
      + "Negotiators from Turkey and Ukraine met in Istanbul on Thursday to discuss reopening a shipping "
      + "corridor for grain exports, officials on both sides said.\n\n"
      + "A Turkish official said the talks had been constructive but that no date was set for a new round.\n\n"
      + "Insurers have raised premiums for ships calling at Black Sea ports since the corridor closed last summer.";
  static final String RUSSIAN = "Министр обороны прибыл в столицу для переговоров о военном сотрудничестве. "
      + "По словам источников, стороны обсудили поставки снарядов и обучение специалистов.";
  static final String KOREAN = "국방부 관계자는 수천 명의 병력이 파견되었을 가능성이 있다고 말했다. "
      + "정부는 이번 주에 추가 조치를 발표할 예정이다.";

  final List<Bad> bad = new ArrayList<>();
  /** Cut copies of a WARC file that may legitimately read as complete (cut inside a record trailer). */
  final List<String> mayBeClean = new ArrayList<>();
  /** Words each good document's body must contain, one entry per good document. */
  final List<String> goodBodies = new ArrayList<>();

  static String html(String title, String date, String body, String head) {
    StringBuilder b = new StringBuilder("<!doctype html><html><head>").append(head).append("<title>").append(title)
        .append("</title><meta property=\"article:published_time\" content=\"").append(date)
        .append("\"></head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>")
        .append(title).append("</h1>");
    for (String p : body.split("\n\n")) {
      b.append("<p>").append(p).append("</p>");
    }
    return b.append("</article><footer>Copyright</footer></body></html>").toString();
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  static byte[] warcRecord(String uri, String httpCharset, byte[] payload) {
    byte[] http = concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html" + (httpCharset == null ? "" : "; charset="
        + httpCharset) + "\r\nContent-Length: " + payload.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII),
        payload);
    String head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(
        uri.getBytes(StandardCharsets.UTF_8)) + ">\r\nWARC-Date: 2024-06-19T10:00:00Z\r\nWARC-Target-URI: " + uri
        + "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + http.length + "\r\n\r\n";
    return concat(head.getBytes(StandardCharsets.US_ASCII), http, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  /** Writes the corpus into {@code dir}; {@code root} tells whether permissions can block reads. */
  HostileCorpus write(Path dir, boolean root) throws IOException {
    Files.createDirectories(dir);
    Random random = new Random(0xBADF11EL);
    // good documents
    Files.writeString(dir.resolve("good-text.txt"), ARTICLE_1);
    goodBodies.add("covered wagons");
    Files.writeString(dir.resolve("good-page.html"), html("Envoys meet over grain corridor", "2024-03-07",
        ARTICLE_2.substring(ARTICLE_2.indexOf("\n\n") + 2), ""));
    goodBodies.add("grain exports");
    Files.write(dir.resolve("good-undeclared-1251.html"), html("Переговоры", "2024-04-02",
        RUSSIAN + "\n\n" + ARTICLE_2, "").getBytes(Charset.forName("windows-1251")));
    goodBodies.add("обороны прибыл");
    Files.write(dir.resolve("good-koi8.txt"), ("Сотрудничество\n\n" + RUSSIAN + "\n\n" + ARTICLE_1)
        .getBytes(Charset.forName("KOI8-R")));
    goodBodies.add("стороны обсудили");
    Files.write(dir.resolve("good-euc-kr.html"), html("국방부", "2024-05-09", KOREAN + "\n\n" + ARTICLE_1.replace(
        "Monday", "Friday"), "<meta charset=\"euc-kr\">").getBytes(Charset.forName("EUC-KR")));
    goodBodies.add("병력이 파견되었을");
    // invalid UTF-8 bytes sprinkled into English text: still read (as windows-1252)
    byte[] invalid = ARTICLE_2.replace("Thursday", "Wednesday").getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 6; i++) {
      invalid[(i + 1) * invalid.length / 8] = (byte) (0x80 + random.nextInt(0x40));
    }
    Files.write(dir.resolve("invalid-utf8.txt"), invalid);
    goodBodies.add("shipping");
    // mixed encodings in one page: UTF-8 with a windows-1252 quote pasted in
    Files.write(dir.resolve("mixed-encodings.html"), concat(html("Mixed", "2024-02-01",
        ARTICLE_1.replace("Monday", "Sunday"), "").substring(0, 400).getBytes(StandardCharsets.UTF_8),
        "\u201cquoted\u201d caf\u00e9 ".getBytes(Charset.forName("windows-1252")),
        html("Mixed", "2024-02-01", ARTICLE_1.replace("Monday", "Sunday"), "").substring(400)
            .getBytes(StandardCharsets.UTF_8)));
    goodBodies.add("Sunday");
    // a WARC with an English page and a Russian page whose charset only the HTTP header names
    byte[] record1 = warcRecord("https://news.example.org/rail", null,
        html("Rail", "2024-06-18", ARTICLE_1.replace("Monday", "Tuesday"), "").getBytes(StandardCharsets.UTF_8));
    byte[] record2 = warcRecord("https://news.example.org/ru", "windows-1251",
        html("Визит", "2024-06-19", RUSSIAN + "\n\n" + ARTICLE_2.replace("Thursday", "Saturday"), "")
            .getBytes(Charset.forName("windows-1251")));
    byte[] warc = concat(record1, record2);
    Files.write(dir.resolve("good.warc"), warc);
    goodBodies.add("Tuesday");
    goodBodies.add("военном сотрудничестве");
    // JSONL with malformed lines
    String good1 = "{\"text\": \"" + ARTICLE_2.replace("\n", "\\n").replace("Istanbul", "Ankara") + "\", \"published\": \"2024-01-15\"}";
    String good2 = "{\"html\": \"<p>" + ARTICLE_1.replace("\n\n", "</p><p>").replace("Monday", "Wednesday")
        .replace("\"", "\\\"") + "</p>\", \"url\": \"https://example.org/w\"}";
    Files.writeString(dir.resolve("lines.jsonl"), String.join("\n", good1, "{\"text\": \"unterminated", "",
        "[1, 2, 3]", good2, "{\"title\": \"no text field\"}", "not json at all") + "\n");
    goodBodies.add("Ankara");
    goodBodies.add("Wednesday");
    bad.add(new Bad("lines.jsonl", "INPUT_MALFORMED"));

    // bad documents
    Files.write(dir.resolve("empty.html"), new byte[0]);
    bad.add(new Bad("empty.html", "INPUT_EMPTY"));
    Files.writeString(dir.resolve("blank.txt"), " \n\t\r\n   \n");
    bad.add(new Bad("blank.txt", "INPUT_EMPTY"));
    byte[] binary = new byte[4096];
    random.nextBytes(binary);
    Files.write(dir.resolve("binary.html"), binary);
    bad.add(new Bad("binary.html", "INPUT_BINARY"));
    Files.writeString(dir.resolve("deep.html"), "<html><body>" + "<div>".repeat(50_000) + "<p>"
        + ARTICLE_1 + "</p></body></html>");
    bad.add(new Bad("deep.html", "INPUT_UNSUPPORTED"));
    try (OutputStream out = Files.newOutputStream(dir.resolve("huge.txt"))) {
      byte[] line = (ARTICLE_1.replace("\n\n", " ") + "\n").getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < (21L << 20); written += line.length) {
        out.write(line);
      }
    }
    bad.add(new Bad("huge.txt", "INPUT_TOO_LARGE"));
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("bomb.html.gz")), 1 << 16)) {
      byte[] block = "<p>boom</p>".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
      for (long written = 0; written < (60L << 20); written += block.length) {
        out.write(block);
      }
    }
    bad.add(new Bad("bomb.html.gz", "INPUT_TOO_LARGE"));
    // a gzip cut at every byte
    byte[] gz = gzip(html("Cut", "2024-01-01", ARTICLE_2, "").getBytes(StandardCharsets.UTF_8));
    Path cuts = Files.createDirectories(dir.resolve("cut-gzip"));
    for (int cut = 0; cut < gz.length; cut++) {
      String name = String.format("cut-%04d.html.gz", cut);
      Files.write(cuts.resolve(name), Arrays.copyOf(gz, cut));
      bad.add(new Bad(name, cut == 0 ? "INPUT_EMPTY" : "INPUT_"));
    }
    // a WARC (and a gzipped WARC) cut at every byte of its first record and the start of the second
    Path warcCuts = Files.createDirectories(dir.resolve("cut-warc"));
    int blockEnd = record1.length - 4; // before the record's closing CRLF CRLF
    for (int cut = 0; cut <= record1.length + 48; cut++) {
      String name = String.format("cut-%04d.warc", cut);
      Files.write(warcCuts.resolve(name), Arrays.copyOf(warc, cut));
      if (cut >= blockEnd && cut <= record1.length) {
        mayBeClean.add(name);
      } else {
        bad.add(new Bad(name, "INPUT_"));
      }
    }
    byte[] warcGz = gzip(warc);
    for (int cut = 0; cut < warcGz.length; cut += 7) {
      String name = String.format("cut-%04d.warc.gz", cut);
      Files.write(warcCuts.resolve(name), Arrays.copyOf(warcGz, cut));
      bad.add(new Bad(name, "INPUT_"));
    }
    // symbolic link loops: a folder linking to its parent, a link to itself
    Path sub = Files.createDirectories(dir.resolve("sub"));
    Files.createSymbolicLink(sub.resolve("loop"), dir);
    Files.createSymbolicLink(dir.resolve("self.html"), dir.resolve("self.html"));
    // an unreadable file blocks reading only for a user other than root
    if (!root) {
      Path locked = dir.resolve("unreadable.html");
      Files.writeString(locked, html("Locked", "2024-01-01", ARTICLE_1, ""));
      locked.toFile().setReadable(false, false);
      bad.add(new Bad("unreadable.html", "INPUT_UNREADABLE"));
    }
    return this;
  }
}
