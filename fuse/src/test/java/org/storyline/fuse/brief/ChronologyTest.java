package org.storyline.fuse.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.storyline.fuse.event.Fixtures.article;
import static org.storyline.fuse.event.Fixtures.claim;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storyline.core.claim.EventType;
import org.storyline.core.claim.Stance;
import org.storyline.core.document.Article;
import org.storyline.core.event.Event;
import org.storyline.core.event.EventStatus;
import org.storyline.core.time.DateSpan;
import org.storyline.core.time.Granularity;
import org.storyline.fuse.entity.KnowledgeBase;
import org.storyline.fuse.event.ClaimFuser;
import org.storyline.fuse.event.Fixtures;
import org.storyline.fuse.event.OfficeHolders;

class ChronologyTest {
  private static final List<Article> DOCS = List.of(
      article("d1", "Euronews", "2024-06-17"),
      article("d2", "Kyiv Independent", "2023-10-06"),
      article("d3", "Harbour Wire", "2024-01-12"));

  private static List<Event> events() {
    return new ClaimFuser().fuse(DOCS, List.of(
        claim("c1", "d1").event(EventType.CONSULT, "meet").source("Kim Jong Un").target("Vladimir Putin")
            .place("Vostochny Cosmodrome").month(2023, 9, "last September").build(),
        claim("c2", "d2").event(EventType.CONSULT, "meet").source("Kim Jong Un").target("Vladimir Putin")
            .day("2023-09-13").build(),
        claim("c3", "d1").event(EventType.CONSULT, "visit").source("Vladimir Putin").target("North Korea")
            .day("2024-06-18").stance(Stance.PLANNED).build(),
        claim("c4", "d3").event(EventType.ASSAULT, "missile").source("Russia").target("Ukraine")
            .day("2024-01-02").quantity(3, org.storyline.core.claim.Bound.EXACT, "ballistic missiles", "three").build(),
        claim("c5", "d3").event(EventType.COOPERATE, "military").source("Russia").target("North Korea").build()));
  }

  @Test
  void plainLinesCarryDateTitleStatusAndSources() {
    Chronology c = Chronology.of(events(), ChronologyFilter.all());
    assertEquals("""
        2023-09-13 \u2014 Kim Jong Un meets Vladimir Putin at Vostochny Cosmodrome [confirmed; 2 sources: Euronews, Kyiv Independent]
        2024-01-02 \u2014 Russia launches ballistic missiles against Ukraine [reported; 1 source: Harbour Wire]
        2024-06-18 \u2014 Vladimir Putin plans to visit North Korea [planned; 1 source: Euronews]
        """, c.plainText());
  }

  @Test
  void officeHoldersStandForTheirStateOnlyWhileInOffice() {
    OfficeHolders kb = OfficeHolders.builtIn();
    org.storyline.core.entity.EntityRef blinken = new org.storyline.core.entity.EntityRef(null, "Antony Blinken", "source", null);
    assertTrue(kb.actsFor(blinken, "United States", DateSpan.day(LocalDate.of(2024, 6, 1), "June 1", "explicit")));
    assertTrue(!kb.actsFor(blinken, "United States", DateSpan.day(LocalDate.of(2025, 6, 1), "June 1", "explicit")));
    assertTrue(!kb.actsFor(blinken, "Ukraine", DateSpan.day(LocalDate.of(2024, 6, 1), "June 1", "explicit")));
    assertTrue(kb.actsFor(blinken, "US", DateSpan.unknown(null, null, null)), "undated: any office held");
    assertTrue(!kb.actsFor(new org.storyline.core.entity.EntityRef(null, "Jane Roe", "source", null), "United States",
        DateSpan.unknown(null, null, null)));
  }

  @Test
  void markdownEscapesAndBolds() {
    String md = Chronology.of(events(), ChronologyFilter.all().types(EventType.ASSAULT)).markdown();
    assertEquals("- **2024-01-02** \u2014 Russia launches ballistic missiles against Ukraine "
        + "\\[reported; 1 source: Harbour Wire\\]\n", md);
    assertEquals("a\\*b\\_c\\[d\\]", Chronology.escape("a*b_c[d]"));
  }

  @Test
  void filtersByActorDateTypeAndStatus() {
    List<Event> all = events();
    assertEquals(2, Chronology.of(all, ChronologyFilter.all().about("Vladimir Putin")).events().size());
    assertEquals(1, Chronology.of(all, ChronologyFilter.all().about("ent-ukraine")).events().size());
    assertEquals(0, Chronology.of(all, ChronologyFilter.all().about("Belarus")).events().size());
    // a state stands for its office holders at the time: the summit is about North Korea and Russia
    assertEquals(2, Chronology.of(all, ChronologyFilter.all().about("North Korea")).events().size());
    assertEquals(3, Chronology.of(all, ChronologyFilter.all().about("Russia")).events().size());
    // an event held at a place is about that place: the summit at the cosmodrome
    assertEquals(1, Chronology.of(all, ChronologyFilter.all().about("Vostochny Cosmodrome")).events().size());
    assertEquals(2, Chronology.of(all, ChronologyFilter.all().since(LocalDate.of(2024, 1, 1))).events().size());
    assertEquals(1, Chronology.of(all, ChronologyFilter.all().until(LocalDate.of(2023, 12, 31))).events().size());
    assertEquals(1, Chronology.of(all, ChronologyFilter.all().statuses(EventStatus.PLANNED)).events().size());
    assertEquals(List.of(EventType.CONSULT, EventType.CONSULT),
        Chronology.of(all, ChronologyFilter.all().types(EventType.CONSULT)).events().stream().map(Event::type).toList());
    assertEquals(4, Chronology.of(all, ChronologyFilter.all().withUndated(true)).events().size());
    assertEquals("", Chronology.of(all, ChronologyFilter.all().about("Nobody")).plainText());
    assertThrows(IllegalArgumentException.class,
        () -> ChronologyFilter.all().since(LocalDate.of(2024, 2, 1)).until(LocalDate.of(2024, 1, 1)));
  }

  @Test
  void timelineLineHasFixedColumns() {
    Event e = events().get(0);
    String line = TimelineFormat.line(e);
    assertTrue(line.startsWith("2023-09-13                  CONSULT/meet            confirmed  Kim Jong Un meets"), line);
    assertTrue(line.endsWith("(2 sources, 2 claims) " + e.id()), line);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2024-06-19|2024-06-19|DAY||2024-06-19",
      "2024-05-20|2024-05-24|DAY||2024-05-20 to 2024-05-24",
      "2024-06-01|2024-06-30|MONTH||2024-06",
      "2024-01-01|2024-12-31|YEAR|early|early 2024",
      "2020-01-01|2029-12-31|DECADE||2020s",
      "|2024-05-24|DAY||until 2024-05-24",
      "2022-01-01||YEAR||since 2022",
      "2022-01-01||YEAR|since|since 2022",
      "2023-01-01|2024-12-31|YEAR||2023 to 2024",
      "2024-06-28|2024-12-27|YEAR||2024-06 to 2024-12",
      "2024-06-03|2024-06-21|YEAR||2024-06-03 to 2024-06-21",
      "2024-03-01|2024-05-31|MONTH||2024-03 to 2024-05",
      "2024-06-10|2024-06-16|MONTH||2024-06-10 to 2024-06-16",
      "||UNKNOWN||undated"})
  void dateLabels(String start, String end, Granularity g, String modifier, String label) {
    DateSpan d = new DateSpan(start == null ? null : LocalDate.parse(start), end == null ? null : LocalDate.parse(end),
        g, null, null, null, modifier);
    assertEquals(label, DateLabels.of(d));
  }

  @Test
  void vagueEventsBesidePreciseOnesOfTheSameTitleAreLeftOutUnlessKept() {
    List<Article> docs = List.of(article("x1", "Harbour Wire", "2024-02-01"), article("x2", "Lakeside Courier", "2024-02-02"));
    List<Event> events = new ClaimFuser().fuse(docs, List.of(
        claim("s1", "x1").event(EventType.ASSAULT, "strike").source("Russia").target("Ukraine").day("2024-01-02").build(),
        claim("s2", "x1").event(EventType.ASSAULT, "strike").source("Russia").target("Ukraine").day("2024-01-06").build(),
        claim("s3", "x2").event(EventType.ASSAULT, "strike").source("Russia").target("Ukraine").month(2024, 1).build()));
    assertEquals(3, events.size());
    assertEquals(List.of("2024-01-02", "2024-01-06"), Chronology.of(events, ChronologyFilter.all()).events().stream()
        .map(e -> DateLabels.of(e.date())).toList());
    assertEquals(3, Chronology.of(events, ChronologyFilter.all().withSubsumed(true)).events().size());
  }

  // ---------------------------------------------------------------- dates without a year

  private static DateSpan yearOpen(String value, String text, String modifier) {
    return new DateSpan(null, null, Granularity.UNKNOWN, value, text, "unresolved", modifier);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "XXXX-05-20|May 20||20 May, year unknown",
      "XXXX-05-24|May 24|until|until 24 May, year unknown",
      "XXXX-12-01|December 1|approx|about 1 December, year unknown",
      "XXXX-02|in February||February, year unknown",
      "XXXX-02-29|February 29||29 February, year unknown",
      "XXXX-02-30|February 30||undated",
      "XXXX-13-01|nonsense||undated",
      "XXXX-WXX-5|on Friday||undated",
      "|on Friday||undated"})
  void aDateWithoutItsYearShowsWhatIsKnown(String value, String text, String modifier, String label) {
    assertEquals(label, DateLabels.of(yearOpen(value, text, modifier)));
  }

  private static List<Event> withYearOpenEvents() {
    List<Article> docs = List.of(article("y1", "Harbour Wire", null), article("y2", "Lakeside Courier", "2024-06-20"));
    return new ClaimFuser().fuse(docs, List.of(
        // "A Chinese delegation arrived in Minsk on May 20" in an article without a year
        claim("a1", "y1").at(0).event(EventType.CONSULT, "visit").source("China").target("Minsk").place("Minsk")
            .date(yearOpen("XXXX-05-20", "May 20", null)).build(),
        claim("a2", "y1").at(300).event(EventType.INVESTIGATE, "review").source("National Intelligence Service")
            .date(yearOpen("XXXX-01-03", "on January 3", null)).build(),
        claim("a3", "y1").at(600).event(EventType.DISAPPROVE, "accuse").source("Lithuania").target("Belarus").build(),
        claim("a4", "y2").at(0).event(EventType.CONSULT, "meet").source("Kim Jong Un").target("Vladimir Putin")
            .day("2023-09-13").build(),
        claim("a5", "y1").at(900).event(EventType.AID, "military")
            .actor(Fixtures.unresolved("the suppliers", "source"))
            .date(yearOpen("XXXX-03-02", "on March 2", null)).build()));
  }

  @Test
  void yearOpenEventsFollowTheDatedOnesByMonthAndDayInTimelineAndBrief() {
    List<Event> events = withYearOpenEvents();
    Event visit = events.stream().filter(e -> e.claims().contains("a1")).findFirst().orElseThrow();
    assertEquals("XXXX-05-20", visit.date().value(), "the event keeps what is known");
    assertEquals(null, visit.date().start(), "no year is guessed");
    assertEquals(null, visit.date().end());
    List<String> timeline = Chronology.of(events, ChronologyFilter.all().withUndated(true).withFragments(false)).events()
        .stream().map(e -> DateLabels.of(e.date())).toList();
    assertEquals(List.of("2023-09-13", "3 January, year unknown", "20 May, year unknown", "undated"), timeline);
    String line = TimelineFormat.line(visit);
    assertTrue(line.startsWith("20 May, year unknown        CONSULT/visit           reported"), line);
    // the brief shows them after the dated events, but no undated event
    assertEquals("""
        2023-09-13 \u2014 Kim Jong Un meets Vladimir Putin [reported; 1 source: Lakeside Courier]
        3 January, year unknown \u2014 The National Intelligence Service opens an investigation [reported; 1 source: Harbour Wire]
        20 May, year unknown \u2014 China visits Minsk [reported; 1 source: Harbour Wire]
        """, Chronology.of(events, ChronologyFilter.all().withFragments(false)).plainText());
    assertTrue(Chronology.of(events, ChronologyFilter.all()).markdown()
        .contains("- **20 May, year unknown** \u2014 China visits Minsk"));
    // a date range cannot hold a date of unknown year
    assertEquals(List.of("2023-09-13"), Chronology.of(events, ChronologyFilter.all().until(LocalDate.of(2024, 9, 13)))
        .events().stream().map(e -> DateLabels.of(e.date())).toList());
  }

  @Test
  void aYearOpenDayGivesWeightToAnEventOfOneParty() {
    List<Event> events = withYearOpenEvents();
    Event review = events.stream().filter(e -> e.claims().contains("a2")).findFirst().orElseThrow();
    assertTrue(EventWeight.hasWeight(review), "one party, but a day: " + review);
    Event unnamed = events.stream().filter(e -> e.claims().contains("a5")).findFirst().orElseThrow();
    assertTrue(EventWeight.isFragment(unnamed), "a day, but no party: " + unnamed);
  }

  @Test
  void anEventKeepsTheMostAnUnplacedDateOfItsClaimsSays() {
    List<Article> docs = List.of(article("y1", "Harbour Wire", null));
    List<Event> events = new ClaimFuser().fuse(docs, List.of(
        claim("b1", "y1").at(0).event(EventType.CONSULT, "meet").source("China").target("Belarus")
            .date(DateSpan.unknown(null, "on Friday", "unresolved")).build(),
        claim("b2", "y1").at(0).event(EventType.CONSULT, "meet").source("China").target("Belarus")
            .date(yearOpen("XXXX-05", "in May", null)).build(),
        claim("b3", "y1").at(0).event(EventType.CONSULT, "meet").source("China").target("Belarus")
            .date(yearOpen("XXXX-05-20", "May 20", null)).build()));
    assertEquals(1, events.size(), events.toString());
    assertEquals("XXXX-05-20", events.get(0).date().value());
    assertEquals("20 May, year unknown", DateLabels.of(events.get(0).date()));
  }

  @Test
  void aStateStandsForTheOfficeHoldersOfTheUsersKnowledgeBase() {
    KnowledgeBase kb = KnowledgeBase.parse("""
        [valdoria]
        type: STATE
        name: Valdoria

        [ivo-marek]
        type: PERSON
        name: Ivo Marek
        office: president | valdoria | 2019 ..
        """, "user.kb");
    List<Event> events = new ClaimFuser(kb).fuse(DOCS, List.of(
        claim("u1", "d1").event(EventType.CONSULT, "meet").source("Ivo Marek").target("Lena Sorel")
            .day("2024-02-12").build()));
    assertEquals(0, Chronology.of(events, ChronologyFilter.all().about("Valdoria")).events().size(),
        "the built-in knowledge base knows no Marek");
    assertEquals(1, Chronology.of(events, ChronologyFilter.all().about("Valdoria")
        .withOfficeHolders(OfficeHolders.of(kb))).events().size());
  }
}
