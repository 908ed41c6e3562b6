package org.storyline.ingest.source;

import org.storyline.core.error.ErrorCode;

/** Turns the raw bytes of one document into checked, decoded text. */
final class Decoded {
  private Decoded() {}

  /**
   * @throws ReadFailure {@code INPUT_EMPTY} for no bytes or only whitespace, {@code INPUT_BINARY}
   *     for binary bytes
   */
  static String text(byte[] bytes, int length, String declaredCharset, boolean html, String what)
      throws ReadFailure {
    if (length == 0) {
      throw new ReadFailure(ErrorCode.INPUT_EMPTY, what + " is empty (0 bytes)");
    }
    String binary = BinaryContent.reason(bytes, length);
    if (binary != null) {
      throw new ReadFailure(ErrorCode.INPUT_BINARY, binary);
    }
    String text = TextDecoder.decode(bytes, length, declaredCharset, html);
    if (text.isBlank()) {
      throw new ReadFailure(ErrorCode.INPUT_EMPTY, what + " holds only whitespace (" + length + " bytes)");
    }
    return text;
  }
}
