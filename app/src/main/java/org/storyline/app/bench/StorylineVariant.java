package org.storyline.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.storyline.nlp.NlpOptions;
import org.storyline.nlp.ParseScope;

/**
 * A labelled analyzer configuration to time beside the default one, given on the command line
 * as {@code LABEL=SCOPE,MODEL+MODEL...}: scope {@code all}, {@code rules} or
 * {@code rules+quantities}; models {@code all3}, {@code muc7}, {@code conll4} (CoreNLP's three
 * CRF NER models, earlier ones winning). Example: {@code fast=rules,conll4}.
 *
 * @param label the name printed in the table
 * @param options the analyzer settings
 */
record StorylineVariant(String label, NlpOptions options) {
  private static final String NER = "edu/stanford/nlp/models/ner/english.";

  StorylineVariant {
    if (label.isBlank()) {
      throw new IllegalArgumentException("a variant needs a label");
    }
  }

  /**
   * Parses a variant spec.
   *
   * @throws IllegalArgumentException if the spec is malformed or names an unknown scope or model
   */
  static StorylineVariant parse(String spec) {
    int eq = spec.indexOf('=');
    String[] parts = eq < 0 ? new String[0] : spec.substring(eq + 1).split(",");
    if (eq <= 0 || parts.length != 2) {
      throw new IllegalArgumentException("expected LABEL=SCOPE,MODEL+MODEL... (e.g. fast=rules,conll4), got: " + spec);
    }
    ParseScope scope = switch (parts[0].strip().toLowerCase(Locale.ROOT)) {
      case "all" -> ParseScope.ALL;
      case "rules" -> ParseScope.RULES;
      case "rules+quantities" -> ParseScope.RULES_AND_QUANTITIES;
      default -> throw new IllegalArgumentException("unknown parse scope (all, rules, rules+quantities): " + parts[0]);
    };
    List<String> models = new ArrayList<>();
    for (String m : parts[1].split("\\+")) {
      models.add(switch (m.strip().toLowerCase(Locale.ROOT)) {
        case "all3" -> NER + "all.3class.distsim.crf.ser.gz";
        case "muc7" -> NER + "muc.7class.distsim.crf.ser.gz";
        case "conll4" -> NER + "conll.4class.distsim.crf.ser.gz";
        default -> throw new IllegalArgumentException("unknown NER model (all3, muc7, conll4): " + m);
      });
    }
    return new StorylineVariant(spec.substring(0, eq).strip(),
        NlpOptions.defaults().withParseScope(scope).withNerModels(models));
  }
}
