package org.storyline.ingest.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storyline.core.document.Article;
import org.storyline.core.document.SourceFormat;
import org.storyline.core.document.SourceRef;
import org.storyline.core.time.DateBasis;
import org.storyline.core.time.PublicationDate;
import org.storyline.ingest.ArticleFactory;
import org.storyline.ingest.Seeds;

class NearDuplicateDetectorTest {
  private final ArticleFactory factory = new ArticleFactory();

  private static Article article(String id, String body, String date) {
    return new Article(id, new SourceRef(id + ".txt", null, SourceFormat.TEXT, null), null, null, List.of(),
        date == null ? null : new PublicationDate(date, null, DateBasis.GIVEN, 1), "en", body, null, List.of());
  }

  private List<Article> seedArticles() {
    return Seeds.files().stream().map(p -> factory.create(Seeds.text(p))).toList();
  }

  private static String variant(Article a, Random random, String kind) {
    List<String> paras = new ArrayList<>(Arrays.asList(a.body().split("\n\n")));
    switch (kind) {
      case "reordered" -> Collections.shuffle(paras, random);
      case "trimmed" -> paras = paras.subList(0, Math.max(1, paras.size() * 2 / 3 + 1));
      case "edited" -> {
        for (int i = 0; i < paras.size(); i++) {
          String[] w = paras.get(i).split(" ");
          for (int j = random.nextInt(25); j < w.length; j += 25 + random.nextInt(10)) {
            w[j] = "edited";
          }
          paras.set(i, String.join(" ", w));
        }
      }
      default -> { }
    }
    return String.join("\n\n", paras);
  }

  @Test
  void seedCopiesWithOtherChromeAreDuplicatesOfTheEarliest() {
    Article seed = factory.create(Seeds.seed("003"));
    String rechromed = "Menu\nSubscribe to our newsletter\nADVERTISEMENT\n" + seed.body()
        + "\nFollow us on Telegram\nYou might also like\nAnother story about something else";
    Article copy = factory.create(Seeds.text(rechromed));
    Article earlier = article("early", seed.body(), "2024-06-17");
    List<Article> marked = new NearDuplicateDetector().markDuplicates(List.of(seed, copy, earlier));
    assertEquals("early", marked.get(0).duplicateOf());
    assertEquals("early", marked.get(1).duplicateOf());
    assertNull(marked.get(2).duplicateOf());
  }

  @Test
  void reorderedTrimmedAndEditedSeedsMergeButDistinctSeedsDoNot() {
    Random random = new Random(11);
    List<Article> seeds = seedArticles();
    List<Article> all = new ArrayList<>(seeds);
    for (Article s : seeds) {
      for (String kind : List.of("reordered", "trimmed", "edited")) {
        all.add(article(s.id() + "-" + kind, variant(s, random, kind), null));
      }
    }
    List<Article> marked = new NearDuplicateDetector().markDuplicates(all);
    for (int i = 0; i < seeds.size(); i++) {
      assertNull(marked.get(i).duplicateOf(), "seed " + i + " marked as duplicate of " + marked.get(i).duplicateOf());
    }
    for (int i = seeds.size(); i < all.size(); i++) {
      String expected = seeds.get((i - seeds.size()) / 3).id();
      assertEquals(expected, marked.get(i).duplicateOf(), all.get(i).id());
    }
  }

  @Test
  void distinctReportsOfTheSameEventStayApart() {
    String a = "North Korea's leader received the Russian defence minister in Pyongyang on Wednesday, state media "
        + "said, and the two inspected a parade marking the end of the Korean War. The visit was the first by a "
        + "Russian defence chief since the collapse of the Soviet Union, analysts noted.";
    String b = "Russia's defence minister arrived in Pyongyang for talks with the North Korean military, according "
        + "to the ministry in Moscow. Officials said the trip was tied to the anniversary of the armistice and "
        + "that weapons were shown to the guests during a night parade.";
    List<Article> marked = new NearDuplicateDetector().markDuplicates(List.of(article("a", a, null),
        article("b", b, null)));
    assertNull(marked.get(0).duplicateOf());
    assertNull(marked.get(1).duplicateOf());
  }

  @Test
  void incrementalAddAnswersWithTheFirstCopy() {
    NearDuplicateDetector detector = new NearDuplicateDetector();
    List<Article> seeds = seedArticles();
    for (Article s : seeds) {
      assertNull(detector.add(s));
    }
    Random random = new Random(3);
    Article copy = article("copy", variant(seeds.get(1), random, "reordered"), null);
    assertEquals(seeds.get(1).id(), detector.add(copy));
    Article copyOfCopy = article("copy2", variant(copy, random, "trimmed"), null);
    assertEquals(seeds.get(1).id(), detector.add(copyOfCopy));
    assertNull(detector.add(article("new", "A wholly different report about grain exports from Odesa ports.",
        null)));
  }
}
