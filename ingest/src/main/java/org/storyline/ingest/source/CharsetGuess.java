package org.storyline.ingest.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/**
 * Guesses the legacy charset of bytes that are not UTF-8 and declare none: Korean
 * ({@code EUC-KR}), Cyrillic ({@code windows-1251} or {@code KOI8-R}), else {@code windows-1252}.
 *
 * <p>Looks at words (runs of ASCII letters and bytes 0x80 and above). In Western European text
 * bytes above 0x7F are accents inside otherwise ASCII words; in Cyrillic and Korean text whole
 * words are made of them. When most such words are pure, the bytes are Korean if they decode
 * strictly as EUC-KR into mostly Hangul syllables, else Cyrillic: windows-1251 puts lower case
 * letters at 0xE0-0xFF and KOI8-R at 0xC0-0xDF, and running text is mostly lower case.
 */
final class CharsetGuess {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
  static final Charset KOI8_R = Charset.forName("KOI8-R");
  static final Charset EUC_KR = Charset.forName("EUC-KR");
  private static final int SAMPLE = 64 * 1024;

  private CharsetGuess() {}

  /** The likely charset of {@code bytes[0, length)}, which are not valid UTF-8. */
  static Charset of(byte[] bytes, int length) {
    int n = Math.min(length, SAMPLE);
    int pureWords = 0;
    int mixedWords = 0;
    int high = 0;
    int ascii = 0;
    for (int i = 0; i <= n; i++) {
      int b = i < n ? bytes[i] & 0xff : ' ';
      boolean asciiLetter = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
      if (b >= 0x80) {
        high++;
      } else if (asciiLetter) {
        ascii++;
      } else {
        if (high >= 2 && ascii == 0) {
          pureWords++;
        } else if (high > 0 && ascii > 0) {
          mixedWords++;
        }
        high = 0;
        ascii = 0;
      }
    }
    if (pureWords == 0 || pureWords < 2 * mixedWords) {
      return WINDOWS_1252;
    }
    if (mostlyHangul(bytes, n)) {
      return EUC_KR;
    }
    int upperRange = 0; // 0xC0-0xDF: upper case in windows-1251, lower case in KOI8-R
    int lowerRange = 0; // 0xE0-0xFF: lower case in windows-1251, upper case in KOI8-R
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b >= 0xe0) {
        lowerRange++;
      } else if (b >= 0xc0) {
        upperRange++;
      }
    }
    return upperRange > lowerRange ? KOI8_R : WINDOWS_1251;
  }

  private static boolean mostlyHangul(byte[] bytes, int n) {
    int end = n;
    if (n < bytes.length) {
      // do not cut a two-byte character in half at the end of the sample
      int highRun = 0;
      for (int i = n - 1; i >= 0 && (bytes[i] & 0xff) >= 0x80; i--) {
        highRun++;
      }
      end = n - (highRun % 2);
    }
    CharBuffer chars;
    try {
      chars = EUC_KR.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, 0, end));
    } catch (CharacterCodingException e) {
      return false;
    }
    int nonAscii = 0;
    int hangul = 0;
    for (int i = 0; i < chars.length(); i++) {
      char c = chars.charAt(i);
      if (c >= 0x80) {
        nonAscii++;
        if (c >= 0xac00 && c <= 0xd7a3) {
          hangul++;
        }
      }
    }
    return nonAscii > 0 && hangul * 10 >= nonAscii * 8;
  }
}
