package org.storyline.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.storyline.core.document.Extraction;
import org.storyline.core.document.SourceDocument;
import org.storyline.core.document.SourceFormat;
import org.storyline.core.document.SourceRef;

/** Pages rendered by streaming, whose article text stands in hidden segments moved by a script. */
class StreamedSegmentsTest {
  private static final List<String> PARAGRAPHS = List.of(
      "The ferry operator resumed crossings to the island on Monday after the storm damage to the pier was "
          + "repaired, the harbour authority said in a short statement.",
      "Passengers who missed sailings during the closure can rebook without a fee until the end of the month, "
          + "a spokeswoman for the operator told reporters at the terminal.",
      "Engineers will inspect the second pier next week, and freight traffic is expected to return to its "
          + "usual timetable once that inspection has been completed.");

  private static Extraction extract(String html) {
    return new HtmlMainTextExtractor().extract(new SourceDocument(
        new SourceRef("p.html", "https://news.test/ferry", SourceFormat.HTML, null), html, true, null, null, null,
        null));
  }

  /** A streamed page: placeholders with "Loading" fallbacks in order, segments hidden at the end, in {@code order}. */
  private static String streamed(List<Integer> order, boolean markers) {
    StringBuilder sb = new StringBuilder("<html><body><main><h1>Ferry crossings resume</h1><div class=\"body\">");
    for (int i = 0; i < PARAGRAPHS.size(); i++) {
      sb.append(markers ? "<!--$?-->" : "").append("<template id=\"B:").append(Integer.toHexString(i + 10))
          .append("\"></template><div>Loading paragraph...</div>").append(markers ? "<!--/$-->" : "");
    }
    sb.append("</div></main><footer>Ferry news desk</footer>");
    for (int i : order) {
      sb.append("<div hidden id=\"S:").append(Integer.toHexString(i + 10)).append("\"><p>").append(PARAGRAPHS.get(i))
          .append("</p></div>");
    }
    return sb.append("</body></html>").toString();
  }

  @Test
  void segmentsTakeTheirPlaceholdersPlaceWithoutTheFallback() {
    Element body = Jsoup.parse(streamed(List.of(0, 1, 2), true)).body();
    assertEquals(3, StreamedSegments.reveal(body));
    String text = body.text();
    assertFalse(text.contains("Loading"), text);
    assertTrue(text.indexOf("The ferry operator") < text.indexOf("Passengers who") && text.indexOf("Passengers who")
        < text.indexOf("Engineers will"), text);
    assertTrue(body.select("[hidden]").isEmpty());
  }

  @Test
  void aSegmentFillsAPlaceholderInsideAnotherSegment() {
    String html = "<html><body><article><template id=\"B:0\"></template><div>Loading...</div></article>"
        + "<div hidden id=\"S:0\"><h1>Ferry crossings resume</h1><div class=\"text\"><template id=\"P:1\"></template></div></div>"
        + "<div hidden id=\"S:1\"><p>" + PARAGRAPHS.get(0) + "</p><p>" + PARAGRAPHS.get(1) + "</p></div></body></html>";
    Extraction e = extract(html);
    assertEquals(PARAGRAPHS.get(0) + "\n\n" + PARAGRAPHS.get(1), e.body());
  }

  @Test
  void seededRandomSegmentOrderGivesTheReadingOrder() {
    Random random = new Random(7);
    String expected = String.join("\n\n", PARAGRAPHS);
    for (int round = 0; round < 12; round++) {
      List<Integer> order = new ArrayList<>(List.of(0, 1, 2));
      Collections.shuffle(order, random);
      boolean markers = random.nextBoolean();
      assertEquals(expected, extract(streamed(order, markers)).body(), order + " markers " + markers);
    }
  }

  @Test
  void hiddenBlocksThatAreNotSegmentsStayHidden() {
    Element body = Jsoup.parse("<html><body><template id=\"B:0\"></template><div hidden id=\"S-0\">menu</div>"
        + "<div hidden id=\"S:zz\">other</div></body></html>").body();
    assertEquals(0, StreamedSegments.reveal(body));
    assertEquals(2, body.select("[hidden]").size());
  }

  @Test
  void anArticleUnderACommentFeatureClassIsKept() {
    StringBuilder html = new StringBuilder("<html><body><h1>Ferry crossings resume</h1>"
        + "<div class=\"commentOnSelection\"><div id=\"postContent\">");
    PARAGRAPHS.forEach(p -> html.append("<p>").append(p).append("</p>"));
    html.append("</div></div><div class=\"comments\"><p>Reader: so late.</p></div></body></html>");
    Extraction e = extract(html.toString());
    assertEquals(String.join("\n\n", PARAGRAPHS), e.body());
  }
}
