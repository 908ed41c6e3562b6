package org.storyline.core.error;

import java.util.Objects;

/** The one exception type of storyline: a code, its kind, and a message that names the input. */
public final class StorylineException extends RuntimeException {
  private final ErrorCode code;

  public StorylineException(ErrorCode code, String message) {
    this(code, message, null);
  }

  public StorylineException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code, "code");
  }

  public ErrorCode code() {
    return code;
  }

  public ErrorKind kind() {
    return code.kind();
  }

  @Override
  public String toString() {
    return code + ": " + getMessage();
  }
}
