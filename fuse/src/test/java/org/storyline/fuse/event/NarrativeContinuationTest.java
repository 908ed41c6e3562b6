package org.storyline.fuse.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.storyline.fuse.event.Fixtures.article;
import static org.storyline.fuse.event.Fixtures.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storyline.core.claim.Claim;
import org.storyline.core.claim.EventType;
import org.storyline.core.claim.Stance;
import org.storyline.core.document.Article;
import org.storyline.core.event.Event;
import org.storyline.core.time.DateSpan;

/**
 * Undated claims that continue the narrative of a dated event in the same document
 * ({@link NarrativeAnchors}, {@link ClaimFuser#continues}): own sentences about this story and
 * other conflicts, a table of what stops the continuation, and seeded random documents.
 */
class NarrativeContinuationTest {
  private static final List<Article> DOCS = List.of(
      article("d-gazette", "Northern Gazette", "2024-06-20"),
      article("d-wire", "Harbour Wire", "2023-09-14"),
      article("d-post", "Evening Post", "2024-09-16"));

  private static List<Event> fuse(Claim... claims) {
    return new ClaimFuser().fuse(DOCS, List.of(claims));
  }

  private static Event eventOf(List<Event> events, String claimId) {
    return events.stream().filter(e -> e.claims().contains(claimId)).findFirst()
        .orElseThrow(() -> new AssertionError(claimId + " in no event: " + events));
  }

  @Test
  void partialClaimsOfOneArticleJoinItsDatedVisit() {
    // "Armenia's foreign minister Mirzoyan arrived in Azerbaijan and held talks on 10 May 2024.
    //  Mirzoyan reportedly spoke with his counterpart Bayramov. ... the visit to Baku ..."
    List<Event> events = fuse(
        claim("a1", "d-gazette").at(0).event(EventType.CONSULT, "meet").source("Ararat Mirzoyan")
            .day("2024-05-10", "on 10 May").build(),
        claim("a2", "d-gazette").at(0).event(EventType.CONSULT, "visit").source("Ararat Mirzoyan")
            .target("Azerbaijan").build(),
        claim("a3", "d-gazette").at(120).event(EventType.CONSULT, "meet").source("Ararat Mirzoyan")
            .target("Jeyhun Bayramov").stance(Stance.REPORTED).build(),
        claim("a4", "d-gazette").at(240).event(EventType.CONSULT, "visit").target("Baku").place("Baku").build());
    assertEquals(1, events.size(), () -> "one visit: " + events);
    Event e = events.get(0);
    assertEquals(List.of("a1", "a2", "a3", "a4"), e.claims());
    assertEquals(LocalDate.of(2024, 5, 10), e.date().start());
    assertEquals(LocalDate.of(2024, 5, 10), e.date().end());
    assertTrue(e.title().startsWith("Ararat Mirzoyan meets ") && e.title().contains("Jeyhun Bayramov")
        && e.title().endsWith(" in Baku"), e.title());
  }

  @Test
  void aSentenceReferringBackToTheMeetingDoesNotStopTheNarrative() {
    // "Blinken met Wang Yi in Beijing on Friday. The meeting follows the signing of a trade deal
    //  between the two countries. Blinken visited Beijing as tensions rose." Without "The meeting"
    //  the deal would move the narrative on and the visit stay apart.
    List<Event> events = fuse(
        claim("b1", "d-daily").at(0).event(EventType.CONSULT, "meet").source("Antony Blinken").target("Wang Yi")
            .place("Beijing").day("2024-04-26", "on Friday").build(),
        claim("b2", "d-daily").at(60).sentence("The meeting follows the signing of a trade deal between the two countries.")
            .event(EventType.AGREE, "sign").source("United States").target("China").build(),
        claim("b3", "d-daily").at(140).event(EventType.CONSULT, "visit").source("Antony Blinken").target("Beijing")
            .place("Beijing").build());
    assertEquals(eventOf(events, "b1").id(), eventOf(events, "b3").id(), () -> "one visit: " + events);
    List<Event> moved = fuse(
        claim("c1", "d-daily").at(0).event(EventType.CONSULT, "meet").source("Antony Blinken").target("Wang Yi")
            .place("Beijing").day("2024-04-26", "on Friday").build(),
        claim("c2", "d-daily").at(60).sentence("A trade deal was signed between the two countries.")
            .event(EventType.AGREE, "sign").source("United States").target("China").build(),
        claim("c3", "d-daily").at(140).event(EventType.CONSULT, "visit").source("Antony Blinken").target("Beijing")
            .place("Beijing").build());
    assertNotEquals(eventOf(moved, "c1").id(), eventOf(moved, "c3").id(), () -> "the deal moved on: " + moved);
  }

  @Test
  void titlesNameResolvedActorsBeforeUnresolvedDescriptions() {
    // "Shoigu held talks with the military and with General Kang" / "the delegation met the speaker"
    Event withName = fuse(claim("u1", "d-post").event(EventType.CONSULT, "meet").source("Sergei Shoigu")
        .target("Kang Sun-nam").actor(Fixtures.unresolved("military", "target")).day("2023-07-26").build()).get(0);
    assertEquals("Sergei Shoigu meets Kang Sun-nam", withName.title());
    Event onlyDescribed = fuse(claim("u2", "d-post").event(EventType.CONSULT, "meet")
        .actor(Fixtures.unresolved("delegation", "source")).target("Choe Ryong-hae").day("2024-05-21").build()).get(0);
    assertEquals("The delegation meets Choe Ryong-hae", onlyDescribed.title());
  }

  @Test
  void theTwoLeadersMetInARegionContinueTheDatedSummit() {
    // "... their meeting on 13 September. However, the two leaders met in the Amur region to
    //  negotiate an arms deal." The region is not the summit's recorded place, but both leaders are.
    List<Event> events = fuse(
        claim("s1", "d-wire").at(0).event(EventType.CONSULT, "meet").source("Kim Jong Un").target("Vladimir Putin")
            .place("Russia").day("2023-09-13", "on Sept. 13").build(),
        claim("s2", "d-wire").at(0).event(EventType.AGREE, "sign").source("Kim Jong Un").target("Vladimir Putin")
            .stance(Stance.DENIED).build(),
        claim("s3", "d-wire").at(150).event(EventType.CONSULT, "meet").source("Kim Jong Un").target("Vladimir Putin")
            .place("Amur Oblast").build());
    assertEquals(eventOf(events, "s1").id(), eventOf(events, "s3").id());
    assertNotEquals(eventOf(events, "s1").id(), eventOf(events, "s2").id());
  }

  @Test
  void anUndatedMentionTakesTheDateStatedInTheNextSentence() {
    // "'I accepted the invitation to visit Hanoi,' she said. 'Today's talks will help.'"
    List<Event> events = fuse(
        claim("h1", "d-post").at(0).event(EventType.CONSULT, "visit").target("Hanoi").build(),
        claim("h2", "d-post").at(80).event(EventType.CONSULT, "talks").source("Penny Wong").target("Vietnam")
            .day("2024-09-12", "today").build());
    assertEquals(1, events.size(), () -> "one visit: " + events);
  }

  @Test
  void anotherDoerStaysApart() {
    // "Shoigu held talks on Wednesday. ... agreements reached during Putin's state visit."
    List<Event> events = fuse(
        claim("d1", "d-post").at(0).event(EventType.CONSULT, "meet").source("Sergei Shoigu")
            .day("2024-09-13", "on Friday").build(),
        claim("d2", "d-post").at(90).event(EventType.CONSULT, "visit").source("Vladimir Putin").build());
    assertNotEquals(eventOf(events, "d1").id(), eventOf(events, "d2").id());
  }

  @Test
  void lookAlikeVisitsOfTwoArticlesStayTwoEvents() {
    // A 2023 article dates Shoigu's first visit; a 2024 article reports another one "on Friday"
    // (week unknown) and goes on "Shoigu ... visited Pyongyang" undated.
    List<Event> events = fuse(
        claim("v1", "d-wire").at(0).event(EventType.CONSULT, "visit").source("Sergei Shoigu").target("North Korea")
            .place("Pyongyang").day("2023-07-26").build(),
        claim("v2", "d-post").at(0).event(EventType.CONSULT, "meet").source("Sergei Shoigu").target("Kim Jong Un")
            .date(DateSpan.unknown("XXXX-WXX-5", "on Friday", null)).build(),
        claim("v3", "d-post").at(300).event(EventType.CONSULT, "visit").source("Sergei Shoigu").target("Pyongyang")
            .place("Pyongyang").build());
    assertEquals(2, events.size(), () -> "two visits: " + events);
    assertEquals(eventOf(events, "v2").id(), eventOf(events, "v3").id());
    assertNotEquals(eventOf(events, "v1").id(), eventOf(events, "v3").id());
    // the target also given as the place is named as the place
    assertEquals("Sergei Shoigu meets Kim Jong Un in Pyongyang", eventOf(events, "v3").title());
  }

  /**
   * A dated strike, then a sentence of the given kind, then an undated strike by the same sides:
   * the undated one continues the dated one only when the middle sentence does not move on.
   */
  @ParameterizedTest(name = "{0} -> joins {1}")
  @CsvSource({
      "nothing, true",
      "undated statement, true",
      "undated same-type claim, true",
      "dated statement, false",
      "other-type event, false",
      "other-type event beside a same-type claim, true",
      "unresolved date of same type, false",
  })
  void whatStopsTheNarrative(String middle, boolean joins) {
    List<Claim> claims = new ArrayList<>();
    claims.add(claim("k1", "d-gazette").at(0).event(EventType.ASSAULT, "strike").source("Russia").target("Ukraine")
        .day("2023-12-30").build());
    switch (middle) {
      case "undated statement" -> claims.add(claim("k2", "d-gazette").at(100).speaker("John Kirby").cue("said").build());
      case "undated same-type claim" -> claims.add(claim("k2", "d-gazette").at(100).event(EventType.ASSAULT, "missile")
          .target("Kharkiv").build());
      case "dated statement" -> claims.add(claim("k2", "d-gazette").at(100).speaker("Andriy Kostin").cue("announced")
          .day("2024-01-11", "On January 11").build());
      case "other-type event" -> claims.add(claim("k2", "d-gazette").at(100).event(EventType.INVESTIGATE, "investigate")
          .source("Security Service of Ukraine").build());
      case "other-type event beside a same-type claim" -> {
        claims.add(claim("k2", "d-gazette").at(100).event(EventType.ASSAULT, "missile").source("Russia").build());
        claims.add(claim("k2b", "d-gazette").at(100).event(EventType.INVESTIGATE, "investigate")
            .source("Prosecutor General's Office").build());
      }
      case "unresolved date of same type" -> claims.add(claim("k2", "d-gazette").at(100).event(EventType.ASSAULT, "strike")
          .source("Russia").target("Ukraine").date(DateSpan.unknown("XXXX-02-22", "On February 22", null)).build());
      default -> { }
    }
    claims.add(claim("k3", "d-gazette").at(200).event(EventType.ASSAULT, "strike").source("Russia").target("Ukraine").build());
    List<Event> events = new ClaimFuser().fuse(DOCS, claims);
    assertEquals(joins, eventOf(events, "k1").id().equals(eventOf(events, "k3").id()), () -> middle + ": " + events);
  }

  @Test
  void seededRandomArticlesJoinExactlyTheUninterruptedContinuations() {
    Random r = new Random(20240613L);
    String[] countries = {"Armenia", "Azerbaijan", "Georgia", "Serbia", "Kosovo", "Sudan", "Chad", "Niger", "Mali", "Peru"};
    for (int round = 0; round < 40; round++) {
      List<Article> docs = new ArrayList<>();
      List<Claim> claims = new ArrayList<>();
      Map<String, String> datedOf = new HashMap<>();
      Map<String, Boolean> shouldJoin = new HashMap<>();
      int docCount = 1 + r.nextInt(4);
      for (int d = 0; d < docCount; d++) {
        String doc = "doc-" + round + "-" + d;
        docs.add(article(doc, "Outlet " + d, "2024-12-31"));
        String a = countries[r.nextInt(countries.length)];
        String b = countries[(Arrays.asList(countries).indexOf(a) + 1 + r.nextInt(countries.length - 1)) % countries.length];
        EventType type = r.nextBoolean() ? EventType.CONSULT : EventType.AID;
        String mode = type == EventType.CONSULT ? "meet" : "military";
        String dated = doc + "-c0";
        // a day more than a week before publication, no place: only the narrative, or for a
        // meeting its document, can join
        claims.add(claim(dated, doc).at(0).event(type, mode).source(a).target(b)
            .day(LocalDate.of(2024, 1 + d, 1 + r.nextInt(28)).toString()).build());
        boolean interrupted = false;
        int offset = 100;
        for (int k = 1; k <= 4; k++, offset += 100) {
          if (r.nextInt(4) == 0) {
            claims.add(claim(doc + "-x" + k, doc).at(offset).event(EventType.DISAPPROVE, "accuse")
                .source("Observer " + k).target(a).build());
            interrupted = true;
            offset += 100;
          }
          String id = doc + "-c" + k;
          Fixtures.ClaimBuilder c = claim(id, doc).at(offset).event(type, mode);
          int actors = r.nextInt(3);
          switch (actors) {
            case 0 -> c.source(a).target(b);
            case 1 -> c.source(a);
            default -> c.target(b);
          }
          claims.add(c.build());
          datedOf.put(id, dated);
          // past an interruption, a meeting naming its doer is still the document's one dated
          // meeting (ClaimFuser#soleSameDocumentGroup), and a transfer naming only its doer the
          // document's one dated transfer (ClaimFuser#soleDocumentGroupOfDoer); the receiver
          // alone, or a transfer naming both parties, is not
          shouldJoin.put(id, !interrupted || type == EventType.CONSULT && actors != 2
              || type == EventType.AID && actors == 1);
        }
      }
      List<Event> events = new ClaimFuser().fuse(docs, claims);
      for (Map.Entry<String, Boolean> s : shouldJoin.entrySet()) {
        if (!s.getValue()) {
          String id = s.getKey();
          boolean joined = events.stream().anyMatch(e -> e.claims().contains(id) && e.claims().contains(datedOf.get(id)));
          assertEquals(false, joined, "round " + round + ": " + id + " joined across an interruption");
        } else {
          Event e = eventOf(events, s.getKey());
          assertEquals(true, e.claims().contains(datedOf.get(s.getKey())),
              "round " + round + ": " + s.getKey() + " did not continue its article's event");
        }
      }
    }
  }
}
