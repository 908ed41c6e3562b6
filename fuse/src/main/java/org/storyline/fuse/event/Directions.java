package org.storyline.fuse.event;

import java.util.EnumSet;
import java.util.Set;
import org.storyline.core.claim.EventType;
import org.storyline.core.entity.EntityRef;

/**
 * Which event types have a direction, and which side of it an actor is on. A meeting, an
 * agreement, cooperation and fighting are the same event whoever is named first ("Kim meets
 * Putin", "Putin meets Kim"); a transfer, an attack, a sanction, an accusation or a demand is
 * not: "Russia supplies Iran" and "Iran supplies Russia" are two events, so fusion keeps claims
 * that tell a directed event the other way round apart ({@link Cluster#reversed}).
 */
public final class Directions {
  /** Types whose claims fuse whatever the roles of their actors. */
  private static final Set<EventType> SYMMETRIC =
      EnumSet.of(EventType.CONSULT, EventType.AGREE, EventType.COOPERATE, EventType.FIGHT);

  private Directions() {}

  /** True if the type's events have a doer and a receiver that may not be swapped. */
  public static boolean directed(EventType type) {
    return !SYMMETRIC.contains(type);
  }

  /** True if the reference's role is {@code source} (the doer). */
  public static boolean isSource(EntityRef a) {
    return "source".equalsIgnoreCase(a.role());
  }

  /** True if the reference's role is {@code target} (the receiver). */
  public static boolean isTarget(EntityRef a) {
    return "target".equalsIgnoreCase(a.role());
  }

  /** A prefix naming the actor's side: {@code ">"} source, {@code "<"} target, {@code "~"} other. */
  static String side(EntityRef a) {
    return isSource(a) ? ">" : isTarget(a) ? "<" : "~";
  }
}
