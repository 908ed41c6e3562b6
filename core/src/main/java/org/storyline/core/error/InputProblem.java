package org.storyline.core.error;

import java.util.Objects;

/**
 * A failure to read or process one input (or one record of it), reported while the run goes on.
 *
 * @param path the file as given
 * @param locator the record or line within the file, or null
 * @param stage the stage that failed ({@code read}, {@code extract}, {@code nlp}, ...)
 * @param code the error code
 * @param reason a clear, human-readable reason
 */
public record InputProblem(String path, String locator, String stage, ErrorCode code, String reason) {
  public InputProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(reason, "reason");
  }

  /** One line for the user: {@code path (locator): stage: reason [CODE]}. */
  public String describe() {
    return path + (locator == null ? "" : " (" + locator + ")") + ": " + stage + ": " + reason + " [" + code + "]";
  }
}
