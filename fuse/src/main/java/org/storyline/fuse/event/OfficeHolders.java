package org.storyline.fuse.event;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.storyline.core.entity.EntityRef;
import org.storyline.core.entity.EntityType;
import org.storyline.core.time.DateSpan;
import org.storyline.fuse.entity.KbEntry;
import org.storyline.fuse.entity.KnowledgeBase;
import org.storyline.fuse.entity.Office;

/**
 * Who acts for a state: a person the knowledge base gives an office of that state ("president |
 * russia", "leader | north-korea") held at the event's time. A chronology about North Korea
 * then holds the summit where Kim Jong Un met Vladimir Putin, though no claim names the state.
 * An undated event counts every office the person ever held for the state. A state's own
 * statement about an event of its office holders is a party's statement
 * ({@link EventAssembler}).
 */
public final class OfficeHolders {
  private static final class BuiltIn {
    static final OfficeHolders INSTANCE = new OfficeHolders(KnowledgeBase.builtIn());
  }

  /** Lookups are remembered per name; the memo is cleared when it grows past this size. */
  private static final int MEMO_LIMIT = 100_000;

  private final KnowledgeBase kb;
  private final Map<String, Optional<KbEntry>> states = new ConcurrentHashMap<>();
  private final Map<String, Optional<KbEntry>> people = new ConcurrentHashMap<>();

  OfficeHolders(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** The holders of the built-in knowledge base, loaded once on first use. */
  public static OfficeHolders builtIn() {
    return BuiltIn.INSTANCE;
  }

  /**
   * True if {@code wanted} names a state of the knowledge base and the actor is a person of it
   * holding an office of that state on a day of {@code when}.
   */
  public boolean actsFor(EntityRef actor, String wanted, DateSpan when) {
    if (actor == null || actor.name() == null || wanted == null) {
      return false;
    }
    Optional<KbEntry> state = entry(states, wanted, EntityType.STATE);
    if (state.isEmpty()) {
      return false;
    }
    Optional<KbEntry> person = entry(people, actor.name(), EntityType.PERSON);
    if (person.isEmpty()) {
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

  /** The entry of exactly this type the name refers to, remembered. */
  private Optional<KbEntry> entry(Map<String, Optional<KbEntry>> memo, String name, EntityType type) {
    Optional<KbEntry> known = memo.get(name);
    if (known != null) {
      return known;
    }
    if (memo.size() > MEMO_LIMIT) {
      memo.clear();
    }
    Optional<KbEntry> found = kb.lookup(name, type).filter(e -> e.type() == type);
    memo.put(name, found);
    return found;
  }

  private static boolean qualifies(String qualifier, KbEntry state) {
    String q = qualifier.toLowerCase(Locale.ROOT);
    return q.equals(state.id()) || ActorKeys.normalise(qualifier).equals(ActorKeys.normalise(state.name()));
  }
}
