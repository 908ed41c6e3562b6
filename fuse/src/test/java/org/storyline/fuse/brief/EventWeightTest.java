package org.storyline.fuse.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storyline.core.claim.EventType;
import org.storyline.core.entity.EntityRef;
import org.storyline.core.event.Event;
import org.storyline.core.event.EventStatus;
import org.storyline.core.time.DateSpan;

/** Fragments (undated, fewer than two parties) are kept in the data but left out of chronologies. */
class EventWeightTest {
  private static Event event(String id, boolean dated, String source, String target, String place) {
    List<EntityRef> actors = new ArrayList<>();
    if (source != null) {
      actors.add(new EntityRef("ent-" + source.toLowerCase().replace(' ', '-'), source, "source", null));
    }
    if (target != null) {
      actors.add(new EntityRef("ent-" + target.toLowerCase().replace(' ', '-'), target, "target", null));
    }
    EntityRef p = place == null ? null : new EntityRef("ent-" + place.toLowerCase().replace(' ', '-'), place, "place", null);
    DateSpan date = dated ? DateSpan.day(LocalDate.of(2024, 3, 14), "By March 14", "explicit")
        : DateSpan.unknown(null, null, null);
    return new Event(id, EventType.CONSULT, "visit", "Title " + id, date, actors, p, EventStatus.REPORTED,
        List.of("claim-" + id), List.of("doc-1"), 1, List.of(), "1 independent source: Wire");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "-", value = {
      "visit to Pyongyang (target only),        false, -,              Pyongyang,   Pyongyang, true",
      "a visit by Putin (doer only),            false, Vladimir Putin, -,           -,         true",
      "nobody and nothing,                        false, -,              -,           -,         true",
      "Putin visits North Korea,                false, Vladimir Putin, North Korea, -,         false",
      "doer and a place,                        false, Vladimir Putin, -,           Hanoi,     false",
      "dated with target only,                     true,  -,              Ukraine,     -,         false",
      "dated without actors,                   true,  -,              -,           -,         false",
      "same party as actor and place,           false, -,              Pyongyang,   Pyongyang, true",
  })
  void fragmentsAreUndatedWithFewerThanTwoParties(String name, boolean dated, String source, String target,
      String place, boolean fragment) {
    Event e = event("e", dated, source, target, place);
    assertEquals(fragment, EventWeight.isFragment(e), name);
    assertEquals(!fragment, EventWeight.hasWeight(e), name);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "-", value = {
      "the mercenaries fight near a town,          mercenaries,     -,            Soledar,   true",
      "the two countries cooperate,                countries,       -,            -,         true",
      "a ministry strikes civilian infrastructure, Defence Ministry, civilian infrastructure, -, true",
      "the delegation meets two named bodies,      delegation,      -,            -,         true",
      "the rebels attack a named town and state,   rebels,          Mali,         Timbuktu,  false",
  })
  void descriptionsWithoutAnEntityAreNoParties(String name, String source, String target, String place,
      boolean fragment) {
    List<EntityRef> actors = new ArrayList<>();
    actors.add(new EntityRef(null, source, "source", null));
    if (target != null) {
      actors.add(new EntityRef(target.equals("civilian infrastructure") ? null : "ent-" + target.toLowerCase(),
          target, "target", null));
    }
    EntityRef p = place == null ? null : new EntityRef("ent-" + place.toLowerCase(), place, "place", null);
    Event e = new Event("e", EventType.FIGHT, "fight", "Title", DateSpan.unknown(null, null, null), actors, p,
        EventStatus.REPORTED, List.of("claim-e"), List.of("doc-1"), 1, List.of(), "1 independent source: Wire");
    assertEquals(fragment, EventWeight.isFragment(e), name);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "-", value = {
      "SANCTION,  the international community, -,         Iran, Syria, true",
      "SANCTION,  -,                           European Union, Iran, Syria, false",
      "AID,       donors,                      -,         Sudan, Chad,  true",
      "ASSAULT,   -,                           Russia,    Ukraine, -,   false",
      "CONSULT,   the delegation,              -,         Iran, Syria, false",
  })
  void anUndatedDirectedEventNeedsAResolvedDoer(EventType type, String description, String doer,
      String target1, String target2, boolean fragment) {
    List<EntityRef> actors = new ArrayList<>();
    if (description != null) {
      actors.add(new EntityRef(null, description, "source", null));
    }
    if (doer != null) {
      actors.add(new EntityRef("ent-" + doer.toLowerCase().replace(' ', '-'), doer, "source", null));
    }
    for (String t : new String[] {target1, target2}) {
      if (t != null) {
        actors.add(new EntityRef("ent-" + t.toLowerCase(), t, "target", null));
      }
    }
    Event e = new Event("e", type, "x", "Title", DateSpan.unknown(null, null, null), actors, null,
        EventStatus.REPORTED, List.of("claim-e"), List.of("doc-1"), 1, List.of(), "1 independent source: Wire");
    assertEquals(fragment, EventWeight.isFragment(e), type + " " + actors);
  }

  @Test
  void chronologiesListFragmentsLastOrLeaveThemOut() {
    List<Event> events = List.of(event("a", false, null, "Pyongyang", "Pyongyang"),
        event("b", false, "Sergei Shoigu", "Kim Jong Un", null), event("c", true, null, "Ukraine", null),
        event("0", false, "Vladimir Putin", null, null));
    ChronologyFilter withUndated = ChronologyFilter.all().withUndated(true);
    assertEquals(List.of("c", "b", "0", "a"), Chronology.of(events, withUndated).events().stream().map(Event::id).toList());
    assertEquals(List.of("c", "b"), Chronology.of(events, withUndated.withFragments(false)).events().stream()
        .map(Event::id).toList());
    assertEquals(List.of("c"), Chronology.of(events, ChronologyFilter.all()).events().stream().map(Event::id).toList());
    assertTrue(TimelineFormat.line(events.get(0)).startsWith("fragment "), TimelineFormat.line(events.get(0)));
    assertTrue(TimelineFormat.line(events.get(1)).startsWith("undated "), TimelineFormat.line(events.get(1)));
  }

  @Test
  void seededRandomEventsAreFragmentsExactlyByTheRule() {
    Random r = new Random(7L);
    String[] names = {"Armenia", "Azerbaijan", "Baku", "Yerevan", null};
    for (int i = 0; i < 500; i++) {
      String s = names[r.nextInt(names.length)];
      String t = names[r.nextInt(names.length)];
      String p = names[r.nextInt(names.length)];
      boolean dated = r.nextInt(3) == 0;
      Set<String> parties = new HashSet<>();
      for (String n : new String[] {s, t, p}) {
        if (n != null) {
          parties.add(n);
        }
      }
      Event e = event("r" + i, dated, s, t, p);
      assertEquals(!dated && parties.size() < 2, EventWeight.isFragment(e), s + "/" + t + "/" + p + " dated " + dated);
      assertTrue(ChronologyFilter.all().withUndated(true).withFragments(true).test(e));
    }
  }
}
