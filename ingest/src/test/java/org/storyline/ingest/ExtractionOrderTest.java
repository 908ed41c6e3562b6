package org.storyline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.storyline.core.document.Article;
import org.storyline.core.document.SourceDocument;
import org.storyline.core.error.StorylineException;
import org.storyline.ingest.source.InputReader;

/**
 * A page's extraction depends on that page alone: the same WCXB pages read in file order, in a
 * seeded random order and with other hashing in between (identity hash codes then differ) give
 * the same article, dropped blocks included. A Spark partition sees other pages before a page than
 * a local run does, so anything else breaks their agreement.
 */
class ExtractionOrderTest {
  /** Every 7th page: about a hundred, a few seconds. */
  private static final int STEP = 7;

  @Test
  void everyPageGivesTheSameArticleWhateverCameBefore() throws IOException {
    Path html = Seeds.shared().resolve("datasets/wcxb-dev-articles/html");
    List<Path> pages;
    try (Stream<Path> s = Files.list(html)) {
      List<Path> all = s.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList();
      pages = new ArrayList<>();
      for (int i = 0; i < all.size(); i += STEP) {
        pages.add(all.get(i));
      }
    }
    Map<String, String> forward = extract(pages, null);
    List<Path> shuffled = new ArrayList<>(pages);
    Random random = new Random(711L);
    Collections.shuffle(shuffled, random);
    Map<String, String> again = extract(shuffled, random);
    assertEquals(forward.keySet(), again.keySet());
    int differ = 0;
    StringBuilder which = new StringBuilder();
    for (var e : forward.entrySet()) {
      if (!e.getValue().equals(again.get(e.getKey()))) {
        differ++;
        which.append(' ').append(e.getKey());
      }
    }
    assertEquals(0, differ, "pages whose extraction depends on the pages before them:" + which);
  }

  /** Page file name to its extracted article (or the failure), in the order given. */
  private static Map<String, String> extract(List<Path> pages, Random noise) {
    ArticleFactory factory = new ArticleFactory();
    Map<String, String> out = new LinkedHashMap<>();
    List<Object> kept = new ArrayList<>();
    try (InputReader reader = new InputReader(pages, p -> {})) {
      for (SourceDocument doc : reader) {
        if (noise != null) {
          for (int i = noise.nextInt(2_000); i > 0; i--) {
            Object o = new Object();
            System.identityHashCode(o);
            kept.add(o);
          }
        }
        String name = Path.of(doc.source().path()).getFileName().toString();
        try {
          Article a = factory.create(doc);
          out.put(name, a.title() + "|" + a.published() + "|" + a.outlet() + "|" + a.authors() + "|" + a.body()
              + "|" + a.dropped());
        } catch (StorylineException e) {
          out.put(name, e.code().toString());
        }
      }
    }
    return out;
  }
}
