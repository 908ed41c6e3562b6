package org.storyline.core.document;

import java.util.List;
import java.util.Objects;
import org.storyline.core.time.PublicationDate;

/**
 * One input document as the pipeline keeps it: the contract's {@code Document} record plus the
 * audit of what extraction dropped.
 *
 * @param id stable id: the same input gives the same id
 * @param body main text; all offsets of mentions and claims point into it
 * @param duplicateOf id of the earliest copy this is a (near-)duplicate of, or null
 */
public record Article(
    String id,
    SourceRef source,
    String title,
    String outlet,
    List<String> authors,
    PublicationDate published,
    String language,
    String body,
    String duplicateOf,
    List<DroppedBlock> dropped) {
  public Article {
    if (id == null || id.isEmpty()) {
      throw new IllegalArgumentException("article id must not be empty");
    }
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(body, "body");
    authors = authors == null ? List.of() : List.copyOf(authors);
    dropped = dropped == null ? List.of() : List.copyOf(dropped);
    if (id.equals(duplicateOf)) {
      throw new IllegalArgumentException("article " + id + " cannot duplicate itself");
    }
  }

  public Article withDuplicateOf(String original) {
    return new Article(id, source, title, outlet, authors, published, language, body, original, dropped);
  }

  public Article withPublished(PublicationDate date) {
    return new Article(id, source, title, outlet, authors, date, language, body, duplicateOf, dropped);
  }
}
