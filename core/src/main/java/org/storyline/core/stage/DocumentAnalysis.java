package org.storyline.core.stage;

import java.util.List;
import org.storyline.core.claim.Claim;
import org.storyline.core.entity.Mention;
import org.storyline.core.time.DateSpan;

/**
 * What NLP finds in one article: mentions of actors, claims (their {@code EntityRef}s carry
 * spans but no entity ids yet), the time expressions resolved against the document date, and
 * the number of tokens read.
 */
public record DocumentAnalysis(
    String document, List<Mention> mentions, List<Claim> claims, List<TimeMention> times, int tokens) {
  public DocumentAnalysis {
    mentions = List.copyOf(mentions);
    claims = List.copyOf(claims);
    times = List.copyOf(times);
  }

  /** A time expression in the body with its resolved span. */
  public record TimeMention(int start, int end, String text, DateSpan date) {}
}
