package org.storyline.ingest.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs text that was UTF-8, was decoded once as Latin-1 or windows-1252 and encoded again
 * ({@code letâ€™s} or {@code letâ\u0080\u0099s} for {@code let’s}, {@code Â } for a no-break
 * space): in each run of such characters, every stretch that forms one valid UTF-8 sequence when
 * turned back into its bytes, and decodes to a plausible character, is decoded; what forms
 * none stays. Text with fewer than
 * {@value #MIN_MARKS} marks of the damage is left alone, so a real "Ã" or "â" is never touched.
 */
public final class Mojibake {
  private static final int MIN_MARKS = 3;
  /** A UTF-8 lead byte read as Latin-1 followed by a continuation byte read as Latin-1 or windows-1252. */
  private static final Pattern MARK = Pattern.compile("[\\u00c2-\\u00f4][\\u0080-\\u00bf\\u20ac\\u201a\\u0192"
      + "\\u201e\\u2026\\u2020\\u2021\\u02c6\\u2030\\u0160\\u2039\\u0152\\u017d\\u2018\\u2019\\u201c\\u201d\\u2022"
      + "\\u2013\\u2014\\u02dc\\u2122\\u0161\\u203a\\u0153\\u017e\\u0178]");
  private static final Map<Character, Byte> CP1252 = new HashMap<>();

  static {
    String specials = "\u20ac\u0000\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u0000\u017d\u0000"
        + "\u0000\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u0000\u017e\u0178";
    for (int i = 0; i < specials.length(); i++) {
      if (specials.charAt(i) != 0) {
        CP1252.put(specials.charAt(i), (byte) (0x80 + i));
      }
    }
  }

  private Mojibake() {}

  /** {@code text} with doubly encoded UTF-8 runs decoded, or {@code text} itself if it shows no such damage. */
  public static String repair(String text) {
    Matcher m = MARK.matcher(text);
    int marks = 0;
    while (marks < MIN_MARKS && m.find()) {
      marks++;
    }
    if (marks < MIN_MARKS) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int end = i;
      while (end < text.length() && toByte(text.charAt(end)) >= 0) {
        end++;
      }
      if (end - i >= 2) {
        out.append(decodeRun(text.substring(i, end)));
        i = end;
      } else {
        out.append(text.charAt(i));
        i++;
      }
    }
    return out.toString();
  }

  /**
   * The run with each stretch that forms one valid UTF-8 sequence (a lead byte and its
   * continuation bytes) decoded; characters that form none stay as they are.
   */
  private static String decodeRun(String run) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < run.length()) {
      int lead = toByte(run.charAt(i));
      int length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 1;
      String decoded = length > 1 && i + length <= run.length() ? utf8(run.substring(i, i + length)) : null;
      if (decoded != null && plausible(decoded.codePointAt(0))) {
        out.append(decoded);
        i += length;
      } else {
        out.append(run.charAt(i));
        i++;
      }
    }
    return out.toString();
  }

  /**
   * True for what double encoding usually hides: letters of the Latin, Greek, Cyrillic, Armenian
   * and Hebrew blocks, and punctuation and symbols (quotes, dashes, the euro sign, the trade mark).
   * A clean text's "é“’" would decode to a CJK ideograph and stays.
   */
  private static boolean plausible(int codePoint) {
    return codePoint >= 0xa0 && codePoint <= 0x5ff || codePoint >= 0x2000 && codePoint <= 0x2bff || codePoint == 0xfeff;
  }

  /** The characters read as UTF-8 bytes, or null if they are not one valid sequence. */
  private static String utf8(String chars) {
    byte[] bytes = new byte[chars.length()];
    for (int k = 0; k < chars.length(); k++) {
      bytes[k] = (byte) toByte(chars.charAt(k));
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** The byte a high character stands for when read as Latin-1 or windows-1252, or -1. */
  private static int toByte(char c) {
    if (c >= 0x80 && c <= 0xff) {
      return c;
    }
    Byte b = CP1252.get(c);
    return b == null ? -1 : b & 0xff;
  }
}
