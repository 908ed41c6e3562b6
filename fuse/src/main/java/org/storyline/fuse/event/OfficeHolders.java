package org.storyline.fuse.event;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * ({@link EventAssembler}). The holders come from the knowledge base the run resolves entities
 * with: the built-in one, or the user's file given with {@code --kb} ({@link #of}).
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
  private final Map<String, Optional<KbEntry>> places = new ConcurrentHashMap<>();
  private final Map<String, Optional<KbEntry>> voices = new ConcurrentHashMap<>();
  private final Map<String, Optional<KbEntry>> bodies = new ConcurrentHashMap<>();
  private static final Pattern POSSESSED = Pattern.compile("(.+?)'s \\S.*");
  private static final Pattern STATE_VOICE = Pattern.compile(
      "(?i)(.+?)'s (?:state|official|state-run) (?:media|news agency|broadcaster|television|newspaper)");

  private OfficeHolders(KnowledgeBase kb) {
    this.kb = kb;
  }

  /**
   * The holders of the given knowledge base (the built-in one, or a user's file that replaces or
   * extends it); the built-in knowledge base gives the shared {@link #builtIn()} instance.
   */
  public static OfficeHolders of(KnowledgeBase kb) {
    if (kb == null) {
      throw new IllegalArgumentException("office holders need a knowledge base, got null");
    }
    return kb == KnowledgeBase.builtIn() ? builtIn() : new OfficeHolders(kb);
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

  /**
   * True if the actor stands in for the state when a text names it as a party: a person holding
   * an office of the state on a day of {@code when} ({@link #actsFor}), or a place or body the
   * knowledge base says stands for it (a capital, "Pyongyang" for North Korea).
   */
  public boolean standsFor(EntityRef actor, EntityRef state, DateSpan when) {
    if (actor == null || state == null || actor.name() == null || state.name() == null) {
      return false;
    }
    if (actsFor(actor, state.name(), when)) {
      return true;
    }
    Optional<KbEntry> target = entry(states, state.name(), EntityType.STATE);
    if (target.isEmpty()) {
      return false;
    }
    Optional<KbEntry> stand = entry(places, actor.name(), EntityType.PLACE);
    return stand.isPresent() && target.get().id().equals(stand.get().standsFor());
  }

  /**
   * The state a news medium is the voice of, when the knowledge base says so by an alias of the
   * form "North Korea's state media", "Russia's official news agency" or "North Korea's state
   * news agency" (a state of the base, named with a possessive); empty for any other medium. A
   * report that cites such a medium is the state's own statement.
   */
  public Optional<KbEntry> stateVoiced(String medium) {
    return stateOfAlias(voices, medium, EntityType.MEDIA, STATE_VOICE);
  }

  /**
   * The state an organisation is a body of, when the knowledge base names it so by an alias of
   * the form "South Korea's intelligence service" or "Ukraine's Security Service" (a state of the
   * base, named with a possessive); empty for any other name. A body's statement about an event
   * of its state is the state's own statement.
   */
  public Optional<KbEntry> stateOfBody(String organisation) {
    return stateOfAlias(bodies, organisation, EntityType.ORGANIZATION, POSSESSED);
  }

  /**
   * The state of the knowledge base that the first alias of {@code name}'s entry (of {@code type})
   * matching {@code alias} names in its group 1; empty for a blank name, a name the base does not
   * know, or no such alias. Remembered per name in {@code memo}.
   */
  private Optional<KbEntry> stateOfAlias(Map<String, Optional<KbEntry>> memo, String name, EntityType type,
      Pattern alias) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    return remembered(memo, name, n -> {
      Optional<KbEntry> entry = kb.lookup(n, type).filter(e -> e.type() == type);
      for (String a : entry.map(KbEntry::aliases).orElse(List.of())) {
        Matcher m = alias.matcher(a.strip());
        if (m.matches()) {
          Optional<KbEntry> state = entry(states, m.group(1), EntityType.STATE);
          if (state.isPresent()) {
            return state;
          }
        }
      }
      return Optional.empty();
    });
  }

  /**
   * True if the actor is the state or stands in for it at {@code when} (an office holder, a
   * capital; {@link #standsFor}).
   */
  public boolean isOrStandsFor(EntityRef actor, KbEntry state, DateSpan when) {
    if (actor == null || actor.name() == null) {
      return false;
    }
    EntityRef s = new EntityRef(null, state.name(), null, null);
    Optional<KbEntry> same = entry(states, actor.name(), EntityType.STATE);
    return same.isPresent() && same.get().id().equals(state.id()) || standsFor(actor, s, when);
  }

  /** The entry of exactly this type the name refers to, remembered. */
  private Optional<KbEntry> entry(Map<String, Optional<KbEntry>> memo, String name, EntityType type) {
    return remembered(memo, name, n -> kb.lookup(n, type).filter(e -> e.type() == type));
  }

  /** {@code find(name)}, remembered in {@code memo}; the memo is cleared when it grows past {@link #MEMO_LIMIT}. */
  private static Optional<KbEntry> remembered(Map<String, Optional<KbEntry>> memo, String name,
      Function<String, Optional<KbEntry>> find) {
    Optional<KbEntry> known = memo.get(name);
    if (known != null) {
      return known;
    }
    if (memo.size() > MEMO_LIMIT) {
      memo.clear();
    }
    Optional<KbEntry> found = find.apply(name);
    memo.put(name, found);
    return found;
  }

  private static boolean qualifies(String qualifier, KbEntry state) {
    String q = qualifier.toLowerCase(Locale.ROOT);
    return q.equals(state.id()) || ActorKeys.normalise(qualifier).equals(ActorKeys.normalise(state.name()));
  }
}
