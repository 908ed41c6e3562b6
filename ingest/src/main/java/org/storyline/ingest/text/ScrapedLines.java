package org.storyline.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits scraped text into its lines, normalising spaces and bullet glyphs, and joining the
 * lines of hard-wrapped paragraphs when the text is wrapped at a fixed width.
 */
final class ScrapedLines {
  private static final Pattern BULLET = Pattern.compile("^([•·▪●◦‣∙■□➤►▶✓✔-]|\\*(?=\\s+\\p{Lu}))\\s+");

  /** One line: its text without bullet glyph, and whether it was a bullet item. */
  record Line(String text, boolean bullet) {}

  private ScrapedLines() {}

  static List<Line> split(String content) {
    String text = content.replace("\r\n", "\n").replace('\r', '\n')
        .replace('\u00a0', ' ').replace('\u2009', ' ').replace('\u202f', ' ').replace("\u200b", "")
        .replace("\ufeff", "");
    String[] raw = text.split("\n", -1);
    List<String> lines = new ArrayList<>(raw.length);
    for (String r : raw) {
      lines.add(r.strip().replaceAll("[ \\t]{2,}", " "));
    }
    if (hardWrapped(lines)) {
      lines = joinWrapped(lines);
    }
    List<Line> out = new ArrayList<>();
    for (String l : lines) {
      if (l.isEmpty() || l.chars().noneMatch(Character::isLetterOrDigit)) {
        continue;
      }
      var m = BULLET.matcher(l);
      if (m.find()) {
        out.add(new Line(l.substring(m.end()).strip(), true));
      } else {
        out.add(new Line(l, false));
      }
    }
    return out;
  }

  /**
   * Wrapped text: most lines followed by another non-blank line are 40-100 characters long and
   * at least two of them end mid-sentence with the next line going on in lower case.
   */
  private static boolean hardWrapped(List<String> lines) {
    int continued = 0;
    int midSentence = 0;
    int longish = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      String a = lines.get(i);
      String b = lines.get(i + 1);
      if (a.isEmpty() || b.isEmpty()) {
        continue;
      }
      continued++;
      if (a.length() >= 40 && a.length() <= 100) {
        longish++;
      }
      if (!SentenceShape.terminated(a) && Character.isLowerCase(b.codePointAt(0))) {
        midSentence++;
      }
    }
    return continued >= 3 && midSentence >= 2 && longish * 10 >= continued * 7;
  }

  private static List<String> joinWrapped(List<String> lines) {
    List<String> out = new ArrayList<>();
    StringBuilder para = new StringBuilder();
    for (String l : lines) {
      if (l.isEmpty() || BULLET.matcher(l).find()) {
        if (para.length() > 0) {
          out.add(para.toString());
          para.setLength(0);
        }
        if (!l.isEmpty()) {
          para.append(l);
        }
        continue;
      }
      if (para.length() > 0 && para.length() < 40) {
        out.add(para.toString()); // a short line ends its paragraph (a heading or a label)
        para.setLength(0);
      }
      if (para.length() > 0) {
        para.append(' ');
      }
      para.append(l);
    }
    if (para.length() > 0) {
      out.add(para.toString());
    }
    return out;
  }
}
