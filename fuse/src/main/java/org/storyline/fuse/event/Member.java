package org.storyline.fuse.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storyline.core.claim.Claim;
import org.storyline.core.claim.EventType;
import org.storyline.core.claim.Stance;
import org.storyline.core.entity.EntityRef;

/**
 * An event claim as fusion sees it, with what matching needs computed once: participants
 * (actors whose role is {@code source}, {@code target} or none), their blocking keys, the date
 * window and rank, and the mode family.
 */
record Member(
    Claim claim,
    EventType type,
    String modeFamily,
    List<EntityRef> participants,
    Set<String> keys,
    DateWindow window,
    int rank) {

  /** Roles that name no participant of the event itself. */
  private static final Set<String> NON_PARTICIPANT_ROLES =
      Set.of("speaker", "cited", "place", "instrument", "item", "weapon", "theme", "object");

  /** Processing order: finest dates first, then by date, then by claim id. */
  static final Comparator<Member> ORDER = Comparator.comparingInt(Member::rank)
      .thenComparing(m -> m.window == null ? null : m.window.start(),
          Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(m -> m.window == null ? null : m.window.end(),
          Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(m -> m.claim.id());

  static Member of(Claim claim) {
    return of(claim, claim.actors());
  }

  /**
   * The member of a claim whose actors fusion reads as {@code actors} (the claim's own, with
   * descriptions read as the state they stand for: {@link StateDescriptions}).
   */
  static Member of(Claim claim, List<EntityRef> actors) {
    List<EntityRef> participants = new ArrayList<>();
    Set<String> keys = new LinkedHashSet<>();
    for (EntityRef a : actors) {
      if (isParticipant(a)) {
        participants.add(a);
        keys.addAll(ActorKeys.keys(a));
      }
    }
    return new Member(claim, claim.event().type(), ModeFamilies.of(claim.event().mode()),
        List.copyOf(participants), Set.copyOf(keys), DateWindow.of(claim.date()),
        DateWindow.rank(claim.date()));
  }

  /** True for an actor with role source, target or none. */
  static boolean isParticipant(EntityRef ref) {
    return ref.role() == null || !NON_PARTICIPANT_ROLES.contains(ref.role().toLowerCase(Locale.ROOT));
  }

  boolean planned() {
    return claim.stance() == Stance.PLANNED;
  }

  /**
   * True if the claim holds that the event happened, will happen or is said to have happened.
   * A rejection (type REJECT) carries the stance {@code denied} for the rejection itself, which
   * therefore supports the rejection event.
   */
  boolean supports() {
    if (claim.stance() == Stance.HYPOTHETICAL) {
      return false;
    }
    return claim.stance() != Stance.DENIED || type == EventType.REJECT;
  }

  /** True if the claim says this event did not happen (a denied claim that is no rejection). */
  boolean denies() {
    return claim.stance() == Stance.DENIED && type != EventType.REJECT;
  }
}
