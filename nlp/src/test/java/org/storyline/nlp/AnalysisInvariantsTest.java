package org.storyline.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.storyline.core.claim.Claim;
import org.storyline.core.document.Article;
import org.storyline.core.entity.EntityRef;
import org.storyline.core.entity.Mention;
import org.storyline.core.stage.DocumentAnalysis;
import org.storyline.core.text.Span;

/**
 * Properties every analysis must have, on documents assembled at random (fixed seeds) from a
 * pool of sentences about several conflicts: offsets fit the body, actor spans are mention spans,
 * ids are unique and stable, and concurrent use gives the same result as sequential use.
 */
class AnalysisInvariantsTest {
  private static final List<String> POOL = List.of(
      "Armenian and Azerbaijani foreign ministers held talks in Almaty on Friday.",
      "Hezbollah fired dozens of rockets at northern Israel, the Israeli military said.",
      "The Pentagon announced it would send 300 troops to Poland next month.",
      "According to TASS, the Russian navy deployed Kalibr cruise missiles in the Black Sea.",
      "Japan condemned North Korea's launch of an ICBM on 18 December 2023.",
      "\"We have never supplied weapons to either side,\" Beijing's foreign ministry spokesperson said.",
      "Sudan's army accused the United Arab Emirates of arming its rivals, which Abu Dhabi rejected as baseless.",
      "Kyiv says it has documented more than 50 strikes with Iranian-made drones since January.",
      "The two countries agreed to expand military cooperation, state media reported on Sunday.",
      "Hungary blocked new EU sanctions against Moscow for the third time.",
      "Turkish President Recep Tayyip Erdogan will travel to Baghdad in April, his office said.",
      "Vietnam's prime minister met Chinese President Xi Jinping in Hanoi on Tuesday.");

  private static Article randomArticle(long seed, int sentences) {
    Random r = new Random(seed);
    List<String> pool = new ArrayList<>(POOL);
    Collections.shuffle(pool, r);
    String body = String.join(r.nextBoolean() ? "\n\n" : " ", pool.subList(0, sentences));
    return Analyses.article("inv-" + seed, body, r.nextBoolean() ? "2024-02-20" : null);
  }

  @Test
  void offsetsSpansAndIdsHoldOnRandomDocuments() {
    for (long seed : new long[] {7, 42, 1234}) {
      Article art = randomArticle(seed, 5);
      DocumentAnalysis a = CoreNlpAnalyzer.shared().analyze(art);
      String body = art.body();
      assertTrue(a.tokens() > 20, "tokens counted");
      Set<Span> spans = new HashSet<>();
      Mention previous = null;
      for (Mention m : a.mentions()) {
        assertEquals(m.text(), m.span().of(body));
        assertFalse(m.text().startsWith("the ") || m.text().startsWith("The "), m.text());
        assertFalse(m.text().endsWith("'s") || m.text().endsWith("’s"), m.text());
        if (previous != null) {
          assertFalse(previous.span().overlaps(m.span()), previous + " overlaps " + m);
        }
        previous = m;
        spans.add(m.span());
      }
      Set<String> ids = new HashSet<>();
      for (Claim c : a.claims()) {
        assertEquals(c.sentence(), body.substring(c.start(), c.end()));
        assertTrue(ids.add(c.id()), "duplicate id " + c.id());
        assertTrue(c.confidence() >= 0 && c.confidence() <= 1);
        List<EntityRef> refs = new ArrayList<>(c.actors());
        if (c.place() != null) {
          refs.add(c.place());
        }
        for (EntityRef r : refs) {
          // a named actor is a mention; an unnamed one ("Russian forces") is a noun phrase of the claim's
          // sentence, or of an earlier sentence that "they" continues
          assertTrue(spans.contains(r.span()) || r.span().end() <= c.end(),
              "actor " + r + " is neither a mention span nor inside or before its sentence");
          assertEquals(r.name(), r.span().of(body));
        }
      }
      for (DocumentAnalysis.TimeMention t : a.times()) {
        assertEquals(t.text(), body.substring(t.start(), t.end()));
      }
      DocumentAnalysis again = CoreNlpAnalyzer.shared().analyze(art);
      assertEquals(a.claims(), again.claims(), "same input, same claims and ids");
    }
  }

  @Test
  void concurrentAnalysesEqualSequentialOnes() throws Exception {
    List<Article> articles = List.of(randomArticle(3, 4), randomArticle(5, 4));
    List<DocumentAnalysis> sequential = new ArrayList<>();
    for (Article art : articles) {
      sequential.add(CoreNlpAnalyzer.shared().analyze(art));
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<DocumentAnalysis>> futures = new ArrayList<>();
      for (Article art : articles) {
        futures.add(pool.submit(() -> CoreNlpAnalyzer.shared().analyze(art)));
      }
      for (int i = 0; i < articles.size(); i++) {
        DocumentAnalysis par = futures.get(i).get();
        assertEquals(sequential.get(i).claims(), par.claims());
        assertEquals(sequential.get(i).mentions(), par.mentions());
      }
    } finally {
      pool.shutdown();
    }
  }
}
