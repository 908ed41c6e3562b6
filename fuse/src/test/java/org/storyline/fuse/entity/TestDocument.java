package org.storyline.fuse.entity;

import java.util.ArrayList;
import java.util.List;
import org.storyline.core.document.Article;
import org.storyline.core.document.SourceFormat;
import org.storyline.core.document.SourceRef;
import org.storyline.core.entity.EntityType;
import org.storyline.core.entity.Mention;
import org.storyline.core.stage.DocumentAnalysis;
import org.storyline.core.text.Span;
import org.storyline.core.time.DateBasis;
import org.storyline.core.time.PublicationDate;

/**
 * Builds a test article and its mentions by hand: mentions are found in the body by their text,
 * so every span fits its text; a mention never overlaps one added before.
 */
final class TestDocument {
  private final String id;
  private final String date;
  private final String body;
  private final List<Mention> mentions = new ArrayList<>();

  private TestDocument(String id, String date, String body) {
    this.id = id;
    this.date = date;
    this.body = body;
  }

  /** @param date ISO publication date or null */
  static TestDocument of(String id, String date, String body) {
    return new TestDocument(id, date, body);
  }

  /** Every occurrence of the text not inside an earlier mention. */
  TestDocument all(String text, EntityType type) {
    return add(text, type, null, Integer.MAX_VALUE);
  }

  /** The first free occurrence of the text. */
  TestDocument first(String text, EntityType type) {
    return add(text, type, null, 1);
  }

  /** Every free occurrence of a title-only reference with its recogniser key. */
  TestDocument title(String text, String key) {
    return add(text, EntityType.PERSON, key, Integer.MAX_VALUE);
  }

  TestDocument keyed(String text, EntityType type, String key) {
    return add(text, type, key, Integer.MAX_VALUE);
  }

  private TestDocument add(String text, EntityType type, String key, int max) {
    int from = 0;
    int added = 0;
    while (added < max) {
      int at = body.indexOf(text, from);
      if (at < 0) {
        break;
      }
      Span s = new Span(at, at + text.length());
      from = at + 1;
      if (mentions.stream().anyMatch(m -> m.span().overlaps(s))) {
        continue;
      }
      mentions.add(new Mention(id, s, text, type, key));
      added++;
    }
    if (added == 0) {
      throw new IllegalArgumentException("'" + text + "' not free in " + id);
    }
    return this;
  }

  String id() {
    return id;
  }

  String body() {
    return body;
  }

  List<Mention> mentions() {
    return List.copyOf(mentions);
  }

  Article article() {
    PublicationDate pd = date == null ? null : new PublicationDate(date, null, DateBasis.GIVEN, 1.0);
    return new Article(id, new SourceRef("test/" + id + ".txt", null, SourceFormat.values()[0], null),
        null, null, List.of(), pd, "en", body, null, List.of());
  }

  DocumentAnalysis analysis() {
    return new DocumentAnalysis(id, mentions, List.of(), List.of(), body.length() / 5);
  }

  /** Articles and analyses of several documents, for a resolver call. */
  record Run(List<Article> articles, List<DocumentAnalysis> analyses) {}

  static Run run(TestDocument... docs) {
    List<Article> a = new ArrayList<>();
    List<DocumentAnalysis> n = new ArrayList<>();
    for (TestDocument d : docs) {
      a.add(d.article());
      n.add(d.analysis());
    }
    return new Run(a, n);
  }
}
