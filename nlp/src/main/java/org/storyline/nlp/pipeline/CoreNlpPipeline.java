package org.storyline.nlp.pipeline;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;

/**
 * The CoreNLP pipeline storyline uses: tokenize, ssplit, pos, lemma, ner (coarse classes only,
 * no SUTime, no fine-grained rules) and depparse (enhanced++ dependencies), the parser only on
 * the sentences a {@link ParseChoice} wants. Models are loaded once, in parallel, in the
 * constructor; {@link #parse} is thread-safe because CoreNLP's annotators keep no per-document
 * state.
 */
public final class CoreNlpPipeline {
  private static final String NER = "edu/stanford/nlp/models/ner/";

  /**
   * CoreNLP's own three NER models, in its order of precedence: english.all.3class (person,
   * organization, location), english.muc.7class (adds DATE, TIME, MONEY, PERCENT) and
   * english.conll.4class (adds MISC, which the mention rules read). Each costs about a third of
   * NER's time.
   */
  public static final List<String> DEFAULT_NER_MODELS = List.of(
      NER + "english.all.3class.distsim.crf.ser.gz",
      NER + "english.muc.7class.distsim.crf.ser.gz",
      NER + "english.conll.4class.distsim.crf.ser.gz");

  /**
   * english.all.3class then english.conll.4class: {@link #DEFAULT_NER_MODELS} without muc.7class,
   * two thirds of their cost; storyline's analyzer supplies dates from its own date finder.
   * (conll.4class alone is cheaper still but tags title-case headings as names: on 10 WCXB pages
   * it added 250 mentions and lost 47 that the three models agree on; these two lost none.)
   */
  public static final List<String> NAME_NER_MODELS = List.of(
      NER + "english.all.3class.distsim.crf.ser.gz",
      NER + "english.conll.4class.distsim.crf.ser.gz");

  /**
   * english.all.3class alone: storyline's default. conll.4class added only MISC names
   * (nationalities, products, events, "Buddhism", "Wi-Fi"), which the mention rules keep as
   * OTHER mentions; plural group names among them ("attacks on Palestinians") are found without
   * it (untagged plural proper nouns, see {@code MentionFinder}). Measured on 59 WCXB pages (every
   * 12th): 27% less CPU per document than {@link #NAME_NER_MODELS}, 148 of 2,128 mentions fewer
   * (all OTHER), claims agreeing 0.98; both claims gold sets and the seeds' entities unchanged.
   */
  public static final List<String> THREE_CLASS_NER_MODELS = List.of(NER + "english.all.3class.distsim.crf.ser.gz");

  /** Daemon threads that load models beside the constructing thread. */
  private static final Executor LOADERS = task -> {
    Thread t = new Thread(task, "storyline-model-load");
    t.setDaemon(true);
    t.start();
  };

  private final StanfordCoreNLP splitter;
  private final Annotator tagger;
  private final Annotator lemmatizer = new MorphaAnnotator(false);
  private final Annotator recognizer;
  private final SentenceParser parser;
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
    p.setProperty("annotators", "tokenize,ssplit");
    p.setProperty("tokenize.language", "en");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("pos.maxlen", "300");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.model", String.join(",", nerModels));
    // the parser's cache of hidden-layer products for features outside its 20,000 precomputed
    // ones: CoreNLP's 5,000 entries miss on most rare words; 100,000 (about 80 MB) parse the
    // same trees 1.4 times as fast (the cached values are those computed on a miss)
    p.setProperty("depparse.numCached", "100000");
    AnnotatorImplementations make = new AnnotatorImplementations();
    long t0 = System.nanoTime();
    // the three models load in parallel (CoreNLP's own pipeline loads one annotator at a time)
    CompletableFuture<Annotator> ner = CompletableFuture.supplyAsync(() -> make.ner(p), LOADERS);
    CompletableFuture<SentenceParser> dep = CompletableFuture.supplyAsync(
        () -> new SentenceParser(maxParseTokens, PropertiesUtils.extractPrefixedProperties(p, "depparse.")), LOADERS);
    try {
      splitter = new StanfordCoreNLP(p);
      tagger = make.posTagger(p);
      recognizer = ner.join();
      parser = dep.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new StorylineException(ErrorCode.NLP_FAILURE, "cannot load the CoreNLP models: " + cause.getMessage(), cause);
    } catch (RuntimeException e) {
      throw new StorylineException(ErrorCode.NLP_FAILURE, "cannot load the CoreNLP models: " + e.getMessage(), e);
    }
    loadMillis = (System.nanoTime() - t0) / 1_000_000;
  }

  /** How long loading the models took, in milliseconds. */
  public long loadMillis() {
    return loadMillis;
  }

  /** Tokenises, tags and parses every sentence of {@code text}; offsets point into it. */
  public List<ParsedSentence> parse(String text) {
    return parse(text, ParseChoice.ALL);
  }

  /**
   * Tokenises and tags {@code text}, then dependency-parses the sentences {@code choice} wants
   * (the others keep their tags and have no arcs); sentence and token offsets point into it.
   */
  public List<ParsedSentence> parse(String text, ParseChoice choice) {
    Annotation doc = new Annotation(text);
    List<CoreMap> sentences;
    List<ParsedSentence> out;
    try {
      splitter.annotate(doc);
      tagger.annotate(doc);
      lemmatizer.annotate(doc);
      recognizer.annotate(doc);
      sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
      out = new ArrayList<>(sentences.size());
      for (CoreMap s : sentences) {
        List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens.isEmpty()) {
          continue;
        }
        SentenceParser.Graphs graphs = tokens.size() <= parser.maxTokens() && choice.wantsParse(text, tokens)
            ? parser.parse(s, tokens.size()) : null;
        int start = tokens.get(0).beginPosition();
        int end = tokens.get(tokens.size() - 1).endPosition();
        out.add(graphs == null
            ? new ParsedSentence(out.size(), start, end, tokens, null, null)
            : new ParsedSentence(out.size(), start, end, tokens, graphs.enhanced(), graphs.tree()));
      }
    } catch (RuntimeException e) {
      throw new StorylineException(ErrorCode.NLP_FAILURE, "CoreNLP failed: " + e.getMessage(), e);
    }
    return out;
  }
}
