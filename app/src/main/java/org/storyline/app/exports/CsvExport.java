package org.storyline.app.exports;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.storyline.app.server.StoreSnapshot;
import org.storyline.core.claim.Claim;
import org.storyline.core.claim.Quantity;
import org.storyline.core.entity.EntityRef;
import org.storyline.core.event.Event;
import org.storyline.fuse.brief.DateLabels;
import org.storyline.store.StoredDocument;

/** Writes {@code events.csv} and {@code claims.csv}: one row per event or claim, a header row first. */
public final class CsvExport {
  /** Columns of events.csv. */
  public static final List<String> EVENT_COLUMNS = List.of("id", "date_start", "date_end", "date_precision", "date_label",
      "type", "quad_class", "mode", "title", "status", "independent_sources", "actors", "actor_ids", "place",
      "claims", "claim_ids", "document_ids", "evidence");
  /** Columns of claims.csv. */
  public static final List<String> CLAIM_COLUMNS = List.of("id", "event_id", "document_id", "document_title", "outlet",
      "published", "start", "end", "kind", "event_type", "mode", "stance", "date_start", "date_end", "actors", "place",
      "speaker", "cue", "cited", "quantities", "confidence", "sentence");

  private final StoreSnapshot s;

  public CsvExport(StoreSnapshot snapshot) {
    this.s = snapshot;
  }

  /** Writes all events; returns how many. */
  public int events(Writer w) throws IOException {
    w.write(Csv.BOM);
    w.write(Csv.row(EVENT_COLUMNS));
    int n = 0;
    for (Event e : s.events()) {
      List<Object> r = new ArrayList<>();
      r.add(e.id());
      r.add(e.date().isoStart());
      r.add(e.date().isoEnd());
      r.add(e.date().granularity().wireName());
      r.add(DateLabels.of(e.date()));
      r.add(e.type().name());
      r.add(e.type().quad().name().toLowerCase(Locale.ROOT));
      r.add(e.mode());
      r.add(e.title());
      r.add(e.status().wireName());
      r.add(e.independentSources());
      r.add(names(e.actors()));
      r.add(e.actors().stream().map(EntityRef::entity).filter(x -> x != null).collect(Collectors.joining("; ")));
      r.add(e.place() == null ? null : e.place().name());
      r.add(e.claims().size());
      r.add(String.join("; ", e.claims()));
      r.add(String.join("; ", e.documents()));
      r.add(e.evidence());
      w.write(Csv.row(r));
      n++;
    }
    return n;
  }

  /** Writes all claims; returns how many. */
  public int claims(Writer w) throws IOException {
    w.write(Csv.BOM);
    w.write(Csv.row(CLAIM_COLUMNS));
    int n = 0;
    for (Claim c : s.claims()) {
      StoredDocument d = s.document(c.document());
      List<Object> r = new ArrayList<>();
      r.add(c.id());
      r.add(s.eventOfClaim(c.id()));
      r.add(c.document());
      r.add(d == null ? null : d.article().title());
      r.add(d == null ? null : d.article().outlet());
      r.add(d == null || d.article().published() == null ? null : d.article().published().date());
      r.add(c.start());
      r.add(c.end());
      r.add(c.kind().wireName());
      r.add(c.event() == null ? null : c.event().type().name());
      r.add(c.event() == null ? null : c.event().mode());
      r.add(c.stance().wireName());
      r.add(c.date() == null ? null : c.date().isoStart());
      r.add(c.date() == null ? null : c.date().isoEnd());
      r.add(names(c.actors()));
      r.add(c.place() == null ? null : c.place().name());
      r.add(c.attribution() == null || c.attribution().speaker() == null ? null : c.attribution().speaker().name());
      r.add(c.attribution() == null ? null : c.attribution().cue());
      r.add(c.attribution() == null || c.attribution().cited() == null ? null : c.attribution().cited().name());
      r.add(c.quantities().stream().map(Quantity::text).collect(Collectors.joining("; ")));
      r.add(c.confidence());
      r.add(c.sentence());
      w.write(Csv.row(r));
      n++;
    }
    return n;
  }

  private static String names(List<EntityRef> refs) {
    return refs.stream().map(a -> a.role() == null ? a.name() : a.name() + " (" + a.role() + ")").collect(Collectors.joining("; "));
  }
}
