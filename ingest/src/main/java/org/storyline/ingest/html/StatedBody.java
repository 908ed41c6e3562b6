package org.storyline.ingest.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.core.document.DroppedBlock;

/**
 * Checks the extracted paragraphs against the article text the page states in JSON-LD
 * ({@code articleBody}) when that statement broadly matches the extraction: a paragraph of
 * {@value #MIN_WORDS} words or more whose words mostly do not occur in it (a teaser, a bio, a
 * product box inside the container) is dropped. Short paragraphs stay, since publishers often
 * leave sub-headings out of {@code articleBody}.
 */
final class StatedBody {
  /** Paragraphs shorter than this are kept whatever the statement says. */
  static final int MIN_WORDS = 8;
  /** Least share of a paragraph's words found in the statement for the paragraph to stay. */
  static final double MIN_SHARE = 0.4;
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private StatedBody() {}

  /** The paragraphs that the statement {@code articleBody} supports; the others go to {@code dropped}. */
  static List<String> keep(List<String> paragraphs, String articleBody, List<DroppedBlock> dropped) {
    Set<String> stated = words(articleBody);
    List<String> kept = new ArrayList<>();
    for (String p : paragraphs) {
      List<String> words = new ArrayList<>();
      Matcher m = WORD.matcher(p.toLowerCase(Locale.ROOT));
      while (m.find()) {
        words.add(m.group());
      }
      long in = words.stream().filter(stated::contains).count();
      if (words.size() >= MIN_WORDS && in < MIN_SHARE * words.size()) {
        dropped.add(new DroppedBlock(p, "unstated"));
      } else {
        kept.add(p);
      }
    }
    return kept;
  }

  private static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
