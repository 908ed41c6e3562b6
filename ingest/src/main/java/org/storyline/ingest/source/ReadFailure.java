package org.storyline.ingest.source;

import java.util.Objects;
import org.storyline.core.error.ErrorCode;

/** Why one input or record could not be read; turned into an {@code InputProblem} by the reader. */
final class ReadFailure extends Exception {
  private final ErrorCode code;

  ReadFailure(ErrorCode code, String reason) {
    super(reason);
    this.code = Objects.requireNonNull(code, "code");
  }

  ErrorCode code() {
    return code;
  }
}
