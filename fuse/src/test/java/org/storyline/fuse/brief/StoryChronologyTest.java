package org.storyline.fuse.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.storyline.fuse.event.Fixtures.article;
import static org.storyline.fuse.event.Fixtures.claim;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.core.claim.Bound;
import org.storyline.core.claim.Claim;
import org.storyline.core.claim.EventType;
import org.storyline.core.claim.Stance;
import org.storyline.core.document.Article;
import org.storyline.core.event.Event;
import org.storyline.fuse.event.ClaimFuser;

/** A small, invented coverage of a diplomatic thaw, fused and rendered end to end. */
class StoryChronologyTest {
  private static final List<Article> DOCS = List.of(
      article("a1", "Caspian Herald", "2023-05-03"),
      article("a2", "Southern Ledger", "2023-05-12"),
      article("a3", "Caspian Herald", "2023-05-20"),
      article("a4", "Mirror Feed", "2023-05-21", "a3"),
      article("a5", "Highland Report", "2023-06-02"));

  private static List<Claim> claims() {
    return List.of(
        claim("c01", "a1").event(EventType.CONSULT, "visit").source("Foreign Minister Aliyev")
            .target("Armenia").day("2023-05-10").stance(Stance.PLANNED).build(),
        claim("c02", "a2").event(EventType.CONSULT, "visit").source("Foreign Minister Aliyev")
            .target("Armenia").place("Yerevan").day("2023-05-10").build(),
        claim("c03", "a2").event(EventType.CONSULT, "meet").source("Foreign Minister Aliyev")
            .target("Prime Minister Sargsyan").place("Yerevan").day("2023-05-10").stance(Stance.REPORTED)
            .speaker("Prime Minister Sargsyan").cue("said").build(),
        claim("c04", "a3").event(EventType.AGREE, "sign").source("Azerbaijan").target("Armenia")
            .month(2023, 5, "this month").build(),
        claim("c05", "a4").event(EventType.AGREE, "sign").source("Azerbaijan").target("Armenia")
            .month(2023, 5, "this month").build(),
        claim("c06", "a5").event(EventType.AGREE, "sign").source("Armenia").target("Azerbaijan")
            .day("2023-05-18").place("Geneva").stance(Stance.REPORTED).speaker("Trend News Agency").cue("reported").build(),
        claim("c07", "a5").event(EventType.AID, "military").source("Armenia").target("Azerbaijan")
            .month(2023, 4).stance(Stance.ALLEGED).speaker("Border Service").cue("claimed")
            .quantity(12, Bound.EXACT, "mortar shells", "12").build(),
        claim("c08", "a5").event(EventType.REJECT, "deny").source("Armenia").target("Border Service")
            .day("2023-06-01").speaker("Armenia").cue("rejected").denies("c07").build());
  }

  @Test
  void chronologyOfTheThaw() {
    List<Event> events = new ClaimFuser().fuse(DOCS, claims());
    assertEquals("""
        2023-04 \u2014 Armenia supplies artillery shells to Azerbaijan [denied; 1 source: Highland Report]
        2023-05-10 \u2014 Foreign Minister Aliyev visits Armenia [confirmed; 1 source: Southern Ledger]
        2023-05-18 \u2014 Azerbaijan signs an agreement with Armenia in Geneva [confirmed; 2 sources: Caspian Herald, Trend News Agency]
        2023-06-01 \u2014 Armenia denies supplying artillery shells [confirmed; 1 source: Highland Report]
        """, Chronology.of(events, ChronologyFilter.all()).plainText());
    assertEquals(1, Chronology.of(events, ChronologyFilter.all().about("Azerbaijan")
        .since(LocalDate.of(2023, 5, 1))).events().size());
    assertEquals(4, Chronology.of(events, ChronologyFilter.all().about("armenia")).events().size());
    Event visit = Chronology.of(events, ChronologyFilter.all().types(EventType.CONSULT)).events().get(0);
    assertEquals(List.of("c01", "c02", "c03"), visit.claims());
    assertEquals("Yerevan", visit.place().name());
  }
}
