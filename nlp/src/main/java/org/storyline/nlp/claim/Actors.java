package org.storyline.nlp.claim;

import java.util.List;
import org.storyline.core.entity.EntityRef;

/** The actors of one trigger (sources first, then targets) and the place, or null. */
public record Actors(List<EntityRef> refs, EntityRef place) {
  public Actors {
    refs = List.copyOf(refs);
  }

  /** True if some actor has the role {@code source}. */
  public boolean hasSource() {
    return refs.stream().anyMatch(r -> "source".equals(r.role()));
  }

  /** True if some actor has the role {@code target}. */
  public boolean hasTarget() {
    return refs.stream().anyMatch(r -> "target".equals(r.role()));
  }
}
