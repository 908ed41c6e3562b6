package org.storyline.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.regex.Pattern;
import org.storyline.core.entity.EntityType;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;
import org.storyline.core.text.Span;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storyline.core.document.Article;
import org.storyline.core.document.DroppedBlock;
import org.storyline.core.entity.Mention;
import org.storyline.core.stage.DocumentAnalysis;
import org.storyline.core.stage.DocumentAnalyzer;
import org.storyline.nlp.claim.ClaimExtractor;
import org.storyline.nlp.claim.TriggerTable;
import org.storyline.nlp.claim.WordClasses;
import org.storyline.nlp.mention.DomainLexicon;
import org.storyline.nlp.mention.MentionFinder;
import org.storyline.nlp.mention.SentenceMentions;
import org.storyline.nlp.pipeline.CoreNlpPipeline;
import org.storyline.nlp.pipeline.ParseChoice;
import org.storyline.nlp.pipeline.ParsedSentence;
import org.storyline.nlp.quantity.QuantityParser;
import org.storyline.nlp.time.Anchor;
import org.storyline.nlp.time.DocumentDateInference;
import org.storyline.nlp.time.TemporalResolver;

/**
 * Stage 3 with Stanford CoreNLP: tags an article body once, dependency-parses the sentences the
 * rules read (see {@link NlpOptions#parseScope()}), then finds its mentions, time expressions and
 * claims. Models load once, in parallel, in the constructor; one instance serves all worker
 * threads. Dates are anchored on the article's publication date, or on a window
 * inferred from the body and captions when it has none.
 */
public final class CoreNlpAnalyzer implements DocumentAnalyzer {
  private static final Pattern LEADER_TITLE = Pattern.compile(
      "(?i)\\b(?:leader|president|dictator|premier|prime minister|chancellor|king|emir|chairman)\\s+$");
  private static final Set<String> CAPTION_REASONS = Set.of("caption", "credit");
  private static volatile CoreNlpAnalyzer shared;

  private final CoreNlpPipeline pipeline;
  private final MentionFinder mentions;
  private final ClaimExtractor claims;
  private final DocumentDateInference dateInference = new DocumentDateInference();
  private final ParseChoice parseChoice;
  private final DateTags dateTags;
  private final int maxBodyChars;

  public CoreNlpAnalyzer(NlpOptions options) {
    this.maxBodyChars = options.maxBodyChars();
    this.pipeline = new CoreNlpPipeline(options.maxParseTokens(), options.nerModels());
    DomainLexicon lexicon = DomainLexicon.load();
    TriggerTable triggers = TriggerTable.load();
    WordClasses words = WordClasses.load();
    TemporalResolver resolver = new TemporalResolver();
    this.mentions = new MentionFinder(lexicon);
    this.claims = new ClaimExtractor(triggers, words, resolver, new QuantityParser());
    this.parseChoice = switch (options.parseScope()) {
      case ALL -> ParseChoice.ALL;
      case RULES -> new ParseDemand(triggers, words, lexicon, false);
      case RULES_AND_QUANTITIES -> new ParseDemand(triggers, words, lexicon, true);
    };
    this.dateTags = options.nerTagsDates() ? null : new DateTags(resolver);
  }

  /** One analyzer with default options for the whole JVM, created on first use. */
  public static CoreNlpAnalyzer shared() {
    CoreNlpAnalyzer a = shared;
    if (a == null) {
      synchronized (CoreNlpAnalyzer.class) {
        a = shared;
        if (a == null) {
          a = new CoreNlpAnalyzer(NlpOptions.defaults());
          shared = a;
        }
      }
    }
    return a;
  }

  /** How long loading the CoreNLP models took, in milliseconds. */
  public long modelLoadMillis() {
    return pipeline.loadMillis();
  }

  /**
   * {@inheritDoc}
   *
   * @throws StorylineException with {@code NLP_FAILURE} naming the document if CoreNLP or a rule
   *     fails on it
   */
  @Override
  public DocumentAnalysis analyze(Article article) {
    if (article.body().isBlank()) {
      return new DocumentAnalysis(article.id(), List.of(), List.of(), List.of(), 0);
    }
    try {
      return analyzeBody(article);
    } catch (StorylineException e) {
      throw new StorylineException(e.code(), article.source().describe() + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new StorylineException(ErrorCode.NLP_FAILURE,
          article.source().describe() + ": analysis failed: " + e, e);
    }
  }

  private DocumentAnalysis analyzeBody(Article article) {
    String body = article.body();
    String text = body.length() > maxBodyChars ? body.substring(0, maxBodyChars) : body;
    List<ParsedSentence> sentences = pipeline.parse(text, parseChoice);
    if (dateTags != null) {
      dateTags.mark(text, sentences);
    }
    List<SentenceMentions> perSentence = new ArrayList<>(sentences.size());
    List<Mention> all = new ArrayList<>();
    int tokens = 0;
    Set<Span> leaders = new HashSet<>();
    for (ParsedSentence s : sentences) {
      List<Mention> found = mentions.find(article.id(), body, s);
      for (Mention m : found) {
        if (m.type() == EntityType.PERSON
            && LEADER_TITLE.matcher(body.substring(Math.max(0, m.span().start() - 30), m.span().start())).find()) {
          leaders.add(m.span());
        }
      }
      SentenceMentions sm = new SentenceMentions(s, found, all.subList(Math.max(0, all.size() - 60), all.size()),
          leaders);
      perSentence.add(sm);
      all.addAll(found);
      tokens += s.size();
    }
    ClaimExtractor.Result r = claims.extract(article.id(), body, anchor(article), sentences, perSentence);
    return new DocumentAnalysis(article.id(), all, r.claims(), r.times(), tokens);
  }

  private Anchor anchor(Article article) {
    if (article.published() != null) {
      return Anchor.of(article.published());
    }
    List<String> captions = new ArrayList<>();
    for (DroppedBlock b : article.dropped()) {
      if (CAPTION_REASONS.contains(b.reason().toLowerCase(Locale.ROOT))) {
        captions.add(b.text());
      }
    }
    return dateInference.infer(article.body(), captions);
  }
}
