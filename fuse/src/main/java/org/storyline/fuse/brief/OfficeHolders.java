package org.storyline.fuse.brief;

import java.util.Locale;
import java.util.Optional;
import org.storyline.core.entity.EntityRef;
import org.storyline.core.entity.EntityType;
import org.storyline.core.time.DateSpan;
import org.storyline.fuse.entity.KbEntry;
import org.storyline.fuse.entity.KnowledgeBase;
import org.storyline.fuse.entity.Office;
import org.storyline.fuse.event.ActorKeys;

/**
 * Who acts for a state: a person the knowledge base gives an office of that state ("president |
 * russia", "leader | north-korea") held at the event's time. A chronology about North Korea
 * then holds the summit where Kim Jong Un met Vladimir Putin, though no claim names the state.
 * An undated event counts every office the person ever held for the state.
 */
final class OfficeHolders {
  private static final class BuiltIn {
    static final OfficeHolders INSTANCE = new OfficeHolders(KnowledgeBase.builtIn());
  }

  private final KnowledgeBase kb;

  OfficeHolders(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** The holders of the built-in knowledge base, loaded once on first use. */
  static OfficeHolders builtIn() {
    return BuiltIn.INSTANCE;
  }

  /**
   * True if {@code wanted} names a state of the knowledge base and the actor is a person of it
   * holding an office of that state on a day of {@code when}.
   */
  boolean actsFor(EntityRef actor, String wanted, DateSpan when) {
    if (actor == null || actor.name() == null || wanted == null) {
      return false;
    }
    Optional<KbEntry> state = kb.lookup(wanted, EntityType.STATE);
    if (state.isEmpty() || state.get().type() != EntityType.STATE) {
      return false;
    }
    Optional<KbEntry> person = kb.lookup(actor.name(), EntityType.PERSON);
    if (person.isEmpty() || person.get().type() != EntityType.PERSON) {
      return false;
    }
    boolean dated = when != null && when.isPlaced();
    for (Office o : person.get().offices()) {
      if (qualifies(o.qualifier(), state.get()) && (!dated || o.heldDuring(when.start(), when.end()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean qualifies(String qualifier, KbEntry state) {
    String q = qualifier.toLowerCase(Locale.ROOT);
    return q.equals(state.id()) || ActorKeys.normalise(qualifier).equals(ActorKeys.normalise(state.name()));
  }
}
