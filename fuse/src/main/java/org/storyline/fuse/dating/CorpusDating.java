package org.storyline.fuse.dating;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.storyline.core.claim.Claim;
import org.storyline.core.claim.Stance;
import org.storyline.core.document.Article;
import org.storyline.core.time.DateSpan;
import org.storyline.core.time.Granularity;

/**
 * Narrows the date window of documents that do not know their day from the dated claims other
 * documents make about the same events, then dates those documents' claims again against the
 * narrowed window. Runs once over a whole corpus, before event fusion; stateless between calls.
 *
 * <p>Evidence: a claim C of a document D whose date expression could not be placed ("is
 * readying to go to North Korea on Tuesday") and a claim E of another document that reports the
 * same event ({@link SameEvent}: same type and mode, two shared entities) as having happened
 * (not planned, hypothetical or denied) at day or month precision without open bounds ("In June,
 * Putin visited North Korea", June 2024). D may then have been written only on days from which
 * C's expression lands inside E's date; those days, within D's own window, are D's narrowed
 * window (the span from the first to the last of them). A document that knows nothing of its
 * date takes only day-precise evidence (a month recurs every year). Several evidence claims for one claim
 * must agree (their dates overlap) and all claims of D must leave a common window; on any
 * contradiction D is left as it was. The evidence claims' own dates are taken as analysed: a
 * window narrowed here never serves as evidence in turn.
 *
 * <p>Then every claim of a narrowed document whose date is not explicit is resolved again
 * against the narrowed window (coarsened to month or year where the days differ, basis
 * "inferred"); a date that does not come out placed keeps its old value.
 */
public final class CorpusDating {
  /** How far, in days, a document may lie from the event its relative expression names. */
  static final int REACH_DAYS = 400;

  /** What the stage produced: all claims (re-dated where narrowed) and each narrowing. */
  public record Result(List<Claim> claims, List<Narrowing> narrowings) {
    public Result {
      claims = List.copyOf(claims);
      narrowings = List.copyOf(narrowings);
    }
  }

  private static final Set<String> PRECISE_MODIFIERS = Set.of("early", "mid", "late");
  private static final Set<Stance> NOT_HAPPENED = Set.of(Stance.PLANNED, Stance.HYPOTHETICAL, Stance.DENIED);

  private final DocumentWindowOf windowOf;
  private final ClaimRedater redater;

  public CorpusDating(DocumentWindowOf windowOf, ClaimRedater redater) {
    this.windowOf = Objects.requireNonNull(windowOf, "windowOf");
    this.redater = Objects.requireNonNull(redater, "redater");
  }

  /** The claims of {@code articles}, those of narrowed documents dated again; order kept. */
  public Result date(List<Article> articles, List<Claim> claims) {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(claims, "claims");
    Map<String, DateSpan> own = new HashMap<>();
    for (Article a : articles) {
      DateSpan w = windowOf.of(a);
      if (w == null || w.start() == null || !w.start().equals(w.end())) {
        own.put(a.id(), w);
      }
    }
    List<Claim> evidence = claims.stream().filter(CorpusDating::happenedAtKnownDate).toList();
    Map<String, List<Claim>> byDocument = new LinkedHashMap<>();
    for (Claim c : claims) {
      if (own.containsKey(c.document())) {
        byDocument.computeIfAbsent(c.document(), k -> new ArrayList<>()).add(c);
      }
    }
    Map<String, Narrowing> narrowed = new LinkedHashMap<>();
    for (Map.Entry<String, List<Claim>> doc : byDocument.entrySet()) {
      Narrowing n = narrow(doc.getKey(), own.get(doc.getKey()), doc.getValue(), evidence);
      if (n != null) {
        narrowed.put(doc.getKey(), n);
      }
    }
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      Narrowing n = narrowed.get(c.document());
      out.add(n == null ? c : redated(c, n));
    }
    return new Result(out, new ArrayList<>(narrowed.values()));
  }

  /** The document's narrowed window, or null without evidence, on contradiction or when nothing narrows. */
  private Narrowing narrow(String document, DateSpan window, List<Claim> claims, List<Claim> evidence) {
    LocalDate from = window == null ? null : window.start();
    LocalDate to = window == null ? null : window.end();
    List<String> why = new ArrayList<>();
    for (Claim c : claims) {
      if (c.date() == null || c.date().isPlaced() || c.date().text() == null || c.event() == null) {
        continue;
      }
      DateSpan event = null;
      String source = null;
      for (Claim e : evidence) {
        boolean strong = window != null || e.date().granularity() == Granularity.DAY;
        if (strong && !e.document().equals(document) && SameEvent.test(c, e)) {
          event = event == null ? e.date() : intersection(event, e.date());
          if (event == null) {
            return null; // the other documents disagree on when it happened
          }
          source = source == null ? e.id() : source + "+" + e.id();
        }
      }
      if (event == null) {
        continue;
      }
      LocalDate[] days = admissibleDays(c, event, from, to);
      if (days == null) {
        return null; // no day of the window puts the expression on that date: the match is wrong
      }
      from = days[0];
      to = days[1];
      why.add(c.id() + " '" + c.date().text() + "' = " + source + " " + event.value());
    }
    if (why.isEmpty() || window != null && from.equals(window.start()) && to.equals(window.end())) {
      return null;
    }
    return new Narrowing(document, from, to, why);
  }

  /** First and last day within [from, to] (open ends: the reach around the event) that place c inside event. */
  private LocalDate[] admissibleDays(Claim c, DateSpan event, LocalDate from, LocalDate to) {
    LocalDate lo = event.start().minusDays(REACH_DAYS);
    LocalDate hi = event.end().plusDays(REACH_DAYS);
    lo = from != null && from.isAfter(lo) ? from : lo;
    hi = to != null && to.isBefore(hi) ? to : hi;
    LocalDate first = null;
    LocalDate last = null;
    for (LocalDate d = lo; !d.isAfter(hi); d = d.plusDays(1)) {
      DateSpan p = redater.redate(c, d, d);
      if (p != null && p.start() != null && p.end() != null
          && !p.start().isBefore(event.start()) && !p.end().isAfter(event.end())) {
        first = first == null ? d : first;
        last = d;
      }
    }
    return first == null ? null : new LocalDate[] {first, last};
  }

  private Claim redated(Claim c, Narrowing n) {
    if (c.date() == null || "explicit".equals(c.date().basis())) {
      return c;
    }
    DateSpan d = redater.redate(c, n.earliest(), n.latest());
    return d != null && d.isPlaced() && !d.equals(c.date()) ? c.withDate(d) : c;
  }

  /** A claim that says the event happened, dated to the day or month with no open bound. */
  private static boolean happenedAtKnownDate(Claim c) {
    DateSpan d = c.date();
    return c.event() != null && d != null && d.start() != null && d.end() != null
        && !NOT_HAPPENED.contains(c.stance())
        && (d.granularity() == Granularity.DAY || d.granularity() == Granularity.MONTH)
        && (d.modifier() == null || PRECISE_MODIFIERS.contains(d.modifier()));
  }

  private static DateSpan intersection(DateSpan a, DateSpan b) {
    LocalDate s = a.start().isAfter(b.start()) ? a.start() : b.start();
    LocalDate e = a.end().isBefore(b.end()) ? a.end() : b.end();
    if (e.isBefore(s)) {
      return null;
    }
    Granularity g = a.granularity().finerOrEqual(b.granularity()) ? a.granularity() : b.granularity();
    return new DateSpan(s, e, g, a.end().equals(e) && a.start().equals(s) ? a.value() : b.value(), null, null, null);
  }
}
