package org.storyline.ingest.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storyline.core.document.DroppedBlock;
import org.storyline.core.document.Extraction;
import org.storyline.core.document.SourceDocument;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;
import org.storyline.core.stage.MainTextExtractor;

/**
 * Keeps the article of a scraped plain-text page and drops its chrome.
 *
 * <p>Each line is first judged on its own: chrome by {@link ChromeRules}, prose by
 * {@link SentenceShape#isSentence}, otherwise undecided. The body runs from the first to the last
 * prose line before an end-of-article marker ("You might also like", "More news", ...);
 * everything before it is header (where the headline is found and becomes the title) and
 * everything after it is dropped. Inside the body, undecided lines are kept when they are long
 * or announce a list ("Background:"), and dropped as {@code teaser} when headline-shaped (links
 * to other articles) or when they are the ellipsis-cut blurb of such a teaser. Paragraphs the
 * page repeats are kept once, as is a standfirst that a later paragraph repeats.
 */
public final class ScrapedTextExtractor implements MainTextExtractor {
  /** Fewest body words before an end marker counts as one. */
  private static final int MIN_WORDS_BEFORE_END = 40;

  private enum Kind { CHROME, PROSE, UNDECIDED }

  @Override
  public Extraction extract(SourceDocument document) {
    return extract(document.content(), document.source().describe());
  }

  /** Extracts from plain text; {@code name} names the input in errors. */
  public Extraction extract(String content, String name) {
    List<ScrapedLines.Line> lines = ScrapedLines.split(content);
    int n = lines.size();
    Kind[] kinds = new Kind[n];
    String[] reasons = new String[n];
    for (int i = 0; i < n; i++) {
      ScrapedLines.Line line = lines.get(i);
      String reason = ChromeRules.reason(line.text());
      if (reason != null) {
        kinds[i] = Kind.CHROME;
        reasons[i] = reason;
      } else if (SentenceShape.isSentence(line.text()) && !ChromeRules.isEndMarker(line.text())) {
        kinds[i] = Kind.PROSE;
      } else {
        kinds[i] = Kind.UNDECIDED;
      }
    }
    markCaptionEchoes(lines, kinds, reasons);
    markTeaserBlurbs(lines, kinds, reasons);

    int end = n;
    int words = 0;
    for (int i = 0; i < n; i++) {
      if (kinds[i] == Kind.PROSE) {
        words += SentenceShape.words(lines.get(i).text());
      } else if (kinds[i] != Kind.CHROME && ChromeRules.isEndMarker(lines.get(i).text())) {
        if (words >= MIN_WORDS_BEFORE_END) {
          end = i;
          break;
        }
        kinds[i] = Kind.CHROME;
        reasons[i] = "navigation";
      }
    }
    int first = -1;
    int last = -1;
    for (int i = 0; i < end; i++) {
      if (kinds[i] == Kind.PROSE) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    if (first < 0) {
      throw new StorylineException(ErrorCode.NO_MAIN_TEXT,
          name + ": no line of the text reads as article prose (" + n + " lines, all chrome or fragments)");
    }

    String[] decision = new String[n]; // null = keep
    String title = findTitle(lines, kinds, reasons, first);
    String titleKey = title == null ? null : key(title);
    for (int i = 0; i < n; i++) {
      String text = lines.get(i).text();
      if (i < first) {
        decision[i] = titleKey != null && key(text).equals(titleKey) ? "title" : header(kinds[i], reasons[i], text);
      } else if (i > last) {
        decision[i] = i >= end ? tail(kinds[i], reasons[i], text, true) : tail(kinds[i], reasons[i], text, false);
      } else if (kinds[i] == Kind.CHROME) {
        decision[i] = reasons[i];
      } else if (kinds[i] == Kind.UNDECIDED) {
        decision[i] = inBody(lines, decision, i, titleKey);
      } else if (titleKey != null && key(text).equals(titleKey)) {
        decision[i] = "title";
      }
    }
    dropRepeats(lines, decision);

    List<String> body = new ArrayList<>();
    List<DroppedBlock> dropped = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (decision[i] == null) {
        body.add(lines.get(i).text());
      } else {
        dropped.add(new DroppedBlock(lines.get(i).text(), decision[i]));
      }
    }
    return new Extraction(String.join("\n\n", body), title, dropped);
  }

  /** A caption followed by its own text plus a credit: the first copy is the caption too. */
  private static void markCaptionEchoes(List<ScrapedLines.Line> lines, Kind[] kinds, String[] reasons) {
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (kinds[i] == Kind.CHROME) {
        continue;
      }
      String a = key(lines.get(i).text());
      for (int j = i + 1; j < Math.min(lines.size(), i + 3); j++) {
        if (kinds[j] == Kind.CHROME && ("caption".equals(reasons[j]) || "credit".equals(reasons[j]))
            && a.length() >= 20 && key(lines.get(j).text()).startsWith(a)) {
          kinds[i] = Kind.CHROME;
          reasons[i] = "caption";
        }
      }
    }
  }

  /** A headline-shaped line followed by an ellipsis-cut paragraph is a teaser of another article. */
  private static void markTeaserBlurbs(List<ScrapedLines.Line> lines, Kind[] kinds, String[] reasons) {
    for (int i = 1; i < lines.size(); i++) {
      String prev = lines.get(i - 1).text();
      if (kinds[i] != Kind.CHROME && SentenceShape.ellipsis(lines.get(i).text())
          && kinds[i - 1] == Kind.UNDECIDED && SentenceShape.isHeadline(prev) && !ChromeRules.isEndMarker(prev)) {
        kinds[i - 1] = Kind.CHROME;
        reasons[i - 1] = "teaser";
        kinds[i] = Kind.CHROME;
        reasons[i] = "teaser";
      }
    }
  }

  private static String findTitle(List<ScrapedLines.Line> lines, Kind[] kinds, String[] reasons, int first) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < first; i++) {
      counts.merge(key(lines.get(i).text()), 1, Integer::sum);
    }
    String fallback = null;
    for (int i = 0; i < first; i++) {
      String text = lines.get(i).text();
      if (kinds[i] == Kind.CHROME || !SentenceShape.isHeadline(text) || ChromeRules.isEndMarker(text)) {
        continue;
      }
      if (counts.get(key(text)) > 1) {
        return text;
      }
      for (int j = i + 1; j < Math.min(first + 1, i + 5); j++) {
        if ("byline".equals(reasons[j]) || "dateline".equals(reasons[j])) {
          return text;
        }
        if (kinds[j] != Kind.CHROME) {
          break;
        }
      }
      if (fallback == null && SentenceShape.words(text) >= 4) {
        fallback = text;
      }
    }
    return fallback;
  }

  private static String header(Kind kind, String reason, String text) {
    if (kind == Kind.CHROME) {
      return reason;
    }
    return SentenceShape.isHeadline(text) ? "teaser" : "boilerplate";
  }

  private static String tail(Kind kind, String reason, String text, boolean afterEndMarker) {
    if (kind == Kind.CHROME) {
      return reason;
    }
    if (afterEndMarker) {
      return "related";
    }
    return SentenceShape.isHeadline(text) || SentenceShape.ellipsis(text) ? "teaser" : "boilerplate";
  }

  private static String inBody(List<ScrapedLines.Line> lines, String[] decision, int i, String titleKey) {
    ScrapedLines.Line line = lines.get(i);
    String text = line.text();
    int words = SentenceShape.words(text);
    if (titleKey != null && key(text).equals(titleKey)) {
      return "title";
    }
    if (ChromeRules.isEndMarker(text)) {
      return "related";
    }
    if (SentenceShape.ellipsis(text) && i > 0 && "teaser".equals(decision[i - 1])) {
      return "teaser";
    }
    if (line.bullet()) {
      return words >= 4 ? null : "list";
    }
    if (text.endsWith(":") && words <= 12) {
      return null; // a label announcing what follows ("Background:")
    }
    if (SentenceShape.isHeadline(text)) {
      return "teaser";
    }
    return words >= 6 ? null : "boilerplate";
  }

  /** Drops paragraphs already kept, and a paragraph a later kept one starts with (a standfirst). */
  private static void dropRepeats(List<ScrapedLines.Line> lines, String[] decision) {
    Set<String> seen = new HashSet<>();
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (decision[i] != null) {
        continue;
      }
      String k = key(lines.get(i).text());
      if (!seen.add(k)) {
        decision[i] = "repeated";
      } else {
        kept.add(i);
      }
    }
    for (int a = 0; a < kept.size(); a++) {
      int i = kept.get(a);
      String k = key(lines.get(i).text());
      if (k.length() < 40) {
        continue;
      }
      for (int b = a + 1; b < kept.size(); b++) {
        int j = kept.get(b);
        String other = key(lines.get(j).text());
        if (other.length() > k.length() && other.startsWith(k)) {
          decision[i] = "repeated";
          break;
        }
      }
    }
  }

  /** Lower-case letters and digits with single spaces: the identity of a paragraph. */
  static String key(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
