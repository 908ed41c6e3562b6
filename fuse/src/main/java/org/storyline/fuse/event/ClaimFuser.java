package org.storyline.fuse.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.storyline.core.claim.Claim;
import org.storyline.core.claim.EventType;
import org.storyline.core.claim.Stance;
import org.storyline.core.document.Article;
import org.storyline.core.entity.EntityRef;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;
import org.storyline.core.event.Event;
import org.storyline.core.stage.EventFuser;
import org.storyline.core.time.DateSpan;
import org.storyline.core.time.Granularity;
import org.storyline.fuse.entity.KnowledgeBase;

/**
 * Fuses the event claims of many documents into events, one per real-world happening.
 *
 * <p>Two claims report the same event when their PLOVER types are equal and their modes are of
 * one family ({@link ModeFamilies}), they share at least one source or target actor (entity id,
 * else normalised name), their places fit, and their dates overlap. Claims are taken finest
 * date first (day, month, year, decade, open-ended), then by date and id, so the result does
 * not depend on input order:
 * <ul>
 *   <li>a day-precision claim joins the fitting group sharing most actors, or starts one;
 *   <li>a coarser claim (June 2024) joins the one fitting group if there is exactly one;
 *       if several finer groups fit (three strikes in January) it joins the one group of its own
 *       precision among them, or starts one, so it never chains distinct events together;
 *   <li>a claim without a placed date joins a dated group only when exactly one fits strongly:
 *       same type and mode family, at least two actors and all of them among the group's, the
 *       group dated to the year or finer and no later than the claim's document, and either the
 *       same place named on both sides or the group's date in the week before the document was
 *       published (news reports its latest events undated); among several, the one of that
 *       week if it is the only one; failing that, the one group dated with an open end (an
 *       ongoing activity, "since last year") holding all its actors on their sides
 *       ({@link #soleOngoingGroup}); failing that, for a meeting or an agreement, the one group
 *       its own document dates that holds its participants, directly or through the office
 *       holders and capitals that stand for them ({@link #soleSameDocumentGroup}; placed after
 *       every other claim, so that the document's groups are complete); a claim naming only the
 *       doer of a transfer or another directed act but an attack joins the one group of that doer
 *       its own document dates ({@link #soleDocumentGroupOfDoer}). Otherwise undated claims
 *       with the same type, mode family, resolved actors (with their sides for a directed type)
 *       and place form one undated event, or join the one undated group whose participants hold all of its own or are all
 *       held by it ({@link #soleNestedUndatedGroup}); a claim naming one participant, placed
 *       after those naming two or more, joins the one undated group that holds it on its side
 *       ({@link #soleCoveringUndatedGroup});
 *   <li>a claim without actors is placed after all others: it joins the one dated group of its
 *       type, mode family and date whose place fits, else forms its own event; without a date
 *       either, it makes no event;
 *   <li>a claim without any date expression that continues its document's narrative of an event
 *       ({@link NarrativeAnchors}: the same sentence, or the sentences back to the last one that
 *       states a date for a claim of its type, with no other event or date in between) joins the
 *       group of that anchoring claim, placed last of all, when {@link #continues} allows: same
 *       type and mode family, a shared actor unless it names no doer (only a target or a place:
 *       "the visit to Pyongyang"), and a fitting place unless all its two or more actors are the
 *       group's. Otherwise it is placed like any undated claim.
 * </ul>
 * Before grouping, a participant described as a state ("the reclusive regime") is read as the one
 * state its sentence names ({@link StateDescriptions}), and a planned agreement that the talks of
 * its sentence aim at is set aside to join the talks' event ({@link Aims}). After grouping,
 * undated accusations of one alleged act that share an accuser become one ({@link SameAccusations}).
 * A group's date is the intersection of its members' dates, so a group never spans two
 * distinct dated events (visits a year apart, strikes on different days stay apart). Planned
 * claims merge with the claims saying the event happened (with one day of slack for the plan's
 * date), and the status moves on, unless a dated plan meets an open-ended report of an ongoing
 * activity ({@link Cluster#sameOccurrence}). A claim that tells a directed event the other way
 * round (a source that is only a target of the group, or the reverse; {@link Directions}) never
 * joins, and undated groups of directed types are keyed by side. Hypothetical claims and
 * claims without an event frame are not fused. Blocking by type, actor key and month keeps the
 * work near linear.
 *
 * <p>Event ids are {@code StableId.of("event", smallest claim id of the group)}; events are
 * sorted by date, year-open and undated last ({@link EventOrder}), then id. Office holders and
 * capitals come from the knowledge base given to the constructor.
 */
public final class ClaimFuser implements EventFuser {
  /** Days before publication in which an undated claim's event is taken to be "recent". */
  static final int RECENT_DAYS = 7;

  private final OfficeHolders holders;

  /** A fuser that knows office holders and capitals from the built-in knowledge base. */
  public ClaimFuser() {
    this(OfficeHolders.builtIn());
  }

  /**
   * A fuser that reads who holds which office, and which place stands for which state, from the
   * knowledge base the run resolves entities with (a user's {@code --kb} file or the built-in one).
   */
  public ClaimFuser(KnowledgeBase kb) {
    this(OfficeHolders.of(kb));
  }

  private ClaimFuser(OfficeHolders holders) {
    this.holders = holders;
  }

  @Override
  public List<Event> fuse(List<Article> articles, List<Claim> claims) {
    if (articles == null || claims == null) {
      throw new StorylineException(ErrorCode.INVALID_ARGUMENT, "fuse needs articles and claims, got null");
    }
    Map<String, Article> articleById = new HashMap<>();
    for (Article a : articles) {
      if (a == null) {
        throw new StorylineException(ErrorCode.INVALID_ARGUMENT, "null article in fusion input");
      }
      articleById.putIfAbsent(a.id(), a);
    }
    Map<String, Claim> claimById = new LinkedHashMap<>();
    for (Claim c : claims) {
      if (c == null) {
        throw new StorylineException(ErrorCode.INVALID_ARGUMENT, "null claim in fusion input");
      }
      claimById.putIfAbsent(c.id(), c);
    }
    Map<String, List<EntityRef>> described = StateDescriptions.resolve(claimById.values());
    List<Member> members = new ArrayList<>();
    for (Claim c : claimById.values()) {
      if (c.event() != null && c.stance() != Stance.HYPOTHETICAL) {
        members.add(Member.of(c, described.getOrDefault(c.id(), c.actors())));
      }
    }
    members.sort(Member.ORDER);

    List<Cluster> clusters = group(members, articleById, new NarrativeAnchors(claimById.values()), holders);
    EventAssembler assembler = new EventAssembler(new IndependentSources(articleById), claimById,
        EventAssembler.denialsByTarget(new ArrayList<>(claimById.values())), holders);
    List<Event> events = new ArrayList<>(clusters.size());
    for (Cluster c : clusters) {
      events.add(assembler.assemble(c.members, c.type));
    }
    events.sort(EventOrder.CHRONOLOGICAL);
    return events;
  }

  private static List<Cluster> group(List<Member> members, Map<String, Article> articles,
      NarrativeAnchors anchors, OfficeHolders holders) {
    ClusterIndex index = new ClusterIndex();
    List<Cluster> clusters = new ArrayList<>();
    Map<String, Cluster> homes = new HashMap<>();
    List<Member> undated = new ArrayList<>();
    List<Member> actorless = new ArrayList<>();
    List<Member> continuing = new ArrayList<>();
    Map<Member, Member> aims = Aims.of(members);
    for (Member m : members) {
      if (aims.containsKey(m)) {
        continue;
      }
      if (m.rank() == DateWindow.UNPLACED && anchors.anchor(m.claim()) != null) {
        continuing.add(m);
        continue;
      }
      if (m.participants().isEmpty()) {
        actorless.add(m);
        continue;
      }
      if (m.rank() == DateWindow.UNPLACED) {
        undated.add(m);
        continue;
      }
      place(m, choose(m, index.datedCandidates(m)), clusters, index, homes);
    }
    for (Member m : actorless) {
      if (m.rank() == DateWindow.UNPLACED) {
        continue;
      }
      List<Cluster> fitting = new ArrayList<>();
      for (Cluster c : index.datedCandidates(m)) {
        if (c.accepts(m)) {
          fitting.add(c);
        }
      }
      place(m, fitting.size() == 1 ? fitting.get(0) : null, clusters, index, homes);
    }
    Undated u = new Undated(index, articles, new LinkedHashMap<>(), clusters, homes,
        datedByDocument(clusters), holders, new ArrayList<>());
    for (Member m : undated) {
      if (m.participants().size() >= 2) {
        placeUndated(m, u);
      }
    }
    for (Member m : undated) {
      if (m.participants().size() < 2) {
        placeUndated(m, u);
      }
    }
    List<Member> unanchored = new ArrayList<>();
    for (Member m : continuing) {
      Cluster anchorHome = homes.get(anchors.anchor(m.claim()).id());
      if (anchorHome != null && continues(anchorHome, m)) {
        place(m, anchorHome, clusters, index, homes);
      } else if (!m.participants().isEmpty()) {
        unanchored.add(m);
      }
    }
    for (Member m : unanchored) {
      placeUndated(m, u);
    }
    Undated last = new Undated(index, articles, u.undatedGroups(), clusters, homes, datedByDocument(clusters), holders,
        null);
    for (Member m : u.sameDocumentLater()) {
      placeUndated(m, last);
    }
    for (Map.Entry<Member, Member> aim : aims.entrySet()) {
      Cluster talks = homes.get(aim.getValue().claim().id());
      if (talks != null) {
        place(aim.getKey(), talks, clusters, index, homes);
      } else {
        placeUndated(aim.getKey(), u);
      }
    }
    return SameAccusations.join(clusters, members, homes);
  }

  /**
   * What placing an undated claim consults and updates. {@code sameDocumentLater} collects the
   * claims that may belong to a dated group of their document, to be placed once every other
   * claim of the document has filled the groups ({@link #soleSameDocumentGroup}); null in that
   * last pass.
   */
  private record Undated(ClusterIndex index, Map<String, Article> articles, Map<String, Cluster> undatedGroups,
      List<Cluster> clusters, Map<String, Cluster> homes, Map<String, List<Cluster>> datedByDocument,
      OfficeHolders holders, List<Member> sameDocumentLater) {}

  /**
   * The groups dated by then to a closed window or up to a day ({@code by 5 October}) that hold a
   * claim of the document, by document.
   */
  private static Map<String, List<Cluster>> datedByDocument(List<Cluster> clusters) {
    Map<String, List<Cluster>> out = new HashMap<>();
    for (Cluster c : clusters) {
      if (c.window() == null || c.window().end() == null) {
        continue;
      }
      for (Member m : c.members) {
        List<Cluster> list = out.computeIfAbsent(m.claim().document(), k -> new ArrayList<>());
        if (!list.contains(c)) {
          list.add(c);
        }
      }
    }
    return out;
  }

  /**
   * An undated claim joins the one dated group that fits strongly, else the undated group of its
   * type, mode family, actors and place.
   */
  private static void placeUndated(Member m, Undated u) {
    ClusterIndex index = u.index();
    Map<String, Cluster> undatedGroups = u.undatedGroups();
    List<Cluster> clusters = u.clusters();
    Map<String, Cluster> homes = u.homes();
    Article article = u.articles().get(m.claim().document());
    Cluster only = soleStrongCandidate(m, index, article);
    if (only == null) {
      only = soleOngoingGroup(m, index, article);
      if (only != null) {
        undatedGroups.putIfAbsent("ongoing|" + only.seq, only);
      }
    }
    if (only == null) {
      List<Cluster> sameDocument = u.datedByDocument().getOrDefault(m.claim().document(), List.of());
      if (u.sameDocumentLater() != null && mayJoinInDocument(m) && !sameDocument.isEmpty()) {
        u.sameDocumentLater().add(m);
        return;
      }
      only = soleSameDocumentGroup(m, sameDocument, article, u.holders());
    }
    if (only == null) {
      only = soleDocumentGroupOfDoer(m, u.datedByDocument().getOrDefault(m.claim().document(), List.of()));
    }
    if (only == null) {
      only = soleCoveringUndatedGroup(m, undatedGroups.values());
    }
    if (only != null) {
      place(m, only, clusters, index, homes);
      return;
    }
    String key = undatedKey(m);
    Cluster g = undatedGroups.get(key);
    if (g == null) {
      g = soleNestedUndatedGroup(m, nestingCandidates(m, index));
    }
    if (g == null) {
      g = new Cluster(clusters.size(), m.type());
      clusters.add(g);
      undatedGroups.put(key, g);
    }
    place(m, g, clusters, index, homes);
  }

  /**
   * For an undated claim of two or more participants without a group of its own key, the one
   * undated group of its type, a fitting mode family and place, and the same planned-or-happened
   * standing, whose resolved participants hold all of the claim's or are all held by the claim's,
   * on the same sides: "the US accuses North Korea" and "US and South Korean officials accuse
   * Pyongyang" are one repeated accusation; "the US accuses Russia" is another. Null if none or
   * several.
   */
  static Cluster soleNestedUndatedGroup(Member m, Collection<Cluster> undatedGroups) {
    List<EntityRef> mine = resolvedParticipants(m.participants());
    if (mine.size() < 2) {
      return null;
    }
    Cluster found = null;
    for (Cluster c : undatedGroups) {
      if (c == found || c.window() != null || c.type != m.type() || !c.modeFits(m.modeFamily()) || c.reversed(m)
          || !placeAgrees(m.claim().place(), c.places)
          || m.planned() != c.members.stream().allMatch(Member::planned)) {
        continue;
      }
      List<EntityRef> theirs = resolvedParticipants(c.participants);
      if (theirs.size() < 2 || !nestedOnSides(mine, theirs, m.type()) && !nestedOnSides(theirs, mine, m.type())) {
        continue;
      }
      if (found != null) {
        return null;
      }
      found = c;
    }
    return found;
  }

  /**
   * The undated groups of the member's type registered under any of its actor keys: every group
   * nested with it shares a participant with it (blocking keeps this near linear).
   */
  private static Collection<Cluster> nestingCandidates(Member m, ClusterIndex index) {
    java.util.Set<Cluster> out = new java.util.LinkedHashSet<>();
    for (String k : m.keys()) {
      for (Cluster c : index.block(m, k)) {
        if (c.window() == null) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private static List<EntityRef> resolvedParticipants(List<EntityRef> refs) {
    return refs.stream().filter(a -> a.entity() != null && !a.entity().isBlank()).toList();
  }

  /** True if every reference of {@code inner} is one of {@code outer}'s, on its side for a directed type. */
  private static boolean nestedOnSides(List<EntityRef> inner, List<EntityRef> outer, EventType type) {
    boolean directed = Directions.directed(type);
    for (EntityRef a : inner) {
      if (outer.stream().noneMatch(b -> ActorKeys.same(a, b) && (!directed || Directions.side(a).equals(Directions.side(b))))) {
        return false;
      }
    }
    return true;
  }

  /**
   * For an undated claim of a meeting or an agreement (types whose events between named parties
   * are rare and singular: a document that dates one and mentions it again undated means the same
   * one), the one group of its document dated to a bounded window that fits it: same type, a
   * fitting mode family, no start after the document's publication unless the claim is a plan,
   * a place that matches or stands for the group's ({@link OfficeHolders#standsFor}: "Pyongyang"
   * for North Korea), at least one participant in common, and every other participant one of the
   * group's or standing for one (a state for its office holder at the group's date, a capital for
   * its state: "Russia signs a pact with North Korea" beside "Putin signs a pact with North Korea"
   * in June 2024). A claim naming a single participant needs it to be a doer of the group ("I am
   * glad to meet you", said by the visiting minister); one naming only descriptions the entity
   * stage left unresolved ("it is not known what the ministers discussed") names no other party
   * and fits. Null if none or several fit. Attacks,
   * transfers and other repeated happenings are never placed this way.
   */
  static Cluster soleSameDocumentGroup(Member m, List<Cluster> sameDocument, Article article, OfficeHolders holders) {
    if (!mayJoinInDocument(m)) {
      return null;
    }
    LocalDate published = article == null || article.published() == null ? null : article.published().latest();
    Cluster found = null;
    for (Cluster c : sameDocument) {
      if (c == found || !c.window().bounded() || c.type != m.type() || !c.modeFits(m.modeFamily()) || c.reversed(m)
          || !m.planned() && published != null && c.window().start().isAfter(published)) {
        continue;
      }
      DateSpan when = new DateSpan(c.window().start(), c.window().end(), Granularity.UNKNOWN, null, null, null, null);
      if (!placeStandsFits(m.claim().place(), c.places, holders, when) || !coveredWithStandIns(m, c, holders, when)) {
        continue;
      }
      if (found != null) {
        return null;
      }
      found = c;
    }
    return found;
  }

  /**
   * For an undated claim naming only its doer, of a directed type other than an attack or
   * fighting ("... what Pyongyang is getting in return for sending the weapons" in an article on
   * deliveries reported by 5 October), the one group its own document dates (to a closed window or
   * up to a day) with that doer among its sources, its type, a fitting mode family and place; null
   * if none or several. Its own article's dated transfer is what it speaks of, before any
   * open-ended activity other articles report. Attacks repeat, so an undated one stays apart.
   */
  static Cluster soleDocumentGroupOfDoer(Member m, List<Cluster> sameDocument) {
    if (m.participants().size() != 1 || !Directions.isSource(m.participants().get(0))
        || !Directions.directed(m.type()) || m.type() == EventType.ASSAULT || m.type() == EventType.FIGHT) {
      return null;
    }
    EntityRef doer = m.participants().get(0);
    Cluster found = null;
    for (Cluster c : sameDocument) {
      if (c == found || c.type != m.type() || !c.modeFits(m.modeFamily()) || c.reversed(m)
          || !placeAgrees(m.claim().place(), c.places) || c.sources.stream().noneMatch(b -> ActorKeys.same(doer, b))) {
        continue;
      }
      if (found != null) {
        return null;
      }
      found = c;
    }
    return found;
  }

  /** True if the claim is of a type {@link #soleSameDocumentGroup} places, and names a participant. */
  private static boolean mayJoinInDocument(Member m) {
    return !m.participants().isEmpty() && (m.type() == EventType.CONSULT || m.type() == EventType.AGREE);
  }

  /**
   * True if the member names only unresolved descriptions, or the group names one of its
   * participants itself and every other one itself or through a stand-in; a single participant
   * must be one of the group's doers.
   */
  private static boolean coveredWithStandIns(Member m, Cluster c, OfficeHolders holders, DateSpan when) {
    if (m.participants().stream().allMatch(a -> a.entity() == null || a.entity().isBlank())) {
      return true; // only descriptions ("the ministers discussed"): they name no other party
    }
    if (m.participants().size() == 1) {
      EntityRef a = m.participants().get(0);
      return Directions.isSource(a) && c.sources.stream().anyMatch(b -> ActorKeys.same(a, b));
    }
    int direct = 0;
    for (EntityRef a : m.participants()) {
      if (c.participants.stream().anyMatch(b -> ActorKeys.same(a, b))) {
        direct++;
      } else if (c.participants.stream().noneMatch(b -> holders.standsFor(b, a, when) || holders.standsFor(a, b, when))) {
        return false;
      }
    }
    return direct > 0;
  }

  /** A place agrees when either side has none, or it matches or stands for one of the group's, or the reverse. */
  private static boolean placeStandsFits(EntityRef p, List<EntityRef> places, OfficeHolders holders, DateSpan when) {
    return p == null || places.isEmpty() || places.stream().anyMatch(q -> ActorKeys.same(p, q)
        || holders.standsFor(p, q, when) || holders.standsFor(q, p, when));
  }

  /**
   * True if an undated claim may continue the event of its anchor's group (same document): same
   * type and mode family; it names none of the group's actors only when it names no doer
   * (a "visit to Pyongyang", "the talks"); its place fits, or all of its actors, two or more,
   * are the group's (a region named where the group knows the country).
   */
  static boolean continues(Cluster c, Member m) {
    if (c.type != m.type() || !c.modeFits(m.modeFamily()) || c.reversed(m)) {
      return false;
    }
    boolean namesDoer = m.participants().stream().anyMatch(a -> "source".equalsIgnoreCase(a.role()));
    if (!m.participants().isEmpty() && c.shared(m) == 0 && namesDoer) {
      return false;
    }
    return c.placeFits(m) || m.participants().size() >= 2 && c.coversAll(m);
  }

  /** Adds the member to the target (or to a new group if null) and keeps the index current. */
  private static void place(Member m, Cluster target, List<Cluster> clusters, ClusterIndex index,
      Map<String, Cluster> homes) {
    Cluster home = target;
    if (home == null) {
      home = new Cluster(clusters.size(), m.type());
      clusters.add(home);
    }
    DateWindow before = home.window();
    List<String> fresh = home.add(m);
    boolean moved = before != null && !before.covers(home.window());
    index.register(home, home.members.size() == 1 || moved ? home.keys : fresh);
    homes.put(m.claim().id(), home);
  }

  private static Cluster choose(Member m, List<Cluster> candidates) {
    List<Cluster> fitting = new ArrayList<>();
    for (Cluster c : candidates) {
      if (c.accepts(m)) {
        fitting.add(c);
      }
    }
    if (fitting.isEmpty()) {
      return null;
    }
    if (m.rank() == 0) {
      return fitting.stream().max(Comparator.comparingInt((Cluster c) -> c.shared(m))
          .thenComparing(c -> -c.seq)).orElseThrow();
    }
    if (fitting.size() == 1) {
      return fitting.get(0);
    }
    List<Cluster> samePrecision = fitting.stream().filter(c -> c.finestRank == m.rank()).toList();
    return samePrecision.size() == 1 ? samePrecision.get(0) : null;
  }

  private static Cluster soleStrongCandidate(Member m, ClusterIndex index, Article article) {
    if (m.participants().size() < 2) {
      return null;
    }
    List<Cluster> smallest = null;
    for (String k : m.keys()) {
      List<Cluster> block = index.block(m, k);
      if (smallest == null || block.size() < smallest.size()) {
        smallest = block;
      }
    }
    LocalDate published = article == null || article.published() == null ? null : article.published().latest();
    DateWindow recent = published == null || m.planned() ? null
        : new DateWindow(published.minusDays(RECENT_DAYS), published);
    EntityRef place = m.claim().place();
    List<Cluster> eligible = new ArrayList<>();
    for (Cluster c : smallest) {
      if (eligible.contains(c) || c.window() == null || c.finestRank > 2 || !c.modeFits(m.modeFamily())
          || c.reversed(m)
          || !c.coversAll(m) || !placeAgrees(place, c.places)) {
        continue;
      }
      if (!m.planned() && published != null && c.window().start() != null && c.window().start().isAfter(published)) {
        continue;
      }
      boolean samePlace = place != null && c.places.stream().anyMatch(q -> ActorKeys.same(place, q));
      boolean isRecent = recent != null && c.window().overlaps(recent, 0);
      if (samePlace || isRecent) {
        eligible.add(c);
      }
    }
    if (eligible.size() == 1) {
      return eligible.get(0);
    }
    List<Cluster> near = recent == null ? List.of()
        : eligible.stream().filter(c -> c.window().overlaps(recent, 0)).toList();
    return near.size() == 1 ? near.get(0) : null;
  }

  /**
   * For an undated claim naming one participant ("North Korea supplies artillery"), the one
   * undated group of two or more participants that holds it on the same side, with the same
   * type, a fitting mode family and place, and the same planned-or-happened standing
   * ("North Korea supplies weapons to Russia"); null if none or several.
   */
  static Cluster soleCoveringUndatedGroup(Member m, Collection<Cluster> undatedGroups) {
    if (m.participants().size() != 1) {
      return null;
    }
    Cluster found = null;
    for (Cluster c : undatedGroups) {
      if (c.type != m.type() || c.participants.size() < 2 || !c.modeFits(m.modeFamily()) || !c.coversAll(m)
          || c.reversed(m) || !placeAgrees(m.claim().place(), c.places)
          || m.planned() != c.members.stream().allMatch(Member::planned)) {
        continue;
      }
      if (found != null) {
        return null;
      }
      found = c;
    }
    return found;
  }

  /**
   * For an undated claim of two or more participants, the one group dated with a start and an
   * open end ("since last year North Korea has supplied ...": an ongoing activity; a tally "by
   * March 14" with an open start is not one) of its type and mode
   * family that holds all its participants on their sides, with no place or one of the group's
   * (a place names an occurrence) and no start after the claim's document; null if none or
   * several. An undated report of a transfer or an attack is taken as that ongoing activity,
   * where a dated single occurrence needs the stronger evidence of {@link #soleStrongCandidate}.
   * An undated plan ("eager to receive more") joins as a planned source, which does not count;
   * a dated plan never joins an open-ended group ({@link Cluster#sameOccurrence}).
   */
  static Cluster soleOngoingGroup(Member m, ClusterIndex index, Article article) {
    if (m.participants().size() < 2) {
      return null;
    }
    LocalDate published = article == null || article.published() == null ? null : article.published().latest();
    Cluster found = null;
    for (String k : m.keys()) {
      for (Cluster c : index.block(m, k)) {
        DateWindow w = c.window();
        if (c == found || w == null || w.start() == null || w.end() != null || !c.modeFits(m.modeFamily())
            || c.reversed(m) || !c.coversAll(m) || !samePlaceOrNone(m.claim().place(), c.places)
            || published != null && w.start() != null && w.start().isAfter(published)) {
          continue;
        }
        if (found != null) {
          return null;
        }
        found = c;
      }
    }
    return found;
  }

  /** True if the claim names no place, or one of the group's places (a named place is an occurrence's). */
  private static boolean samePlaceOrNone(EntityRef p, List<EntityRef> places) {
    return p == null || places.stream().anyMatch(q -> ActorKeys.same(p, q));
  }

  /** An undated claim's place agrees with a group's if either has none or they match. */
  private static boolean placeAgrees(EntityRef p, List<EntityRef> places) {
    return p == null || places.isEmpty() || places.stream().anyMatch(q -> ActorKeys.same(p, q));
  }

  /**
   * The key of an undated group: type, mode family, place and the participants (with their side
   * for a directed type). Descriptions left unresolved ("South Korean officials") do not key a
   * claim that also names resolved participants: they say nothing about which event it is.
   */
  private static String undatedKey(Member m) {
    TreeSet<String> actors = new TreeSet<>();
    boolean directed = Directions.directed(m.type());
    List<EntityRef> resolved = m.participants().stream()
        .filter(a -> a.entity() != null && !a.entity().isBlank()).toList();
    (resolved.isEmpty() ? m.participants() : resolved)
        .forEach(a -> actors.add((directed ? Directions.side(a) : "") + ActorKeys.primary(a)));
    EntityRef p = m.claim().place();
    return m.type() + "|" + m.modeFamily() + "|" + actors + "|" + (p == null ? "" : ActorKeys.primary(p));
  }
}
