package org.storyline.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MojibakeTest {
  private static final Charset CP1252 = Charset.forName("windows-1252");

  /**
   * Encodes as UTF-8 and reads the bytes back in {@code charset}, bytes the charset leaves
   * undefined becoming the control character of the same number, as browsers read them: the
   * damage a misconfigured CMS does.
   */
  private static String damage(String s, Charset charset) {
    StringBuilder out = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      String c = new String(new byte[] {b}, charset);
      out.append(c.equals("\uFFFD") ? String.valueOf((char) (b & 0xff)) : c);
    }
    return out.toString();
  }

  @Test
  void doublyEncodedTextIsRepaired() {
    String clean = "The envoy’s visit — planned for “early spring” — was confirmed in Pyongyang’s statement, "
        + "the ministry’s spokesman said. Café owners near the embassy weren’t told.";
    assertEquals(clean, Mojibake.repair(damage(clean, CP1252)));
    assertEquals(clean, Mojibake.repair(damage(clean, StandardCharsets.ISO_8859_1)));
  }

  @Test
  void cleanTextIsLeftAlone() {
    for (String s : new String[] {
        "Señor García met the délégation in Zürich; the Ã label stands alone here.",
        "A single â€™ mark is not enough evidence to touch the text.",
        "Plain ASCII about sanctions and shipments of artillery shells."}) {
      assertEquals(s, Mojibake.repair(s));
    }
  }

  @Test
  void seededRandomAccentedTextRoundTrips() {
    Random random = new Random(5);
    String alphabet = "aeiouéèüößñçåøœ’“”—–… ";
    for (int n = 0; n < 200; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 60; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String clean = sb.toString();
      String damaged = damage(clean, CP1252);
      String repaired = Mojibake.repair(damaged);
      // enough damage marks are always present in 60 such characters; the repair must restore it exactly
      if (!damaged.equals(repaired)) {
        assertEquals(clean, repaired);
      }
      assertEquals(clean, Mojibake.repair(clean));
    }
  }
}
