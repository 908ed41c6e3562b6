package org.storyline.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.storyline.core.document.Article;
import org.storyline.core.stage.DocumentAnalysis;
import org.storyline.nlp.CoreNlpAnalyzer;

/**
 * storyline's per-document analysis as a bench workload; keeps the latest analysis of each
 * document so that configurations can be compared (an analysis is small beside the models).
 */
final class StorylineWorkload implements Workload {
  private final String name;
  private final CoreNlpAnalyzer analyzer;
  private final List<Article> articles;
  private final AtomicReferenceArray<DocumentAnalysis> latest;

  StorylineWorkload(String name, CoreNlpAnalyzer analyzer, List<Article> articles) {
    this.name = name;
    this.analyzer = analyzer;
    this.articles = List.copyOf(articles);
    this.latest = new AtomicReferenceArray<>(articles.size());
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void process(int index) {
    latest.set(index, analyzer.analyze(articles.get(index)));
  }

  /** The latest analysis of each document, in document order (null where none ran yet). */
  List<DocumentAnalysis> results() {
    List<DocumentAnalysis> out = new ArrayList<>(latest.length());
    for (int i = 0; i < latest.length(); i++) {
      out.add(latest.get(i));
    }
    return out;
  }
}
