package org.storyline.fuse.dating;

import java.util.HashSet;
import java.util.Set;
import org.storyline.core.claim.Claim;
import org.storyline.core.claim.ClaimKind;
import org.storyline.core.entity.EntityRef;

/**
 * Whether two claims of different documents report the same event, strictly enough to carry a
 * date from one to the other: both are event claims of the same type and mode, and they share
 * at least two resolved entities among their actors and place ("Putin ... go to North Korea" and
 * "Putin visited North Korea" share Putin and North Korea).
 */
final class SameEvent {
  /** Shared entities needed. */
  static final int MIN_SHARED = 2;

  private SameEvent() {}

  static boolean test(Claim a, Claim b) {
    if (a.kind() != ClaimKind.EVENT || b.kind() != ClaimKind.EVENT || a.event() == null || b.event() == null
        || a.document().equals(b.document())) {
      return false;
    }
    if (a.event().type() != b.event().type() || !java.util.Objects.equals(a.event().mode(), b.event().mode())) {
      return false;
    }
    Set<String> shared = entities(a);
    shared.retainAll(entities(b));
    return shared.size() >= MIN_SHARED;
  }

  private static Set<String> entities(Claim c) {
    Set<String> out = new HashSet<>();
    for (EntityRef r : c.actors()) {
      if (r.entity() != null) {
        out.add(r.entity());
      }
    }
    if (c.place() != null && c.place().entity() != null) {
      out.add(c.place().entity());
    }
    return out;
  }
}
