package org.storyline.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.storyline.core.document.SourceDocument;
import org.storyline.core.document.SourceFormat;
import org.storyline.core.document.SourceRef;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;
import org.storyline.ingest.ArticleFactory;

class NestingDepthTest {
  private static final String PARAGRAPH = "<p>Officials in Seoul said on Tuesday that a second shipment of artillery "
      + "shells had crossed the border by rail, according to satellite images reviewed by analysts.</p>"
      + "<p>The defence ministry declined to comment on the report but said it was monitoring the situation.</p>";

  private static String nested(int depth) {
    return "<html><body>" + "<div>".repeat(depth) + PARAGRAPH + "</div>".repeat(depth) + "</body></html>";
  }

  @Test
  void measuresWithoutRecursionAndStopsEarly() {
    Document page = Jsoup.parse(nested(20_000));
    // html > body > 20,000 divs > p
    assertEquals(20_003, NestingDepth.of(page, Integer.MAX_VALUE));
    assertEquals(101, NestingDepth.of(page, 100));
    assertEquals(3, NestingDepth.of(Jsoup.parse("<p>a</p><p>b</p>"), 100));
  }

  @Test
  void siblingsAfterADeepBranchAreVisited() {
    Document page = Jsoup.parse("<div><div><div></div></div></div><section>" + "<i>".repeat(9) + "x</section>");
    assertEquals(12, NestingDepth.of(page, 1000));
  }

  @Test
  void factoryRefusesPagesNestedDeeperThanTheLimit() {
    ArticleFactory factory = new ArticleFactory(64);
    SourceDocument ok = doc(nested(40));
    assertTrue(factory.create(ok).body().contains("second shipment"));
    StorylineException e = assertThrows(StorylineException.class, () -> factory.create(doc(nested(5000))));
    assertEquals(ErrorCode.INPUT_UNSUPPORTED, e.code());
    assertTrue(e.getMessage().contains("64"), e.getMessage());
  }

  @Test
  void defaultFactoryHandlesHundredThousandNestedElementsWithoutStackOverflow() {
    StorylineException e = assertThrows(StorylineException.class,
        () -> new ArticleFactory().create(doc(nested(100_000))));
    assertEquals(ErrorCode.INPUT_UNSUPPORTED, e.code());
  }

  private static SourceDocument doc(String html) {
    return new SourceDocument(new SourceRef("deep.html", null, SourceFormat.HTML, null), html, true, null, null, null, null);
  }
}
