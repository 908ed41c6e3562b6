package org.storyline.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.infra.Blackhole;
import org.storyline.core.error.StorylineException;

/** The benchmarks' input, and the main-text benchmark's body run once without JMH. */
class SampleCorpusTest {
  @Test
  void samplesGiveOneArticlePerDocumentWithAMainText() {
    SampleCorpus c = SampleCorpus.load();
    assertTrue(c.sources().size() >= 5, "sample documents: " + c.sources().size());
    assertEquals(c.sources().size(), c.articles().size(), "every sample has a main text");
    assertTrue(c.articles().stream().allMatch(a -> a.body().length() > 200), "bodies are whole articles");
  }

  @Test
  void inputsWithoutAMainTextAreRefused(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("empty.html"), "<html><body><nav>Home | About</nav></body></html>");
    StorylineException e = assertThrows(StorylineException.class, () -> SampleCorpus.read(List.of(dir)));
    assertTrue(e.getMessage().contains("no benchmark input"), e.getMessage());
  }

  @Test
  void mainTextBenchmarkRunsOverEveryDocument() {
    MainTextBenchmark b = new MainTextBenchmark();
    b.setUp();
    Blackhole hole = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    b.articles(hole);
    hole.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
  }
}
