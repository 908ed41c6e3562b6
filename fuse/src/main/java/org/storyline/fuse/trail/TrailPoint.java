package org.storyline.fuse.trail;

import java.util.Objects;
import org.storyline.core.claim.Bound;
import org.storyline.core.time.DateSpan;

/**
 * One reported number on a trail.
 *
 * @param claimId the claim that reports it
 * @param document the claim's document
 * @param claimDate when the claim was made: the claim's own date when the sentence dates the
 *     statement ("In July, Shin revealed ..."), else the document's publication date, else an
 *     unknown span
 * @param claimant who makes the claim: the speaker's name, else the outlet (else the document id)
 * @param value the number
 * @param low lower end of a range or vague amount, or null
 * @param high upper end, or null
 * @param bound how the number bounds the true one
 * @param text the quantity phrase as written
 */
public record TrailPoint(String claimId, String document, DateSpan claimDate, String claimant,
    double value, Double low, Double high, Bound bound, String text) {
  public TrailPoint {
    Objects.requireNonNull(claimId, "claimId");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(claimDate, "claimDate");
    Objects.requireNonNull(claimant, "claimant");
    Objects.requireNonNull(bound, "bound");
    Objects.requireNonNull(text, "text");
  }
}
