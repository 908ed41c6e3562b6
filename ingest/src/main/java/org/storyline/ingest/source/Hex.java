package org.storyline.ingest.source;

/** Renders a few bytes as spaced hex digits for problem messages ({@code 1f 8b 08}). */
final class Hex {
  private Hex() {}

  /** Up to {@code max} bytes of {@code bytes} starting at {@code from}. */
  static String of(byte[] bytes, int from, int length, int max) {
    StringBuilder sb = new StringBuilder();
    int end = Math.min(length, Math.min(bytes.length, from + max));
    for (int i = Math.max(0, from); i < end; i++) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(String.format("%02x", bytes[i] & 0xff));
    }
    return sb.toString();
  }
}
