package org.storyline.fuse.dating;

import java.time.LocalDate;
import org.storyline.core.claim.Claim;
import org.storyline.core.time.DateSpan;

/** Resolves a claim's date expression again, supplied by the time rules of the NLP module. */
@FunctionalInterface
public interface ClaimRedater {
  /**
   * The claim's date expression resolved as if its document were written between
   * {@code earliest} and {@code latest} inclusive; the claim's date unchanged when it cannot be
   * resolved again; never throws for a claim without a date (returns null then).
   */
  DateSpan redate(Claim claim, LocalDate earliest, LocalDate latest);
}
