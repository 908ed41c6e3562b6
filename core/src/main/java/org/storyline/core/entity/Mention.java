package org.storyline.core.entity;

import java.util.Objects;
import org.storyline.core.text.Span;

/**
 * One mention of an actor or thing in a document body.
 *
 * @param document the article id
 * @param span offsets into the article body
 * @param text the covered text, exactly as in the body
 * @param type the type the mention was recognised as
 * @param key a normalised lookup key proposed by the recogniser (a knowledge-base id such as
 *     {@code kb:Q...} or a canonical name), or null; resolution may use it
 */
public record Mention(String document, Span span, String text, EntityType type, String key) {
  public Mention {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    if (span.length() != text.length()) {
      throw new IllegalArgumentException("mention text '" + text + "' does not fit span " + span);
    }
  }
}
