package org.storyline.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storyline.core.document.DroppedBlock;
import org.storyline.core.document.Extraction;
import org.storyline.core.document.SourceDocument;
import org.storyline.core.document.SourceFormat;
import org.storyline.core.document.SourceRef;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;

class HtmlMainTextExtractorTest {
  private final HtmlMainTextExtractor extractor = new HtmlMainTextExtractor();

  private static SourceDocument page(String html) {
    return new SourceDocument(new SourceRef("p.html", "https://news.test/a", SourceFormat.HTML, null), html, true,
        null, null, null, null);
  }

  private static final List<String> PARAGRAPHS = List.of(
      "Diplomats from both Koreas met at the border village on Tuesday for the first time in five years, "
          + "according to officials in Seoul, who described the talks as brief but polite.",
      "The meeting, which lasted under an hour, focused on the reunion of families separated by the war, "
          + "a senior negotiator said, adding that no date had been set for a second round.",
      "Observers in Tokyo and Washington said the contact was a modest step, noting that earlier attempts "
          + "had collapsed after missile launches, and that sanctions remained in place.",
      "A statement from the ministry said both sides agreed to keep a hotline open, and that working-level "
          + "officials would exchange lists of names before the end of the month.");

  private static String article() {
    StringBuilder sb = new StringBuilder("<html><head><title>Border talks | The Test Times</title></head><body>");
    sb.append("<div id=\"cookie-banner\">We use cookies to improve your experience. Accept all cookies</div>");
    sb.append("<nav class=\"main-nav\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li>"
        + "<li><a href=\"/sport\">Sport</a></li></ul></nav>");
    sb.append("<div class=\"layout\"><main><article class=\"story\"><h1>Koreas hold first border talks in years</h1>");
    sb.append("<div class=\"byline\">By Min Park</div>");
    sb.append("<div class=\"article-body\">");
    sb.append("<p>").append(PARAGRAPHS.get(0)).append("</p>");
    sb.append("<figure><img src=\"x.jpg\"><figcaption>Officials shake hands at the border (AFP)</figcaption></figure>");
    sb.append("<p>").append(PARAGRAPHS.get(1)).append("</p>");
    sb.append("<div class=\"ad-slot advert\">Advertisement: buy the best garden furniture now</div>");
    sb.append("<h2>Reactions abroad</h2>");
    sb.append("<p>").append(PARAGRAPHS.get(2)).append("</p>");
    sb.append("<blockquote><p>").append(PARAGRAPHS.get(3)).append("</p></blockquote>");
    sb.append("<ul><li>The hotline will be tested daily at nine in the morning.</li>"
        + "<li>Lists of names will be exchanged through the Red Cross.</li></ul>");
    sb.append("<div class=\"share-tools\"><a href=\"#\">Share on Facebook</a><a href=\"#\">Share on X</a></div>");
    sb.append("</div></article>");
    sb.append("<section class=\"related-stories\"><h3>Related</h3><ul>"
        + "<li><a href=\"/1\">Missile test ends summer lull in the peninsula</a></li>"
        + "<li><a href=\"/2\">Seoul names a new unification minister after reshuffle</a></li></ul></section>");
    sb.append("<div id=\"comments\"><p>Reader One: This is a long comment saying the talks are a waste of "
        + "time and nobody should believe the officials, because history shows otherwise.</p></div>");
    sb.append("</main><aside class=\"sidebar\"><h3>Most read</h3><p><a href=\"/3\">Storm hits the coast and "
        + "closes roads for two days</a></p></aside></div>");
    sb.append("<footer><p>Copyright 2024 The Test Times. All rights reserved. Contact us for licensing.</p></footer>");
    sb.append("<script>document.write('<p>Injected text that must never appear</p>')</script>");
    sb.append("</body></html>");
    return sb.toString();
  }

  @Test
  void keepsTheArticleBlocksAndDropsChromeWithReasons() {
    Extraction e = extractor.extract(page(article()));
    for (String p : PARAGRAPHS) {
      assertTrue(e.body().contains(p), "lost: " + p);
    }
    assertTrue(e.body().contains("Reactions abroad"));
    assertTrue(e.body().contains("The hotline will be tested daily"));
    for (String chrome : List.of("cookies", "Home", "Advertisement", "Share on", "Missile test ends",
        "waste of time", "Storm hits", "Copyright", "Injected", "Officials shake hands", "By Min Park")) {
      assertFalse(e.body().contains(chrome), "kept chrome: " + chrome + "\n" + e.body());
    }
    assertEquals("Koreas hold first border talks in years", e.title());
    assertFalse(e.body().startsWith("Koreas hold"), "title is not body");
    List<String> reasons = e.dropped().stream().map(DroppedBlock::reason).toList();
    for (String r : List.of("navigation", "comments", "related", "share", "advertisement", "caption")) {
      assertTrue(reasons.contains(r), "no " + r + " in " + reasons);
    }
    assertEquals(PARAGRAPHS.get(0), e.body().split("\n\n")[0]);
  }

  @Test
  void splitContentAcrossSiblingWrappersIsKeptWhole() {
    StringBuilder sb = new StringBuilder("<html><body><div class=\"page\"><div class=\"menu\"><a href=\"/\">Home</a>"
        + "<a href=\"/b\">Blog</a></div><div class=\"post\">");
    for (String p : PARAGRAPHS) {
      sb.append("<div class=\"widget text-widget\"><div class=\"widget-container\"><p>").append(p)
          .append("</p></div></div>");
    }
    sb.append("</div></div></body></html>");
    Extraction e = extractor.extract(page(sb.toString()));
    assertEquals(String.join("\n\n", PARAGRAPHS), e.body());
  }

  @Test
  void randomChromeAroundTheArticleNeverBeatsIt() {
    Random random = new Random(5);
    String[] chrome = {"<nav><a href=\"/x\">Section</a><a href=\"/y\">Other section</a></nav>",
        "<div class=\"newsletter\">Sign up for our daily briefing in your inbox every morning</div>",
        "<div class=\"promo\"><a href=\"/p\">Special offer: three months of access for one euro</a></div>",
        "<ul class=\"links\"><li><a href=\"/1\">First unrelated headline here</a></li><li><a href=\"/2\">Second "
            + "unrelated headline here</a></li></ul>"};
    for (int round = 0; round < 20; round++) {
      StringBuilder sb = new StringBuilder("<html><body>");
      for (int k = random.nextInt(4); k >= 0; k--) {
        sb.append(chrome[random.nextInt(chrome.length)]);
      }
      sb.append("<div class=\"content\">");
      for (String p : PARAGRAPHS) {
        sb.append("<p>").append(p).append("</p>");
        if (random.nextBoolean()) {
          sb.append(chrome[random.nextInt(chrome.length)]);
        }
      }
      sb.append("</div>");
      for (int k = random.nextInt(4); k >= 0; k--) {
        sb.append(chrome[random.nextInt(chrome.length)]);
      }
      sb.append("</body></html>");
      Extraction e = extractor.extract(page(sb.toString()));
      assertEquals(String.join("\n\n", PARAGRAPHS), e.body(), sb.toString());
    }
  }

  @Test
  void aPageWithoutProseHasNoMainText() {
    StorylineException ex = assertThrows(StorylineException.class, () -> extractor.extract(page(
        "<html><body><nav><a href=\"/\">Home</a></nav><script>var x = 1;</script></body></html>")));
    assertEquals(ErrorCode.NO_MAIN_TEXT, ex.code());
  }
}
