package org.storyline.fuse.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.storyline.core.claim.Claim;
import org.storyline.core.claim.EventType;
import org.storyline.core.claim.Stance;
import org.storyline.core.document.Article;
import org.storyline.core.time.DateSpan;

/**
 * Seeded synthetic coverage: latent events (type, two actors, day, place) each reported by a
 * few claims in documents of a pool of outlets, each claim a sentence of its own, at day (70%),
 * month (20%), year (5%) precision or undated (5%: half with an unresolved expression, half with
 * none, which {@link NarrativeAnchors} then reads), with related modes and some planned stances. Knows which latent event each
 * claim reports, for purity checks.
 */
public final class SyntheticClaims {
  public final List<Article> articles = new ArrayList<>();
  public final List<Claim> claims = new ArrayList<>();
  /** claim id → latent event number. */
  public final Map<String, Integer> truth = new HashMap<>();

  private static final EventType[] TYPES = {EventType.CONSULT, EventType.AID, EventType.ASSAULT,
      EventType.AGREE, EventType.SANCTION, EventType.DISAPPROVE};
  private static final String[][] MODES = {{"visit", "meet", "talks"}, {"military", "arms"},
      {"strike", "missile"}, {"sign"}, {null}, {"accuse"}};

  public SyntheticClaims(int claimCount, long seed) {
    Random r = new Random(seed);
    int outlets = 60;
    int actors = Math.max(20, claimCount / 25);
    int latent = Math.max(1, claimCount / 4);
    int docs = Math.max(1, claimCount / 6);
    LocalDate base = LocalDate.of(2022, 1, 1);
    for (int d = 0; d < docs; d++) {
      LocalDate pub = base.plusDays(r.nextInt(1400));
      articles.add(Fixtures.article(String.format("doc-%06d", d), "Outlet " + r.nextInt(outlets), pub.toString()));
    }
    int[] type = new int[latent];
    int[] a1 = new int[latent];
    int[] a2 = new int[latent];
    LocalDate[] day = new LocalDate[latent];
    for (int e = 0; e < latent; e++) {
      type[e] = r.nextInt(TYPES.length);
      a1[e] = r.nextInt(actors);
      a2[e] = (a1[e] + 1 + r.nextInt(actors - 1)) % actors;
      day[e] = base.plusDays(r.nextInt(1400));
    }
    for (int c = 0; c < claimCount; c++) {
      int e = r.nextInt(latent);
      String id = String.format("clm-%07d", c);
      String doc = String.format("doc-%06d", r.nextInt(docs));
      String[] modes = MODES[type[e]];
      Fixtures.ClaimBuilder b = Fixtures.claim(id, doc).at(c * 120)
          .event(TYPES[type[e]], modes[r.nextInt(modes.length)])
          .source("Actor " + a1[e]).target("Actor " + a2[e]);
      int p = r.nextInt(100);
      if (p < 70) {
        b.day(day[e].toString());
      } else if (p < 90) {
        b.month(day[e].getYear(), day[e].getMonthValue());
      } else if (p < 95) {
        b.year(day[e].getYear());
      } else if (r.nextBoolean()) {
        b.date(DateSpan.unknown(null, "recently", null));
      }
      if (r.nextInt(10) == 0) {
        b.stance(Stance.PLANNED);
      } else if (r.nextInt(5) == 0) {
        b.stance(Stance.REPORTED).speaker("Official " + r.nextInt(30)).cue("said");
      }
      claims.add(b.build());
      truth.put(id, e);
    }
  }
}
