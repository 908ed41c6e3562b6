package org.storyline.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.storyline.core.document.Article;
import org.storyline.core.stage.DocumentAnalysis;
import org.storyline.nlp.CoreNlpAnalyzer;

/**
 * storyline's per-document analysis as a bench workload. When asked to, it keeps the latest
 * analysis of each document so that configurations can be compared; otherwise each analysis is
 * dropped once made, so that the heap a scaling run reports is the pipeline's own, not the
 * growing pile of results.
 */
final class StorylineWorkload implements Workload {
  private final String name;
  private final CoreNlpAnalyzer analyzer;
  private final List<Article> articles;
  private final AtomicReferenceArray<DocumentAnalysis> latest;

  /**
   * @param keep keep each document's latest analysis for {@link #results()}
   */
  StorylineWorkload(String name, CoreNlpAnalyzer analyzer, List<Article> articles, boolean keep) {
    this.name = name;
    this.analyzer = analyzer;
    this.articles = List.copyOf(articles);
    this.latest = keep ? new AtomicReferenceArray<>(articles.size()) : null;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void process(int index) {
    DocumentAnalysis a = analyzer.analyze(articles.get(index));
    if (latest != null) {
      latest.set(index, a);
    }
  }

  /**
   * The latest analysis of each document, in document order (null where none ran yet).
   *
   * @throws IllegalStateException if this workload keeps no results
   */
  List<DocumentAnalysis> results() {
    if (latest == null) {
      throw new IllegalStateException(name + " keeps no results");
    }
    List<DocumentAnalysis> out = new ArrayList<>(latest.length());
    for (int i = 0; i < latest.length(); i++) {
      out.add(latest.get(i));
    }
    return out;
  }
}
