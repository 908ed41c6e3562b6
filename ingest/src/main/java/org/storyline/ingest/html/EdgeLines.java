package org.storyline.ingest.html;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.storyline.core.document.DroppedBlock;
import org.storyline.ingest.meta.DateText;
import org.storyline.ingest.text.SentenceShape;

/**
 * Drops page furniture that stands at the edges of the article body: at the head, before the
 * first sentence, short byline and date lines ("Last updated on 8 May 2024 by Ann Lee", "June 11, 2025 • 5 min");
 * at the tail, the author's biography (a paragraph that opens with a declared author's name, or
 * with a name followed by a role such as editor, founder or professor) and sign-off lines
 * (licence notes, newsletter and form prompts, "Latest posts by ...", short links).
 */
final class EdgeLines {
  /** Paragraphs at each edge that are examined. */
  private static final int EDGE = 3;
  /** Longest byline or date line, in words. */
  private static final int DATELINE_WORDS = 16;
  /** Longest biography paragraph, in words. */
  private static final int BIO_WORDS = 90;
  private static final Pattern NAME_THEN_VERB = Pattern.compile(
      "^(\\p{Lu}[\\p{L}.'’-]+\\s+){1,3}(\\(@?\\w+\\)\\s+)?(is|was|has|holds|worked|works|writes|covers|joined|"
          + "leads|serves|teaches|lives)\\b");
  private static final Pattern ROLE = Pattern.compile(
      "\\b(founder|co-founder|editor|writer|journalist|reporter|author|contributor|correspondent|professor|"
          + "columnist|blogger|photographer|instructor|nutritionist|dietitian|freelance|content (writer|"
          + "strategist|marketer)|staff writer|managing editor|senior editor|phd|mba|graduate of|holds a)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SIGN_OFF = Pattern.compile(
      "^latest posts by|is licensed under|creative commons|something went wrong|unsubscribe|respect your privacy|"
          + "receive (our )?(emails|notifications|updates|newsletter)|notifications about new posts|^short link\\s*:|"
          + "all rights reserved|^tags?\\s*:|^filed under\\s*:|^categories\\s*:|^share this\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern BYLINE_CUE = Pattern.compile(
      "\\b(by|updated|published|posted|written|min(ute)?s?( read)?|read)\\b|[•·|]", Pattern.CASE_INSENSITIVE);

  private EdgeLines() {}

  /** Removes edge furniture from {@code paragraphs}, recording it; {@code authors} are the page's declared authors. */
  static void trim(List<String> paragraphs, List<String> authors, List<DroppedBlock> dropped) {
    for (int i = 0; i < Math.min(EDGE, paragraphs.size()); i++) {
      String p = paragraphs.get(i);
      if (SentenceShape.isSentence(p)) {
        break; // the byline zone ends where the prose starts
      }
      if (paragraphs.size() > 1 && isDateline(p)) {
        dropped.add(new DroppedBlock(paragraphs.remove(i), "dateline"));
        i--;
      }
    }
    int examined = 0;
    for (int i = paragraphs.size() - 1; i > 0 && examined < EDGE; i--, examined++) {
      String p = paragraphs.get(i);
      String reason = tailReason(p, authors);
      if (reason != null) {
        dropped.add(new DroppedBlock(paragraphs.remove(i), reason));
      }
    }
  }

  /** A short line with a full date and byline cues (or nothing but the date), not a sentence. */
  static boolean isDateline(String p) {
    int words = SentenceShape.words(p);
    if (words > DATELINE_WORDS || DateText.first(p) == null) {
      return false;
    }
    return !SentenceShape.terminated(p) || BYLINE_CUE.matcher(p).find() && words <= 10;
  }

  /** Why a paragraph at the tail is not article text, or null. */
  static String tailReason(String p, List<String> authors) {
    if (SIGN_OFF.matcher(p).find() && SentenceShape.words(p) <= 40) {
      return "boilerplate";
    }
    if (SentenceShape.words(p) > BIO_WORDS) {
      return null;
    }
    String lower = p.toLowerCase(Locale.ROOT);
    for (String author : authors) {
      if (author.contains(" ") && lower.startsWith(author.toLowerCase(Locale.ROOT) + " ")
          && NAME_THEN_VERB.matcher(p).find()) {
        return "author-bio";
      }
    }
    return NAME_THEN_VERB.matcher(p).find() && ROLE.matcher(p).find() ? "author-bio" : null;
  }
}
