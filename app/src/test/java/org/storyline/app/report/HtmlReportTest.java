package org.storyline.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storyline.app.server.HandMadeStore;
import org.storyline.app.server.StoreSnapshot;
import picocli.CommandLine;

class HtmlReportTest {
  @TempDir Path tmp;

  @Test
  void reportIsSelfContainedAndEscapesEveryText() throws Exception {
    Path store = HandMadeStore.write(tmp.resolve("store"));
    Path out = tmp.resolve("out/report.html");
    assertEquals(0, new CommandLine(new ReportCommand()).execute("--store", store.toString(), "-o", out.toString()));
    String html = Files.readString(out);
    assertFalse(html.contains(HandMadeStore.SCRIPT), "raw script tag in report");
    assertFalse(html.contains(HandMadeStore.IMG), "raw img tag in report");
    assertFalse(html.contains("<b>Bold</b>"));
    assertTrue(html.contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;"));
    assertTrue(html.contains("&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;"));
    assertFalse(html.matches("(?s).*<script.*"), "the report has no script at all");
    assertFalse(html.matches("(?s).*<[a-z]+[^>]*\\ssrc=.*") || html.contains("<link"), "nothing is loaded from anywhere");
    assertTrue(html.contains("default-src 'none'"));
    assertTrue(html.contains("Turkey and Iran meet in Ankara"));
    assertTrue(html.contains("<svg class=\"timeline\""));
    assertTrue(html.contains("<svg class=\"trail\""), "trail chart");
    assertTrue(html.contains("The presidents of Turkey and Iran met in Ankara on 4 March 2024, officials said."));
    assertTrue(html.contains("href=\"#" + HandMadeStore.SUMMIT + "\""), "timeline mark links to its event");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<a href='x'>|&lt;a href=&#39;x&#39;&gt;",
      "Tom & Jerry|Tom &amp; Jerry",
      "\"quoted\"|&quot;quoted&quot;",
      "plain|plain"})
  void escapes(String in, String out) {
    assertEquals(out, Html.escape(in));
  }

  @Test
  void onlyWebLinksBecomeHrefs() {
    assertNull(Html.href("javascript:alert(1)"));
    assertNull(Html.href("data:text/html,<b>x</b>"));
    assertNull(Html.href(null));
    assertEquals("https://example.org/a?b=1&amp;c=2", Html.href("https://example.org/a?b=1&c=2"));
  }

  @Test
  void randomTextNeverLeavesAnOpenTag() {
    Random rnd = new Random(3);
    String alphabet = "<>&\"' abc/=";
    for (int i = 0; i < 500; i++) {
      StringBuilder sb = new StringBuilder();
      for (int j = rnd.nextInt(30); j > 0; j--) {
        sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
      }
      String e = Html.escape(sb.toString());
      assertFalse(e.contains("<") || e.contains(">") || e.contains("\"") || e.contains("'"), e);
    }
  }

  @Test
  void reportOfAStoreWithoutTrailsSaysSo() {
    Path store = HandMadeStore.write(tmp.resolve("s2"));
    try (StoreSnapshot s = StoreSnapshot.load(store)) {
      String html = new HtmlReport(s).render("T <x>", java.time.LocalDate.of(2024, 1, 1));
      assertTrue(html.contains("<title>T &lt;x&gt;</title>"));
    }
  }
}
