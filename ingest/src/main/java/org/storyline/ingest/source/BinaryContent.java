package org.storyline.ingest.source;

/**
 * Tells text from binary bytes: NUL bytes (outside UTF-16 text) or more than 10% control
 * characters in the first 8 KB mean binary.
 */
final class BinaryContent {
  private static final int SAMPLE = 8192;

  private BinaryContent() {}

  /** Returns a reason quoting the offending bytes if {@code bytes[0, length)} look binary, else null. */
  static String reason(byte[] bytes, int length) {
    if (TextDecoder.hasUtf16Bom(bytes, length)) {
      return null;
    }
    int n = Math.min(length, SAMPLE);
    int controls = 0;
    int firstControl = -1;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return "binary content: NUL byte at offset " + i + " (bytes " + Hex.of(bytes, Math.max(0, i - 4), length, 12) + ")";
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0b && b != 0x1b) {
        controls++;
        if (firstControl < 0) {
          firstControl = i;
        }
      }
    }
    if (n > 0 && controls * 10 > n) {
      return "binary content: " + controls + " control bytes in the first " + n + " bytes, first at offset "
          + firstControl + " (bytes " + Hex.of(bytes, firstControl, length, 12) + ")";
    }
    return null;
  }
}
