package org.storyline.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storyline.nlp.pipeline.ParsedSentence;
import org.storyline.nlp.time.TemporalResolver;

/** DATE tags from storyline's own date expressions, on hand-made tokens (no model loads). */
class DateTagsTest {
  private static final DateTags TAGS = new DateTags(new TemporalResolver());

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "The envoys met on Tuesday in Hanoi . | O O O O DATE O LOCATION O",
      "Talks resumed in March 2024 after a pause . | O O O DATE DATE O O O O",
      "Ships docked last week at Rason . | O O DATE DATE O LOCATION O",
      "The ministers spoke by phone . | O O O O O O",
  })
  void marksDateTokensThatTheTaggerLeftOut(String words, String expected) {
    List<CoreLabel> tokens = tokens(words, expected.replace("DATE", "O"));
    ParsedSentence s = sentence(words, tokens);
    TAGS.mark(words, List.of(s));
    assertEquals(expected, String.join(" ", tokens.stream().map(CoreLabel::ner).toList()));
  }

  @Test
  void keepsAClassTheTaggerGave() {
    String words = "Summer Olympics opened in July .";
    List<CoreLabel> tokens = tokens(words, "MISC MISC O O O O");
    TAGS.mark(words, List.of(sentence(words, tokens)));
    assertEquals("MISC MISC O O DATE O", String.join(" ", tokens.stream().map(CoreLabel::ner).toList()));
  }

  /** Seeded random sentences without calendar words or numbers get no DATE at all. */
  @Test
  void wordsWithoutCalendarTermsStayUntagged() {
    String[] vocabulary = {"the", "delegation", "signed", "a", "memorandum", "with", "officials", "of", "both",
        "countries", "and", "left", "quietly", "talks", "resumed"};
    Random random = new Random(7);
    for (int round = 0; round < 100; round++) {
      List<String> w = new ArrayList<>();
      for (int i = 0, n = 2 + random.nextInt(20); i < n; i++) {
        w.add(vocabulary[random.nextInt(vocabulary.length)]);
      }
      String words = String.join(" ", w);
      List<CoreLabel> tokens = tokens(words, String.join(" ", w.stream().map(x -> "O").toList()));
      TAGS.mark(words, List.of(sentence(words, tokens)));
      tokens.forEach(t -> assertEquals("O", t.ner(), words));
    }
  }

  @Test
  void leavesSentencesWithoutAParseAlone() {
    String words = "The envoys met on Tuesday .";
    List<CoreLabel> tokens = tokens(words, "O O O O O O");
    TAGS.mark(words, List.of(new ParsedSentence(0, 0, words.length(), tokens, null, null)));
    assertEquals("O O O O O O", String.join(" ", tokens.stream().map(CoreLabel::ner).toList()));
  }

  /** A parsed sentence: every token hangs on the first (the shape does not matter here). */
  private static ParsedSentence sentence(String text, List<CoreLabel> tokens) {
    SemanticGraph graph = new SemanticGraph();
    IndexedWord root = new IndexedWord(tokens.get(0));
    graph.addVertex(root);
    graph.addRoot(root);
    for (int k = 1; k < tokens.size(); k++) {
      IndexedWord w = new IndexedWord(tokens.get(k));
      graph.addVertex(w);
      graph.addEdge(root, w, GrammaticalRelation.valueOf("dep"), 1.0, false);
    }
    return new ParsedSentence(0, 0, text.length(), tokens, graph, graph);
  }

  private static List<CoreLabel> tokens(String words, String ner) {
    String[] w = words.split(" ");
    String[] n = ner.split(" ");
    List<CoreLabel> out = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < w.length; i++) {
      CoreLabel t = new CoreLabel();
      t.setWord(w[i]);
      t.setValue(w[i]);
      t.setNER(n[i]);
      t.setIndex(i + 1);
      t.setSentIndex(0);
      t.setBeginPosition(at);
      t.setEndPosition(at + w[i].length());
      at += w[i].length() + 1;
      out.add(t);
    }
    return out;
  }
}
