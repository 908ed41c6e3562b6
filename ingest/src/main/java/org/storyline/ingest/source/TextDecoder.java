package org.storyline.ingest.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes input bytes to characters: a byte-order mark wins, then a charset declared by the
 * transport (HTTP or WARC {@code Content-Type}), then for HTML a {@code <meta charset>} in the
 * first 4 KB, else UTF-8; bytes that are not valid UTF-8 and declare nothing are decoded in the
 * charset {@link CharsetGuess} detects (EUC-KR, windows-1251, KOI8-R, else windows-1252). Valid
 * UTF-8 that was itself doubly encoded is repaired ({@link Mojibake}).
 */
public final class TextDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private TextDecoder() {}

  /**
   * @param declaredCharset charset named by the transport, or null
   * @param html true to look for a {@code <meta charset>} declaration
   */
  public static String decode(byte[] bytes, int length, String declaredCharset, boolean html) {
    if (length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
      return new String(bytes, 3, length - 3, StandardCharsets.UTF_8);
    }
    if (length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return new String(bytes, 2, length - 2, StandardCharsets.UTF_16BE);
    }
    if (length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return new String(bytes, 2, length - 2, StandardCharsets.UTF_16LE);
    }
    Charset declared = charset(declaredCharset);
    if (declared == null && html) {
      String head = new String(bytes, 0, Math.min(length, 4096), StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.matcher(head);
      if (m.find()) {
        declared = charset(m.group(1));
      }
    }
    if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
      if (declared.equals(StandardCharsets.ISO_8859_1) || declared.name().equals("US-ASCII")) {
        declared = WINDOWS_1252; // as browsers do
      }
      return new String(bytes, 0, length, declared);
    }
    try {
      return Mojibake.repair(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, 0, length))
          .toString());
    } catch (CharacterCodingException e) {
      return new String(bytes, 0, length, CharsetGuess.of(bytes, length));
    }
  }

  static boolean hasUtf16Bom(byte[] bytes, int length) {
    return length >= 2
        && (((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff)
            || ((bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe));
  }

  private static Charset charset(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Charset.forName(name.trim().toLowerCase(Locale.ROOT));
    } catch (RuntimeException e) {
      return null;
    }
  }
}
