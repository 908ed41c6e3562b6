package org.storyline.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Pages in legacy encodings come out as correct Unicode: the bytes are made with Java's charset
 * encoders from text written for these tests, then decoded with the charset declared by the
 * transport, by a meta tag, or with none at all.
 */
class LegacyEncodingTest {
  private static final String RUSSIAN = "Министр обороны России прибыл в Пхеньян для переговоров о военном "
      + "сотрудничестве. По словам источников, стороны обсудили поставки снарядов и обучение "
      + "специалистов; соглашение подписано в среду.";
  private static final String UKRAINIAN_BULGARIAN = "Делегацията на Министерството на външните работи пристигна "
      + "в столицата, за да обсъди нов договор за сигурност и доставки на енергия.";
  private static final String KOREAN = "북한과 러시아는 군사 협력을 강화하기로 합의했다고 관영 매체가 보도했다. "
      + "국방부 관계자는 수천 명의 병력이 파견되었을 가능성이 있다고 말했다.";
  private static final String FRENCH = "Le ministre des Affaires étrangères a déclaré que la coopération militaire "
      + "entre les deux pays était préoccupante et qu'une réunion aurait lieu à Genève.";
  private static final String GERMAN = "Die Außenminister trafen sich am Donnerstag in München, um über "
      + "Sanktionen und Waffenlieferungen zu sprechen; eine Einigung wurde für später erwartet.";

  private static final String SYLLABLES = "가나다라마바사아자차카타파하국민정부회담군사협력한의에는을를이";

  private static byte[] encode(String text, String charset) {
    return text.getBytes(Charset.forName(charset));
  }

  private static String html(String body, String meta) {
    return "<!doctype html><html><head>" + meta + "<title>t</title></head><body><article><p>" + body
        + "</p></article></body></html>";
  }

  @ParameterizedTest
  @CsvSource({"windows-1251", "KOI8-R", "EUC-KR", "windows-1252", "UTF-8"})
  void undeclaredCharsetIsDetected(String charset) {
    String text = switch (charset) {
      case "windows-1251", "KOI8-R" -> RUSSIAN;
      case "EUC-KR" -> KOREAN;
      case "windows-1252" -> FRENCH;
      default -> KOREAN + " " + RUSSIAN;
    };
    byte[] bytes = encode(html(text, ""), charset);
    String decoded = TextDecoder.decode(bytes, bytes.length, null, true);
    assertTrue(decoded.contains(text), charset + " -> " + decoded);
  }

  @ParameterizedTest
  @CsvSource({"windows-1251", "KOI8-R", "EUC-KR"})
  void metaTagsAreHonoured(String charset) {
    String text = charset.equals("EUC-KR") ? KOREAN : RUSSIAN;
    for (String meta : new String[] {"<meta charset=\"" + charset + "\">",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + charset.toLowerCase() + "\">"}) {
      byte[] bytes = encode(html(text, meta), charset);
      assertTrue(TextDecoder.decode(bytes, bytes.length, null, true).contains(text), meta);
    }
  }

  @Test
  void transportCharsetBeatsTheMetaTag() {
    // a page re-encoded by a proxy: the header tells the truth, the stale meta tag does not
    byte[] bytes = encode(html(RUSSIAN, "<meta charset=\"windows-1251\">"), "KOI8-R");
    assertTrue(TextDecoder.decode(bytes, bytes.length, "koi8-r", true).contains(RUSSIAN));
  }

  @Test
  void plainTextInLegacyEncodingsIsDetected() {
    for (String[] c : new String[][] {{UKRAINIAN_BULGARIAN, "windows-1251"}, {UKRAINIAN_BULGARIAN, "KOI8-U"},
        {KOREAN, "EUC-KR"}, {GERMAN, "windows-1252"}, {GERMAN + " " + FRENCH, "ISO-8859-1"}}) {
      if (c[1].equals("KOI8-U")) {
        // Bulgarian has no letters outside KOI8-R, so KOI8-U bytes read back the same
        c[1] = "KOI8-R";
      }
      byte[] bytes = encode(c[0], c[1]);
      assertEquals(c[0], TextDecoder.decode(bytes, bytes.length, null, false), c[1]);
    }
  }

  @Test
  void seededRandomCyrillicAndHangulTextRoundTrips() {
    Random random = new Random(20241125L);
    String cyr = "абвгдежзийклмнопрстуфхцчшщыьэюя";
    for (int round = 0; round < 40; round++) {
      // a leading "юя" or "яю" would be the bytes of a UTF-16 byte-order mark, which wins (as in browsers)
      StringBuilder ru = new StringBuilder("Сегодня ");
      StringBuilder ko = new StringBuilder();
      for (int w = 0; w < 30; w++) {
        int len = 1 + random.nextInt(9);
        for (int i = 0; i < len; i++) {
          char ch = cyr.charAt(random.nextInt(cyr.length()));
          ru.append(i == 0 && random.nextInt(5) == 0 ? Character.toUpperCase(ch) : ch);
          // common syllables only: EUC-KR holds the 2,350 most used Hangul syllables
          ko.append(SYLLABLES.charAt(random.nextInt(SYLLABLES.length())));
        }
        ru.append(random.nextInt(8) == 0 ? ", " : " ");
        ko.append(random.nextInt(8) == 0 ? ". " : " ");
      }
      for (String charset : new String[] {"windows-1251", "KOI8-R"}) {
        byte[] bytes = encode(ru.toString(), charset);
        assertEquals(ru.toString(), TextDecoder.decode(bytes, bytes.length, null, false), charset + " round " + round);
      }
      byte[] bytes = encode(ko.toString(), "EUC-KR");
      assertEquals(ko.toString(), TextDecoder.decode(bytes, bytes.length, null, false), "EUC-KR round " + round);
    }
  }

  @Test
  void utf8StaysUtf8() {
    byte[] bytes = (RUSSIAN + KOREAN + FRENCH).getBytes(StandardCharsets.UTF_8);
    assertEquals(RUSSIAN + KOREAN + FRENCH, TextDecoder.decode(bytes, bytes.length, null, false));
  }
}
