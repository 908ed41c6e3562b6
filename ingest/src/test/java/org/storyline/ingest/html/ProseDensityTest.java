package org.storyline.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The densest prose container: ties between nested wrappers, and independence from identity hashes. */
class ProseDensityTest {
  private static final String P1 = "<p>Officials in both capitals said on Monday that the agreement covered "
      + "training, shared exercises and the supply of spare parts for older aircraft.</p>";
  private static final String P2 = "<p>Neither government published the text, and analysts said the terms were "
      + "likely to remain secret until a later summit confirmed them.</p>";

  /** Wrappers that add no prose around the article: all tie with it on score. */
  private static final String NESTED = "<html><body><div id=shell><div id=home><div id=column>"
      + "<div id=story>" + P1 + P2 + "</div>"
      + "</div></div><div id=gap>\u00a0</div></div></body></html>";

  private static Element best(String html) {
    Document page = Jsoup.parse(html);
    return new ProseDensity(0.3, 60).best(page.body());
  }

  @Test
  void innermostOfTiedWrappersWins() {
    assertEquals("story", best(NESTED).id());
  }

  @Test
  void chromeAroundTheStoryLowersTheWrapper() {
    String html = "<html><body><div id=outer><ul><li><a href=/a>Home</a></li><li><a href=/b>World</a></li></ul>"
        + "<div id=story>" + P1 + P2 + "</div></div></body></html>";
    assertEquals("story", best(html).id());
  }

  @Test
  void noProseGivesNull() {
    assertNull(best("<html><body><div><a href=/x>Home</a> <a href=/y>More</a></div></body></html>"));
  }

  @Test
  void twoEqualBlocksGiveTheirCommonAncestor() {
    String html = "<html><body><div id=first>" + P1 + "</div><nav>x</nav><div id=second>" + P1 + "</div>"
        + "</body></html>";
    assertEquals("body", best(html).normalName(), "the common ancestor holds both");
  }

  /**
   * Identity hash codes differ with everything the JVM hashed before (a run over other pages): seeded
   * random amounts of other hashing between parses must never change the choice.
   */
  @Test
  void choiceDoesNotDependOnIdentityHashCodes() {
    Random random = new Random(20261125L);
    List<Object> keep = new ArrayList<>();
    for (int round = 0; round < 200; round++) {
      int noise = random.nextInt(500);
      for (int i = 0; i < noise; i++) {
        Object o = new Object();
        System.identityHashCode(o);
        keep.add(o);
      }
      assertEquals("story", best(NESTED).id(), "round " + round);
      if (keep.size() > 10_000) {
        keep.clear();
      }
    }
  }
}
