package org.storyline.core.document;

import java.util.Objects;

/**
 * A block of the input left out of the body, kept for audit: its text and why it was dropped
 * (a short reason code such as {@code subscribe}, {@code advertisement}, {@code navigation},
 * {@code caption}, {@code teaser}, {@code repeated}, {@code form}, {@code share}).
 */
public record DroppedBlock(String text, String reason) {
  public DroppedBlock {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(reason, "reason");
  }
}
