package org.storyline.nlp.pipeline;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;

/**
 * The CoreNLP pipeline storyline uses: tokenize, ssplit, pos, lemma, ner (coarse classes only,
 * no SUTime, no fine-grained rules) and depparse (enhanced++ dependencies). Models are loaded
 * once in the constructor; {@link #parse} is thread-safe because CoreNLP's annotators keep no
 * per-document state.
 */
public final class CoreNlpPipeline {
  private static final String NER = "edu/stanford/nlp/models/ner/";

  /**
   * CoreNLP's own three NER models, in its order of precedence: english.all.3class (person,
   * organization, location), english.muc.7class (adds DATE, TIME, MONEY, PERCENT, which the claim
   * rules read) and english.conll.4class (adds MISC, which the mention rules read). Each costs
   * about a third of NER's time; dropping muc.7class or all.3class changed claims or mentions on
   * the seeds and the gold sentences, so all three stay the default.
   */
  public static final List<String> DEFAULT_NER_MODELS = List.of(
      NER + "english.all.3class.distsim.crf.ser.gz",
      NER + "english.muc.7class.distsim.crf.ser.gz",
      NER + "english.conll.4class.distsim.crf.ser.gz");

  private final StanfordCoreNLP nlp;
  private final long loadMillis;

  /**
   * Loads the models, with {@link #DEFAULT_NER_MODELS}.
   *
   * @param maxParseTokens sentences longer than this are not dependency-parsed (chrome, lists)
   */
  public CoreNlpPipeline(int maxParseTokens) {
    this(maxParseTokens, DEFAULT_NER_MODELS);
  }

  /**
   * Loads the models.
   *
   * @param maxParseTokens sentences longer than this are not dependency-parsed (chrome, lists)
   * @param nerModels the CRF NER models (class-path resources), earlier ones winning where they
   *     disagree; at least one
   * @throws IllegalArgumentException if {@code nerModels} is empty or names a blank model
   */
  public CoreNlpPipeline(int maxParseTokens, List<String> nerModels) {
    if (nerModels.isEmpty() || nerModels.stream().anyMatch(m -> m.isBlank() || m.contains(","))) {
      throw new IllegalArgumentException("need at least one NER model, each a resource path without commas: " + nerModels);
    }
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    p.setProperty("tokenize.language", "en");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("depparse.maxlength", Integer.toString(maxParseTokens));
    p.setProperty("pos.maxlen", "300");
    p.setProperty("ner.model", String.join(",", nerModels));
    long t0 = System.nanoTime();
    try {
      nlp = new StanfordCoreNLP(p);
    } catch (RuntimeException e) {
      throw new StorylineException(ErrorCode.NLP_FAILURE, "cannot load the CoreNLP models: " + e.getMessage(), e);
    }
    loadMillis = (System.nanoTime() - t0) / 1_000_000;
  }

  /** How long loading the models took, in milliseconds. */
  public long loadMillis() {
    return loadMillis;
  }

  /** Tokenises, tags and parses {@code text}; sentence and token offsets point into it. */
  public List<ParsedSentence> parse(String text) {
    Annotation doc = new Annotation(text);
    try {
      nlp.annotate(doc);
    } catch (RuntimeException e) {
      throw new StorylineException(ErrorCode.NLP_FAILURE, "CoreNLP failed: " + e.getMessage(), e);
    }
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<ParsedSentence> out = new ArrayList<>(sentences.size());
    for (CoreMap s : sentences) {
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens.isEmpty()) {
        continue;
      }
      SemanticGraph graph =
          s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
      int start = tokens.get(0).beginPosition();
      int end = tokens.get(tokens.size() - 1).endPosition();
      SemanticGraph tree = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      out.add(new ParsedSentence(out.size(), start, end, tokens, graph, tree));
    }
    return out;
  }
}
