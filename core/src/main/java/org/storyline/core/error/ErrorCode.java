package org.storyline.core.error;

/** Every error storyline reports, each with its kind. */
public enum ErrorCode {
  INPUT_NOT_FOUND(ErrorKind.USER_ERROR),
  INPUT_UNREADABLE(ErrorKind.USER_ERROR),
  INPUT_EMPTY(ErrorKind.USER_ERROR),
  INPUT_BINARY(ErrorKind.USER_ERROR),
  INPUT_CORRUPT(ErrorKind.USER_ERROR),
  INPUT_TOO_LARGE(ErrorKind.USER_ERROR),
  INPUT_MALFORMED(ErrorKind.USER_ERROR),
  INPUT_UNSUPPORTED(ErrorKind.USER_ERROR),
  NO_MAIN_TEXT(ErrorKind.USER_ERROR),
  INVALID_ARGUMENT(ErrorKind.USER_ERROR),
  STORE_NOT_FOUND(ErrorKind.USER_ERROR),
  STORE_FAILURE(ErrorKind.EXTERNAL),
  NLP_FAILURE(ErrorKind.INTERNAL),
  NLP_TIMEOUT(ErrorKind.EXTERNAL),
  INTERNAL_ERROR(ErrorKind.INTERNAL);

  private final ErrorKind kind;

  ErrorCode(ErrorKind kind) {
    this.kind = kind;
  }

  public ErrorKind kind() {
    return kind;
  }
}
