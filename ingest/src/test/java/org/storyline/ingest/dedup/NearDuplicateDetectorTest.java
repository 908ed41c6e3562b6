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

  private static final List<String> WIRE = List.of(
      "A cargo ship loaded with containers left the port of Rajin on Monday and arrived two days later at a "
          + "terminal near Vladivostok, according to satellite images reviewed by a research group in London.",
      "The group said the containers matched the size of those seen on earlier voyages that it linked to "
          + "shipments of artillery ammunition, but it could not see what was inside them.",
      "Officials in Moscow did not answer questions about the cargo. A spokesman for the foreign ministry in "
          + "Pyongyang called the reports slander spread by hostile forces.",
      "Researchers counted at least four such voyages since the summer, each followed by rail traffic towards "
          + "the border with Ukraine, the report said.",
      "The United States and South Korea have said the transfers breach United Nations resolutions that ban "
          + "arms trade with the North.");

  @Test
  void syndicatedWireCopyWithAnOutletsOwnLeadAndCloseIsADuplicate() {
    String wire = String.join("\n\n", WIRE);
    String syndicated = "Our correspondent adds: the port has been busy all autumn, residents of the coastal "
        + "town told us by phone.\n\n" + wire + "\n\nThis report was provided by a news agency and edited by "
        + "our desk.";
    List<Article> marked = new NearDuplicateDetector().markDuplicates(List.of(
        article("outlet", syndicated, "2024-11-05"), article("wire", wire, "2024-11-04")));
    assertEquals("wire", marked.get(0).duplicateOf());
    assertNull(marked.get(1).duplicateOf());
  }

  @Test
  void distinctArticlesSharingOneQuotedStatementStayApart() {
    String statement = "\"The transfers breach United Nations resolutions that ban arms trade with the North, and "
        + "we will respond together with our partners,\" the joint statement said.";
    String a = String.join("\n\n", WIRE.get(0), statement, "Shipping analysts said traffic between the two ports "
        + "had tripled compared with last year, with most ships switching off their transponders near the coast.",
        "Insurance brokers in Singapore said they had stopped covering vessels that called at Rajin.");
    String b = String.join("\n\n", "Foreign ministers of three countries met in Tokyo on Tuesday to discuss the "
        + "deepening military ties between Moscow and Pyongyang.", statement, "The ministers agreed to share "
        + "intelligence on rail and sea shipments and to propose new sanctions listings at the Security Council.",
        "A South Korean official said the meeting had been planned for months and was not a reaction to a "
        + "single report.");
    List<Article> marked = new NearDuplicateDetector().markDuplicates(List.of(article("a", a, null),
        article("b", b, null)));
    assertNull(marked.get(0).duplicateOf());
    assertNull(marked.get(1).duplicateOf());
  }
}
