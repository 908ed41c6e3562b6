package org.storyline.nlp;

import java.util.List;
import java.util.Objects;
import org.storyline.nlp.pipeline.CoreNlpPipeline;

/**
 * Settings of the analyzer.
 *
 * @param maxParseTokens sentences with more tokens are tagged but not dependency-parsed (they
 *     are page chrome or lists far more often than claims); at least 10
 * @param maxBodyChars only the first this many characters of a body are analysed (offsets stay
 *     valid); at least 1000
 * @param parseScope which sentences are dependency-parsed
 * @param nerModels CoreNLP's CRF NER models (class-path resources), earlier ones winning; when
 *     english.muc.7class is not among them, storyline's own date expressions supply the
 *     {@code DATE} class the claim rules read
 */
public record NlpOptions(int maxParseTokens, int maxBodyChars, ParseScope parseScope, List<String> nerModels) {
  public NlpOptions {
    if (maxParseTokens < 10) {
      throw new IllegalArgumentException("maxParseTokens must be at least 10: " + maxParseTokens);
    }
    if (maxBodyChars < 1000) {
      throw new IllegalArgumentException("maxBodyChars must be at least 1000: " + maxBodyChars);
    }
    Objects.requireNonNull(parseScope, "parseScope");
    nerModels = List.copyOf(nerModels);
    if (nerModels.isEmpty()) {
      throw new IllegalArgumentException("at least one NER model");
    }
  }

  /** The given limits with the default parse scope and NER models. */
  public NlpOptions(int maxParseTokens, int maxBodyChars) {
    this(maxParseTokens, maxBodyChars, DEFAULT_SCOPE, DEFAULT_NER);
  }

  /**
   * Parse only what the rules read: on the gold sets (seeds, other sentences) the claim scores
   * are identical to parsing every sentence, at a fraction of the parser's time.
   */
  private static final ParseScope DEFAULT_SCOPE = ParseScope.RULES;
  /**
   * english.all.3class alone, with storyline's own DATE tags in place of muc.7class: the names
   * of CoreNLP's three models less conll.4class's MISC (see
   * {@link CoreNlpPipeline#THREE_CLASS_NER_MODELS}), a third of their time.
   */
  private static final List<String> DEFAULT_NER = CoreNlpPipeline.THREE_CLASS_NER_MODELS;

  /**
   * The defaults: parse sentences of up to 120 tokens that the rules read, read bodies up to
   * 100,000 characters, NER with english.all.3class.
   */
  public static NlpOptions defaults() {
    return new NlpOptions(120, 100_000);
  }

  /** These options with another parse scope. */
  public NlpOptions withParseScope(ParseScope scope) {
    return new NlpOptions(maxParseTokens, maxBodyChars, scope, nerModels);
  }

  /** These options with other NER models. */
  public NlpOptions withNerModels(List<String> models) {
    return new NlpOptions(maxParseTokens, maxBodyChars, parseScope, models);
  }

  /** True if the NER models include english.muc.7class, the one that tags dates. */
  public boolean nerTagsDates() {
    return nerModels.stream().anyMatch(m -> m.contains("muc.7class"));
  }
}
