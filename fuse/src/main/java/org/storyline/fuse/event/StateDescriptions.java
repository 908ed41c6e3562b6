package org.storyline.fuse.event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.storyline.core.claim.Claim;
import org.storyline.core.entity.EntityRef;

/**
 * Descriptions that stand for a state a sentence has just named: "Putin visited North Korea,
 * where he signed a pact with <em>the reclusive regime</em>", "the minister flew to Tehran and
 * praised <em>the Islamic republic</em>". A participant of an event claim that the entity stage
 * left unresolved and whose head noun names a polity (regime, nation, country, state, government,
 * kingdom, republic) is read as the one resolved party that another claim of the same sentence
 * names as its target or place, when there is exactly one besides the claim's own actors. The
 * description keeps its role; it takes the party's entity and name, so that fusion matches it and
 * a title names the state ("signs an agreement with North Korea"), never the epithet. A plural
 * ("the two countries") or a sentence without exactly one such party leaves it as it is.
 */
final class StateDescriptions {
  private static final Pattern POLITY = Pattern.compile(
      "(?i)^(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}(regime|nation|country|state|government|kingdom|republic)$");

  private StateDescriptions() {}

  /** True if the reference is unresolved and reads as a description of one state. */
  static boolean describesState(EntityRef a) {
    return (a.entity() == null || a.entity().isBlank()) && a.name() != null
        && POLITY.matcher(a.name().strip()).matches();
  }

  /**
   * The participants of each event claim whose polity descriptions could be read as a state of
   * their sentence, by claim id; claims with nothing to rewrite are absent.
   */
  static Map<String, List<EntityRef>> resolve(Collection<Claim> claims) {
    Map<String, List<Claim>> bySentence = new HashMap<>();
    for (Claim c : claims) {
      if (c.event() != null && c.actors().stream().anyMatch(StateDescriptions::describesState)) {
        bySentence.put(sentenceKey(c), new ArrayList<>());
      }
    }
    if (bySentence.isEmpty()) {
      return Map.of();
    }
    for (Claim c : claims) {
      List<Claim> same = bySentence.get(sentenceKey(c));
      if (same != null) {
        same.add(c);
      }
    }
    Map<String, List<EntityRef>> out = new HashMap<>();
    for (List<Claim> sentence : bySentence.values()) {
      for (Claim c : sentence) {
        if (c.event() == null || c.actors().stream().noneMatch(StateDescriptions::describesState)) {
          continue;
        }
        EntityRef party = soleParty(c, sentence);
        if (party == null) {
          continue;
        }
        List<EntityRef> actors = new ArrayList<>(c.actors().size());
        for (EntityRef a : c.actors()) {
          actors.add(describesState(a) ? new EntityRef(party.entity(), party.name(), a.role(), a.span()) : a);
        }
        out.put(c.id(), List.copyOf(actors));
      }
    }
    return out;
  }

  /**
   * The one resolved target or place that the other claims of the sentence name and that is none
   * of the claim's own actors, or null.
   */
  private static EntityRef soleParty(Claim c, List<Claim> sentence) {
    EntityRef found = null;
    for (Claim other : sentence) {
      if (other == c) {
        continue;
      }
      List<EntityRef> offered = new ArrayList<>();
      other.actors().stream().filter(Directions::isTarget).forEach(offered::add);
      if (other.place() != null) {
        offered.add(other.place());
      }
      for (EntityRef p : offered) {
        if (p.entity() == null || p.entity().isBlank()
            || c.actors().stream().anyMatch(a -> ActorKeys.same(a, p))) {
          continue;
        }
        if (found != null && !ActorKeys.same(found, p)) {
          return null;
        }
        found = p;
      }
    }
    return found;
  }

  private static String sentenceKey(Claim c) {
    return c.document() + "@" + c.start();
  }
}
