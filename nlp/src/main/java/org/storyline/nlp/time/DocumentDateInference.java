package org.storyline.nlp.time;

import java.util.List;
import java.util.Optional;
import org.storyline.core.time.PublicationDate;

/** Infers a window for the date of a document that carries none, from the dates it mentions. */
public final class DocumentDateInference {
  /** A window for the document date from its body and extra texts (captions); unknown if none. */
  public Anchor infer(String body, List<String> extraTexts) {
    return Anchor.unknown();
  }

  /** The coarsest honest publication date the anchor supports, or empty. */
  public Optional<PublicationDate> asPublicationDate(Anchor anchor) {
    return Optional.empty();
  }
}
