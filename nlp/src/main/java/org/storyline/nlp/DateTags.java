package org.storyline.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.storyline.nlp.pipeline.ParsedSentence;
import org.storyline.nlp.time.Anchor;
import org.storyline.nlp.time.ResolvedTime;
import org.storyline.nlp.time.TemporalResolver;
import org.storyline.nlp.time.Tense;

/**
 * Marks the tokens of storyline's own date expressions with the named-entity class
 * {@code DATE} where the tagger left them {@code O}: what CoreNLP's english.muc.7class model
 * contributed to the rules ("met on Tuesday", "in March"), without running that model.
 */
final class DateTags {
  static final String DATE = "DATE";

  private final TemporalResolver resolver;

  DateTags(TemporalResolver resolver) {
    this.resolver = resolver;
  }

  /**
   * Tags the date tokens of the parsed ones of {@code sentences}, whose offsets point into
   * {@code text} (only the parse-reading trigger rules look at {@code DATE}).
   */
  void mark(String text, List<ParsedSentence> sentences) {
    for (ParsedSentence s : sentences) {
      if (!s.parsed()) {
        continue;
      }
      List<ResolvedTime> times = resolver.resolve(text, s.start(), s.end(), Anchor.unknown(), Tense.UNKNOWN);
      for (ResolvedTime t : times) {
        for (int k : s.tokensIn(t.start(), t.end())) {
          CoreLabel token = s.token(k);
          if (token.ner() == null || token.ner().equals("O")) {
            token.setNER(DATE);
          }
        }
      }
    }
  }
}
