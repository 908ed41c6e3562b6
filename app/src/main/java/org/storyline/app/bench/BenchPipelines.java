package org.storyline.app.bench;

import java.util.Properties;

/**
 * The CoreNLP configurations storyline is compared with, and the parser of the
 * {@code --pipeline} specs that add more.
 */
final class BenchPipelines {
  private BenchPipelines() {}

  /**
   * CoreNLP's own full pipeline as a user would run it: default NER (three CRF models,
   * fine-grained gazetteers, SUTime, numeric classifiers), enhanced dependencies and quotes.
   * Quote attribution is off because it needs coreference, which the reference leaves out.
   */
  static Properties coreNlpDefault() {
    Properties p = base("tokenize,ssplit,pos,lemma,ner,depparse,quote");
    p.setProperty("quote.attributeQuotes", "false");
    return p;
  }

  /** The floor: reading, tokenising, sentence splitting and tagging the text once. */
  static Properties floor() {
    return base("tokenize,ssplit,pos");
  }

  /** Tokenising only, used to count the tokens of the bench texts. */
  static Properties tokenizer() {
    Properties p = base("tokenize");
    p.setProperty("tokenize.options", "invertible=false");
    return p;
  }

  /**
   * Parses {@code LABEL;key=value;key=value...}; keys are CoreNLP properties ({@code annotators}
   * among them, default {@code tokenize,ssplit,pos}).
   *
   * @throws IllegalArgumentException if the label is empty or a part has no {@code =}
   */
  static NamedProperties parse(String spec) {
    String[] parts = spec.split(";");
    String label = parts[0].strip();
    if (label.isEmpty() || label.contains("=")) {
      throw new IllegalArgumentException("a pipeline spec starts with its label: " + spec);
    }
    Properties p = base("tokenize,ssplit,pos");
    for (int i = 1; i < parts.length; i++) {
      int eq = parts[i].indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("expected key=value in pipeline spec, got: " + parts[i]);
      }
      p.setProperty(parts[i].substring(0, eq).strip(), parts[i].substring(eq + 1).strip());
    }
    return new NamedProperties(label, p);
  }

  private static Properties base(String annotators) {
    Properties p = new Properties();
    p.setProperty("annotators", annotators);
    p.setProperty("tokenize.language", "en");
    return p;
  }

  /** A labelled CoreNLP configuration. */
  record NamedProperties(String label, Properties properties) {}
}
