package org.storyline.nlp.claim;

import java.util.Objects;
import org.storyline.core.claim.Attribution;

/** An attribution found in a sentence and the token of its cue (0 when the cue is not a token). */
public record FoundAttribution(Attribution attribution, int cueToken) {
  public FoundAttribution {
    Objects.requireNonNull(attribution, "attribution");
  }
}
