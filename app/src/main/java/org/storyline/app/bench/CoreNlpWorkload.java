package org.storyline.app.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;

/** A plain CoreNLP pipeline, loaded once and shared by all threads, run on each text. */
final class CoreNlpWorkload implements Workload {
  private final String name;
  private final List<String> texts;
  private StanfordCoreNLP nlp;

  CoreNlpWorkload(String name, Properties properties, List<String> texts) {
    this.name = name;
    this.texts = texts;
    this.nlp = new StanfordCoreNLP(properties);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void process(int index) {
    nlp.annotate(new Annotation(texts.get(index)));
  }

  @Override
  public void close() {
    nlp = null;
  }
}
