package org.storyline.fuse.dating;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A document's date window narrowed by the corpus, with the evidence for it.
 *
 * @param document the narrowed document's id
 * @param earliest first day it may have been written
 * @param latest last day it may have been written
 * @param evidence one line per claim pair that narrowed it: its claim, the other document's
 *     claim of the same event and that claim's date
 */
public record Narrowing(String document, LocalDate earliest, LocalDate latest, List<String> evidence) {
  public Narrowing {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(earliest, "earliest");
    Objects.requireNonNull(latest, "latest");
    if (latest.isBefore(earliest)) {
      throw new IllegalArgumentException("narrowed window ends before it starts: " + earliest + " > " + latest);
    }
    evidence = List.copyOf(evidence);
  }
}
