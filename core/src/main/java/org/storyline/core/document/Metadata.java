package org.storyline.core.document;

import java.util.List;
import org.storyline.core.time.PublicationDate;

/**
 * What is known about a document besides its text; any field may be null (authors empty).
 */
public record Metadata(
    String title, String outlet, List<String> authors, PublicationDate published, String language) {
  public Metadata {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }
}
