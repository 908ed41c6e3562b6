package org.storyline.fuse.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.storyline.core.claim.Attribution;
import org.storyline.core.claim.Claim;
import org.storyline.core.claim.EventType;
import org.storyline.core.claim.Quantity;
import org.storyline.core.entity.EntityRef;
import org.storyline.core.event.Event;
import org.storyline.core.event.EventStatus;
import org.storyline.core.id.StableId;
import org.storyline.core.time.DateSpan;
import org.storyline.fuse.entity.KbEntry;
import org.storyline.fuse.trail.CountedItems;

/**
 * Turns one group of claims into an {@link Event}: fields, independent sources, status,
 * title and evidence.
 *
 * <p>Status rule, in order:
 * <ol>
 *   <li>Supporting claims are those not denied and not hypothetical (a rejection's own stance
 *       {@code denied} supports the rejection event); a claim denies the event when it sits in
 *       the group with stance {@code denied}, or when its {@code denies} points
 *       at a claim of the group (such a claim stays in its own event and is listed in the
 *       evidence, not in {@code claims}).
 *   <li>Sources are counted over the claims saying it happened, or over the planned ones when
 *       none does, or over the denials when no claim supports it (who reports the denial). The
 *       planned claims of an event that happened are its planned sources: they do not count,
 *       and the evidence names them ("announced beforehand by 1 source: ..."). The event is confirmed by two or more independent sources, or by a claim
 *       whose speaker is one of the event's actors, or a state one of them held an office of
 *       at the claim's date (the actors' own statement).
 *   <li>No supporting claim: {@code denied}. A denial and a confirmation: {@code disputed}. A
 *       denial without confirmation: {@code denied}. Only planned claims: {@code planned}.
 *       Otherwise {@code confirmed} or {@code reported}.
 * </ol>
 */
final class EventAssembler {
  private final IndependentSources sources;
  private final Map<String, Claim> claimsById;
  private final Map<String, List<Claim>> denialsByTarget;
  private final OfficeHolders holders;

  EventAssembler(IndependentSources sources, Map<String, Claim> claimsById,
      Map<String, List<Claim>> denialsByTarget, OfficeHolders holders) {
    this.sources = sources;
    this.claimsById = claimsById;
    this.denialsByTarget = denialsByTarget;
    this.holders = holders;
  }

  /** The event of a group of claims, all of its type but for the agreements its talks aim at. */
  Event assemble(List<Member> group) {
    return assemble(group, group.get(0).type());
  }

  /**
   * The event of a group of claims of {@code type}; members of another type are the agreements
   * the group's talks aim at ({@link Aims}): they name the event "negotiates an agreement" and
   * are listed in the evidence, but give it neither its mode nor its planned sources.
   */
  Event assemble(List<Member> group, EventType type) {
    List<Member> members = new ArrayList<>(group);
    members.sort(Comparator.comparing(m -> m.claim().id()));
    List<Claim> claims = members.stream().map(Member::claim).toList();
    Set<String> memberIds = new LinkedHashSet<>();
    claims.forEach(c -> memberIds.add(c.id()));

    List<Member> support = members.stream().filter(Member::supports).toList();
    List<Member> happened = support.stream().filter(m -> !m.planned()).toList();
    List<Member> basis = happened.isEmpty() ? support : happened;

    List<Claim> denials = new ArrayList<>();
    members.stream().filter(Member::denies).forEach(m -> denials.add(m.claim()));
    Set<String> seenDenials = new TreeSet<>();
    for (String id : memberIds) {
      for (Claim d : denialsByTarget.getOrDefault(id, List.of())) {
        if (!memberIds.contains(d.id()) && seenDenials.add(d.id())) {
          denials.add(d);
        }
      }
    }
    denials.sort(Comparator.comparing(Claim::id));

    List<EntityRef> actors = actors(members);
    List<Claim> counted = support.isEmpty() ? denials : basis.stream().map(Member::claim).toList();
    IndependentSources.Origins origins = sources.of(counted);
    String ownStatement = ownStatement(basis, actors);
    boolean confirmed = origins.count() >= 2 || ownStatement != null;
    EventStatus status;
    if (support.isEmpty()) {
      status = EventStatus.DENIED;
    } else if (!denials.isEmpty()) {
      status = confirmed ? EventStatus.DISPUTED : EventStatus.DENIED;
    } else if (happened.isEmpty()) {
      status = EventStatus.PLANNED;
    } else {
      status = confirmed ? EventStatus.CONFIRMED : EventStatus.REPORTED;
    }

    List<Member> aims = members.stream().filter(m -> m.type() != type).toList();
    String mode = mostFrequent(members.stream().filter(m -> m.type() == type).map(m -> m.claim().event().mode())
        .filter(Objects::nonNull).toList());
    EntityRef place = place(members);
    List<Quantity> quantities = quantities(support.isEmpty() ? members : support);
    String item = item(quantities, members);

    DateSpan date = date(basis.isEmpty() ? members : basis, members);
    List<EntityRef> titled = withoutStoodFor(actors, date);
    List<String> subjects = names(titled, "source");
    List<String> objects = objects(titled, members, mode, type);
    if (subjects.isEmpty() && objects.isEmpty()) {
      subjects = actors.stream().map(EntityRef::name).toList();
    }
    String title = EventTitles.title(type, aims.isEmpty() ? mode : Aims.TITLE_MODE, status == EventStatus.PLANNED,
        subjects, objects, place == null ? null : place.name(), item, deniedWhat(members));

    List<String> evidence = new ArrayList<>();
    evidence.add(EvidenceText.sources(origins.names()));
    if (ownStatement != null) {
      evidence.add("stated by " + ownStatement + ", a party");
    }
    if (status == EventStatus.PLANNED) {
      evidence.add("planned");
    } else if (!happened.isEmpty() && happened.size() < support.size()) {
      List<Claim> plans = support.stream().filter(m -> m.planned() && m.type() == type).map(Member::claim).toList();
      if (!plans.isEmpty()) {
        evidence.add(EvidenceText.announced(sources.of(plans).names()));
      }
    }
    for (Member a : aims) {
      evidence.add("aims at an agreement: claim " + a.claim().id());
    }
    for (Claim d : denials) {
      evidence.add(EvidenceText.denial(denier(d), sources.original(d.document()), d.id()));
    }
    for (Claim c : claims) {
      if (c.denies() != null) {
        evidence.add("denies claim " + c.denies());
      }
    }

    List<String> documents = new ArrayList<>(new TreeSet<>(claims.stream().map(Claim::document).toList()));
    String first = claims.get(0).id();
    return new Event(StableId.of("event", first), type, mode, title, date,
        actors, place, status, List.copyOf(memberIds), documents, origins.count(), quantities,
        String.join("; ", evidence));
  }

  /** Participants of all members, one per actor, with its most frequent name and role. */
  private static List<EntityRef> actors(List<Member> members) {
    List<List<EntityRef>> groups = new ArrayList<>();
    for (Member m : members) {
      for (EntityRef a : m.participants()) {
        List<EntityRef> home = null;
        for (List<EntityRef> g : groups) {
          if (ActorKeys.same(g.get(0), a) || g.stream().anyMatch(b -> ActorKeys.same(a, b))) {
            home = g;
            break;
          }
        }
        if (home == null) {
          home = new ArrayList<>();
          groups.add(home);
        }
        home.add(a);
      }
    }
    List<EntityRef> out = new ArrayList<>();
    for (List<EntityRef> g : groups) {
      String entity = g.stream().map(EntityRef::entity).filter(Objects::nonNull).findFirst().orElse(null);
      List<EntityRef> named = g.stream().filter(r -> r.entity() != null).toList();
      String name = mostFrequent((named.isEmpty() ? g : named).stream().map(EntityRef::name).toList());
      String role = mostFrequent(g.stream().map(EntityRef::role).filter(Objects::nonNull).toList());
      out.add(new EntityRef(entity, name, role, null));
    }
    out.sort(Comparator.comparingInt(EventAssembler::roleOrder));
    return out;
  }

  /**
   * The actors a title names: a state is left out when another actor on its side stands for it at
   * the event's date ({@link OfficeHolders#standsFor}: "Vladimir Putin signs an agreement with
   * North Korea", not "Russia and Vladimir Putin sign ..."); the event keeps them all.
   */
  private List<EntityRef> withoutStoodFor(List<EntityRef> actors, DateSpan date) {
    List<EntityRef> out = new ArrayList<>(actors.size());
    for (EntityRef a : actors) {
      boolean stoodFor = actors.stream().anyMatch(b -> b != a && Objects.equals(b.role(), a.role())
          && !ActorKeys.same(a, b) && holders.standsFor(b, a, date));
      if (!stoodFor) {
        out.add(a);
      }
    }
    return out;
  }

  private static int roleOrder(EntityRef r) {
    if ("source".equals(r.role())) {
      return 0;
    }
    return "target".equals(r.role()) ? 1 : 2;
  }

  private static List<String> names(List<EntityRef> actors, String role) {
    return preferResolved(actors.stream().filter(a -> role.equals(a.role())).toList()).stream()
        .map(EntityRef::name).toList();
  }

  /**
   * The references resolved to an entity when there are any, else all: a title names "Kang
   * Sun-nam", not "Kang Sun-nam and military", but keeps "the delegation" when it is all there is.
   */
  private static List<EntityRef> preferResolved(List<EntityRef> refs) {
    List<EntityRef> resolved = refs.stream().filter(a -> a.entity() != null && !a.entity().isBlank()).toList();
    return resolved.isEmpty() ? refs : resolved;
  }

  /**
   * The names of the target actors for the title, leaving out a target that some claim also
   * gives as the place ("visited Pyongyang" beside "met Kim Jong Un") when another target
   * remains: the place is then named as the place ("meets Kim Jong Un in Pyongyang"); a meeting
   * whose only targets are places names none ("holds talks in Pyongyang"). A description of a
   * state left unresolved ("the reclusive regime") is an epithet, not a name: it is left out. A visit
   * keeps all its targets, those given as a place first, since {@link EventTitles} names the
   * first as the destination ("visits North Korea", not "visits Kim Jong Un").
   */
  private static List<String> objects(List<EntityRef> actors, List<Member> members, String mode, EventType type) {
    List<EntityRef> targets = preferResolved(actors.stream().filter(a -> "target".equals(a.role())).toList())
        .stream().filter(a -> !StateDescriptions.describesState(a)).toList();
    List<EntityRef> kept = targets.stream().filter(t -> members.stream()
        .noneMatch(m -> m.claim().place() != null && ActorKeys.same(t, m.claim().place()))).toList();
    if ("visit".equalsIgnoreCase(mode)) {
      List<EntityRef> ordered = new ArrayList<>(targets);
      ordered.removeAll(kept);
      ordered.addAll(kept);
      return ordered.stream().map(EntityRef::name).toList();
    }
    if (kept.isEmpty() && type == EventType.CONSULT) {
      return List.of(); // one meets people, not a city: "holds talks in Pyongyang"
    }
    return (kept.isEmpty() ? targets : kept).stream().map(EntityRef::name).toList();
  }

  /**
   * The name of the party whose own statement supports the event, or null: a speaker who is one
   * of the actors, or a state whose office holder at the claim's date is one ("Moscow's official
   * statement" that its Security Council secretary met Kim Jong Un; {@link OfficeHolders}), or a
   * state's own media reporting an event of that state ("citing North Korean state media" on a
   * delegation's arrival in Pyongyang), or a body of a state speaking of an event of that state
   * (South Korea's intelligence service on South Korea's review; {@link OfficeHolders#stateOfBody}).
   */
  private String ownStatement(List<Member> basis, List<EntityRef> actors) {
    for (Member m : basis) {
      if (m.claim().attribution() == null || m.claim().attribution().speaker() == null) {
        continue;
      }
      EntityRef speaker = m.claim().attribution().speaker();
      for (EntityRef a : actors) {
        if (ActorKeys.same(speaker, a)) {
          return a.name();
        }
      }
      for (EntityRef a : actors) {
        if (holders.actsFor(a, speaker.name(), m.claim().date())) {
          return speaker.name();
        }
      }
    }
    for (Member m : basis) {
      String voiced = stateMediaStatement(m, actors);
      if (voiced != null) {
        return voiced;
      }
    }
    for (Member m : basis) {
      EntityRef speaker = m.claim().attribution() == null ? null : m.claim().attribution().speaker();
      Optional<KbEntry> state = speaker == null ? Optional.empty() : holders.stateOfBody(speaker.name());
      if (state.isPresent() && actors.stream().anyMatch(x -> holders.isOrStandsFor(x, state.get(), m.claim().date()))) {
        return speaker.name() + ", a body of " + state.get().name();
      }
    }
    return null;
  }

  /**
   * "Medium, the state's voice" when the claim's cited source, else its speaker, is a medium the
   * knowledge base gives as a state's state media ({@link OfficeHolders#stateVoiced}) and that
   * state is one of the event's actors or one stands for it (the host city of a visit, a leader);
   * else null.
   */
  private String stateMediaStatement(Member m, List<EntityRef> actors) {
    Attribution a = m.claim().attribution();
    if (a == null) {
      return null;
    }
    for (EntityRef medium : new EntityRef[] {a.cited(), a.speaker()}) {
      if (medium == null) {
        continue;
      }
      Optional<KbEntry> state = holders.stateVoiced(medium.name());
      if (state.isPresent() && actors.stream().anyMatch(x -> holders.isOrStandsFor(x, state.get(), m.claim().date()))) {
        return medium.name() + ", the state media of " + state.get().name();
      }
    }
    return null;
  }

  private String denier(Claim d) {
    if (d.attribution() != null && d.attribution().speaker() != null) {
      return d.attribution().speaker().name();
    }
    for (EntityRef a : d.actors()) {
      if ("source".equals(a.role())) {
        return a.name();
      }
    }
    return sources.outletName(d.document());
  }

  /** For a denial event, what it denies, from the claim its {@code denies} points at. */
  private String deniedWhat(List<Member> members) {
    if (members.stream().noneMatch(m -> m.type() == EventType.REJECT)) {
      return null;
    }
    for (Member m : members) {
      Claim target = m.claim().denies() == null ? null : claimsById.get(m.claim().denies());
      if (target != null && target.event() != null) {
        List<Quantity> qs = target.quantities();
        String item = qs.isEmpty() ? null : CountedItems.forTitle(qs.get(0).item());
        return EventTitles.deniedNoun(target.event().type(), target.event().mode(), item);
      }
    }
    return null;
  }

  private static EntityRef place(List<Member> members) {
    Map<String, List<EntityRef>> byKey = new LinkedHashMap<>();
    for (Member m : members) {
      EntityRef p = m.claim().place();
      if (p != null) {
        byKey.computeIfAbsent(ActorKeys.primary(p), k -> new ArrayList<>()).add(p);
      }
    }
    List<EntityRef> best = null;
    for (List<EntityRef> g : byKey.values()) {
      if (best == null || g.size() > best.size()) {
        best = g;
      }
    }
    if (best == null) {
      return null;
    }
    String name = mostFrequent(best.stream().map(EntityRef::name).toList());
    return new EntityRef(best.get(0).entity(), name, "place", null);
  }

  /** Quantities of the claims, once each by value, bounds, unit and item group. */
  private static List<Quantity> quantities(List<Member> members) {
    Map<String, Quantity> seen = new LinkedHashMap<>();
    for (Member m : members) {
      for (Quantity q : m.claim().quantities()) {
        String key = q.value() + "|" + q.low() + "|" + q.high() + "|" + q.bound() + "|" + q.unit()
            + "|" + CountedItems.group(q.item());
        seen.putIfAbsent(key, q);
      }
    }
    return new ArrayList<>(seen.values());
  }

  /** The counted item for the title: the most frequent item group, else an instrument actor. */
  private static String item(List<Quantity> quantities, List<Member> members) {
    List<String> groups = new ArrayList<>();
    for (Quantity q : quantities) {
      if (q.unit() == null) {
        String g = CountedItems.forTitle(q.item());
        if (g != null) {
          groups.add(g);
        }
      }
    }
    if (groups.isEmpty()) {
      for (Member m : members) {
        for (EntityRef a : m.claim().actors()) {
          if (!Member.isParticipant(a) && a.role() != null
              && Set.of("instrument", "item", "weapon", "theme", "object").contains(a.role())) {
            String g = CountedItems.forTitle(a.name());
            if (g != null) {
              groups.add(g);
            }
          }
        }
      }
    }
    return groups.isEmpty() ? null : mostFrequent(groups);
  }

  /**
   * The most precise span consistent with the dated claims: the intersection of the windows of
   * the representative (the finest, narrowest claim date, whose granularity and text it keeps)
   * and of every claim dated with both bounds; a claim with an open bound does not narrow it.
   * Without a placed claim date, the unplaced one that keeps the most (a month and day, {@code XXXX-05-20}), with
   * its start and end left null: no year is guessed.
   */
  private static DateSpan date(List<Member> preferred, List<Member> all) {
    List<Member> dated = preferred.stream().filter(m -> m.window() != null).toList();
    if (dated.isEmpty()) {
      dated = all.stream().filter(m -> m.window() != null).toList();
    }
    if (dated.isEmpty()) {
      return all.stream().map(m -> m.claim().date()).filter(Objects::nonNull)
          .min(Comparator.comparingInt(EventAssembler::unplacedKnowledge))
          .orElse(DateSpan.unknown(null, null, null));
    }
    Member rep = dated.stream().min(Comparator.comparingInt(Member::rank)
        .thenComparingLong(EventAssembler::length)
        .thenComparing(m -> m.claim().id())).orElseThrow();
    DateWindow w = null;
    for (Member m : dated) {
      if (m != rep && !m.window().bounded()) {
        continue; // an open bound ("since 2023", "by 5 October") says when it was told, not which days
      }
      DateWindow next = w == null ? m.window() : w.intersect(m.window());
      if (next != null) {
        w = next;
      }
    }
    DateSpan span = rep.claim().date();
    if (w == null || (Objects.equals(w.start(), span.start()) && Objects.equals(w.end(), span.end()))) {
      return span;
    }
    LocalDate s = w.start();
    LocalDate e = w.end();
    String value = s != null && s.equals(e) ? s.toString() : span.value();
    return new DateSpan(s, e, span.granularity(), value, span.text(), span.basis(), span.modifier());
  }

  /**
   * How much an unplaced date still says, best first: 0 a month and day without a year
   * ({@link YearOpenDate}), 1 a month, 2 nothing placeable: the event keeps the most it knows.
   */
  private static int unplacedKnowledge(DateSpan d) {
    return YearOpenDate.of(d).map(y -> y.day() > 0 ? 0 : 1).orElse(2);
  }

  private static long length(Member m) {
    DateWindow w = m.window();
    if (!w.bounded()) {
      return Long.MAX_VALUE;
    }
    return w.end().toEpochDay() - w.start().toEpochDay();
  }

  /** The most frequent value; ties go to the smallest in natural order; null for none. */
  static String mostFrequent(List<String> values) {
    Map<String, Integer> counts = new TreeMap<>();
    for (String v : values) {
      counts.merge(v, 1, Integer::sum);
    }
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }

  static Map<String, List<Claim>> denialsByTarget(List<Claim> claims) {
    Map<String, List<Claim>> out = new HashMap<>();
    for (Claim c : claims) {
      if (c.denies() != null) {
        out.computeIfAbsent(c.denies(), k -> new ArrayList<>()).add(c);
      }
    }
    return out;
  }
}
