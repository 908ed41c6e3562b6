package org.storyline.core.claim;

import java.util.Objects;

/**
 * The event a claim reports: PLOVER type, mode ({@code visit}, {@code meet}, {@code military},
 * {@code accuse}, ...) and the trigger word as written.
 */
public record EventFrame(EventType type, String mode, String trigger) {
  public EventFrame {
    Objects.requireNonNull(type, "type");
  }
}
