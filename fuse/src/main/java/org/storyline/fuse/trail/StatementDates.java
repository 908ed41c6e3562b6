package org.storyline.fuse.trail;

import java.time.LocalDate;
import java.util.Locale;
import org.storyline.core.claim.Attribution;
import org.storyline.core.claim.Claim;
import org.storyline.core.document.Article;
import org.storyline.core.time.DateSpan;
import org.storyline.core.time.Granularity;
import org.storyline.core.time.PublicationDate;

/**
 * When a claim was made. The claim's date dates the statement, not the reported happening,
 * when the claim is attributed and its date expression stands before the attribution cue
 * ("In July, the minister revealed that ...") or right after it ("reported in September 2022
 * that ..."; at most a short preposition between). When the extractor gave the fronted date to
 * the speech verb and not to the claim, a calendar phrase before the cue is read directly
 * ({@link LeadingDates}). Otherwise the claim was made when its document was published.
 */
public final class StatementDates {
  private static final int MAX_GAP = 4;

  private StatementDates() {}

  /** The date the claim was made; an unknown span when neither rule gives one. */
  public static DateSpan of(Claim claim, Article article) {
    if (datesStatement(claim)) {
      return claim.date();
    }
    DateSpan fronted = frontedDate(claim, article);
    if (fronted != null) {
      return fronted;
    }
    if (article != null && article.published() != null) {
      return fromPublication(article.published());
    }
    return DateSpan.unknown(null, null, "document");
  }

  /**
   * A date phrase standing before the attribution cue ("In July, the minister revealed ..."),
   * read with the publication date as anchor; null if there is none.
   */
  static DateSpan frontedDate(Claim claim, Article article) {
    Attribution a = claim.attribution();
    if (a == null) {
      return null;
    }
    String anchorText = a.cue() != null && !a.cue().isBlank() ? a.cue()
        : a.speaker() != null ? a.speaker().name() : null;
    if (anchorText == null) {
      return null;
    }
    int cue = claim.sentence().toLowerCase(Locale.ROOT).indexOf(anchorText.toLowerCase(Locale.ROOT));
    LocalDate anchor = article == null || article.published() == null ? null : article.published().latest();
    return LeadingDates.before(claim.sentence(), cue, anchor);
  }

  /** True if the claim's own date is the date of the attributed statement. */
  static boolean datesStatement(Claim claim) {
    DateSpan d = claim.date();
    Attribution a = claim.attribution();
    if (d == null || !d.isPlaced() || d.text() == null || d.text().isBlank() || a == null) {
      return false;
    }
    String sentence = claim.sentence().toLowerCase(Locale.ROOT);
    int date = sentence.indexOf(d.text().toLowerCase(Locale.ROOT));
    String anchor = a.cue() != null && !a.cue().isBlank() ? a.cue()
        : a.speaker() != null ? a.speaker().name() : null;
    if (date < 0 || anchor == null) {
      return false;
    }
    int cue = sentence.indexOf(anchor.toLowerCase(Locale.ROOT));
    if (cue < 0) {
      return false;
    }
    return date < cue || date >= cue + anchor.length() && date - (cue + anchor.length()) <= MAX_GAP;
  }

  /** A publication date as a span at its precision. */
  public static DateSpan fromPublication(PublicationDate p) {
    return switch (p.granularity()) {
      case DAY -> DateSpan.day(p.day(), null, "document");
      case MONTH -> DateSpan.month(p.earliest().getYear(), p.earliest().getMonthValue(), null, "document");
      default -> p.granularity() == Granularity.YEAR
          ? DateSpan.year(p.earliest().getYear(), null, "document")
          : DateSpan.unknown(p.date(), null, "document");
    };
  }
}
