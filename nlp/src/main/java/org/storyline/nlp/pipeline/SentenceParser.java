package org.storyline.nlp.pipeline;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.Properties;

/**
 * CoreNLP's neural dependency parser (english_UD) without its pipeline annotator: parses one
 * tagged sentence and builds only the two graphs storyline reads, the basic tree and the
 * enhanced++ graph. CoreNLP's {@code depparse} annotator builds five (also collapsed,
 * CC-processed and enhanced) and ignores {@code depparse.maxlength}; this parser builds two and
 * refuses sentences over its token limit. The graphs are those the annotator builds, from the
 * same calls. Thread-safe: the parser keeps no per-sentence state outside its synchronised cache.
 */
public final class SentenceParser {
  private final DependencyParser parser;
  private final int maxTokens;

  /**
   * Loads the model.
   *
   * @param maxTokens sentences with more tokens are not parsed; at least 1
   * @param settings CoreNLP parser settings (keys without the {@code depparse.} prefix, e.g.
   *     {@code model}, {@code numCached})
   * @throws IllegalArgumentException if {@code maxTokens} is below 1
   */
  public SentenceParser(int maxTokens, Properties settings) {
    if (maxTokens < 1) {
      throw new IllegalArgumentException("maxTokens must be at least 1: " + maxTokens);
    }
    this.maxTokens = maxTokens;
    Properties p = new Properties();
    p.putAll(settings);
    this.parser = DependencyParser.loadFromModelFile(p.getProperty("model", DependencyParser.DEFAULT_MODEL), p);
  }

  /** The largest sentence, in tokens, that {@link #parse} parses. */
  public int maxTokens() {
    return maxTokens;
  }

  /**
   * The basic tree and enhanced++ graph of a tagged sentence (tokens with part of speech), or
   * null if it has more than {@link #maxTokens()} tokens or none.
   *
   * @param tokenCount the number of tokens of {@code sentence}
   */
  public Graphs parse(CoreMap sentence, int tokenCount) {
    if (tokenCount < 1 || tokenCount > maxTokens) {
      return null;
    }
    GrammaticalStructure gs = parser.predict(sentence);
    SemanticGraph tree = SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC,
        GrammaticalStructure.Extras.NONE, null);
    SemanticGraph enhanced = SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
        GrammaticalStructure.Extras.NONE, null);
    return new Graphs(tree, enhanced);
  }

  /**
   * The dependency graphs of one sentence.
   *
   * @param tree the basic dependency tree
   * @param enhanced the enhanced++ dependencies
   */
  public record Graphs(SemanticGraph tree, SemanticGraph enhanced) {
    public Graphs {
      if (tree == null || enhanced == null) {
        throw new IllegalArgumentException("both graphs are required");
      }
    }
  }
}
