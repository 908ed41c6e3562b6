package org.storyline.core.document;

import java.util.List;
import java.util.Objects;

/**
 * What main-text extraction keeps and drops of one input document.
 *
 * @param body the article text: paragraphs separated by one blank line ({@code "\n\n"})
 * @param title the headline found in the page or text, or null
 * @param dropped the blocks left out, in input order, each with a reason
 */
public record Extraction(String body, String title, List<DroppedBlock> dropped) {
  public Extraction {
    Objects.requireNonNull(body, "body");
    dropped = List.copyOf(dropped);
  }
}
