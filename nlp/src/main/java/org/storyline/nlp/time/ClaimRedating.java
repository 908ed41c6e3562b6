package org.storyline.nlp.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.storyline.core.claim.Claim;
import org.storyline.core.claim.Stance;
import org.storyline.core.document.Article;
import org.storyline.core.document.DroppedBlock;
import org.storyline.core.time.DateSpan;
import org.storyline.core.time.Granularity;

/**
 * Dates claims again after analysis, when a document's date window has been narrowed by
 * evidence from other documents: what the document itself says of its date, and a claim's date
 * expression resolved once more, from its sentence, against another window. Stateless and
 * thread-safe; both methods fit the corpus-level stage's functional interfaces as method
 * references ({@code ClaimRedating::windowOf}, {@code ClaimRedating::redate}).
 */
public final class ClaimRedating {
  /** Dropped blocks whose text is written about the article's own moment (photo captions). */
  private static final Set<String> CAPTION_REASONS = Set.of("caption", "credit");
  private static final TemporalResolver RESOLVER = new TemporalResolver();
  private static final DocumentDateInference INFERENCE = new DocumentDateInference();
  /** The modifier of an end bound the claim stage derives from a dated report. */
  private static final String BY_THEN = "before";

  private ClaimRedating() {}

  /**
   * What is known of the article's date: its publication date if it has one, else the window
   * {@link DocumentDateInference} infers from its body and captions.
   */
  public static Anchor anchorOf(Article article) {
    Objects.requireNonNull(article, "article");
    if (article.published() != null) {
      return Anchor.of(article.published());
    }
    List<String> captions = new ArrayList<>();
    for (DroppedBlock b : article.dropped()) {
      if (b.reason() != null && CAPTION_REASONS.contains(b.reason().toLowerCase(Locale.ROOT))) {
        captions.add(b.text());
      }
    }
    return INFERENCE.infer(article.body(), captions);
  }

  /**
   * The article's own date window as a span: {@code start} the first and {@code end} the last
   * day it may have been written (either may be null when open), granularity UNKNOWN, basis
   * where that comes from; null when nothing is known.
   */
  public static DateSpan windowOf(Article article) {
    Anchor a = anchorOf(article);
    if (a.isUnknown()) {
      return null;
    }
    return new DateSpan(a.earliest(), a.latest(), Granularity.UNKNOWN, null, null, a.basis(), null);
  }

  /**
   * The claim's date expression (its date's {@code text}, found again in its sentence) resolved
   * as if the document were written between {@code earliest} and {@code latest} inclusive. The
   * tense is FUTURE for a planned claim, else the text-only guess of the expression's clause.
   * Returns the claim's date unchanged when it has none, when its expression is not found in
   * the sentence or when it is explicit; a date placed against the window has basis "inferred".
   * A date that was an end bound ({@code before}: what had happened by a report's day) stays an
   * end bound on the re-resolved day.
   */
  public static DateSpan redate(Claim claim, LocalDate earliest, LocalDate latest) {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(earliest, "earliest");
    Objects.requireNonNull(latest, "latest");
    DateSpan old = claim.date();
    if (old == null || old.text() == null || "explicit".equals(old.basis())) {
      return old;
    }
    String sentence = claim.sentence();
    Anchor window = new Anchor(earliest, latest, "inferred");
    TenseAt tense = (s, e) -> claim.stance() == Stance.PLANNED ? Tense.FUTURE : TenseGuess.near(sentence, s, e);
    ResolvedTime same = null;
    for (ResolvedTime t : RESOLVER.resolve(sentence, 0, sentence.length(), window, tense)) {
      if (t.text().equals(old.text()) && (same == null || Objects.equals(t.date().modifier(), old.modifier()))) {
        same = same == null || !Objects.equals(same.date().modifier(), old.modifier()) ? t : same;
      }
    }
    if (same == null) {
      return old;
    }
    DateSpan d = same.date();
    String basis = "document".equals(d.basis()) ? "inferred" : d.basis();
    if (BY_THEN.equals(old.modifier()) && !BY_THEN.equals(d.modifier())) {
      // the claim stage made the report's day an end bound ("had obtained evidence, he said on
      // January 11": by then); the expression alone resolves to the day, which must stay a bound
      return d.isPlaced() ? new DateSpan(null, d.end(), d.granularity(), d.value(), d.text(), basis, BY_THEN) : old;
    }
    return "document".equals(d.basis())
        ? new DateSpan(d.start(), d.end(), d.granularity(), d.value(), d.text(), basis, d.modifier()) : d;
  }
}
