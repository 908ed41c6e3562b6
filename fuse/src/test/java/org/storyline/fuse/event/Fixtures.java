package org.storyline.fuse.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.storyline.core.claim.Attribution;
import org.storyline.core.claim.Bound;
import org.storyline.core.claim.Claim;
import org.storyline.core.claim.ClaimKind;
import org.storyline.core.claim.EventFrame;
import org.storyline.core.claim.EventType;
import org.storyline.core.claim.Quantity;
import org.storyline.core.claim.Stance;
import org.storyline.core.document.Article;
import org.storyline.core.document.SourceFormat;
import org.storyline.core.document.SourceRef;
import org.storyline.core.entity.EntityRef;
import org.storyline.core.time.DateBasis;
import org.storyline.core.time.DateSpan;
import org.storyline.core.time.PublicationDate;

/** Hand-built articles and claims for fusion tests. */
public final class Fixtures {
  private Fixtures() {}

  /** An article with the given outlet and publication day (ISO, or null). */
  public static Article article(String id, String outlet, String published) {
    return article(id, outlet, published, null);
  }

  public static Article article(String id, String outlet, String published, String duplicateOf) {
    return new Article(id, new SourceRef("/in/" + id + ".html", null, SourceFormat.HTML, null),
        "Title " + id, outlet, List.of(), published == null ? null
            : new PublicationDate(published, null, DateBasis.METADATA, 0.9),
        "en", "Body of " + id, duplicateOf, List.of());
  }

  /** A resolved reference: entity id derived from the name. */
  public static EntityRef ref(String name, String role) {
    return new EntityRef("ent-" + ActorKeys.normalise(name).replace(' ', '-'), name, role, null);
  }

  /** An unresolved reference (no entity id). */
  public static EntityRef unresolved(String name, String role) {
    return new EntityRef(null, name, role, null);
  }

  public static ClaimBuilder claim(String id, String document) {
    return new ClaimBuilder(id, document);
  }

  /** Fluent builder of one claim; an event claim once {@link #event} is called. */
  public static final class ClaimBuilder {
    private final String id;
    private final String document;
    private String sentence;
    private EventFrame event;
    private final List<EntityRef> actors = new ArrayList<>();
    private EntityRef place;
    private DateSpan date;
    private final List<Quantity> quantities = new ArrayList<>();
    private EntityRef speaker;
    private EntityRef cited;
    private String cue;
    private Stance stance = Stance.ASSERTED;
    private String denies;
    private int start;

    ClaimBuilder(String id, String document) {
      this.id = id;
      this.document = document;
    }

    public ClaimBuilder sentence(String s) {
      sentence = s;
      return this;
    }

    public ClaimBuilder event(EventType type, String mode) {
      event = new EventFrame(type, mode, mode);
      return this;
    }

    public ClaimBuilder event(EventType type, String mode, String trigger) {
      event = new EventFrame(type, mode, trigger);
      return this;
    }

    public ClaimBuilder source(String name) {
      actors.add(ref(name, "source"));
      return this;
    }

    public ClaimBuilder target(String name) {
      actors.add(ref(name, "target"));
      return this;
    }

    public ClaimBuilder actor(EntityRef r) {
      actors.add(r);
      return this;
    }

    public ClaimBuilder place(String name) {
      place = ref(name, "place");
      return this;
    }

    public ClaimBuilder day(String iso) {
      date = DateSpan.day(LocalDate.parse(iso), iso, "explicit");
      return this;
    }

    public ClaimBuilder day(String iso, String text) {
      date = DateSpan.day(LocalDate.parse(iso), text, "explicit");
      return this;
    }

    public ClaimBuilder month(int year, int month) {
      date = DateSpan.month(year, month, "in month " + month, "document");
      return this;
    }

    public ClaimBuilder month(int year, int month, String text) {
      date = DateSpan.month(year, month, text, "document");
      return this;
    }

    public ClaimBuilder year(int year) {
      date = DateSpan.year(year, "in " + year, "explicit");
      return this;
    }

    public ClaimBuilder date(DateSpan d) {
      date = d;
      return this;
    }

    public ClaimBuilder quantity(double value, Bound bound, String item, String text) {
      quantities.add(new Quantity(value, bound == Bound.AT_LEAST ? value : null, null, bound, null, item, text));
      return this;
    }

    public ClaimBuilder speaker(String name) {
      speaker = ref(name, "speaker");
      return this;
    }

    public ClaimBuilder cited(String name) {
      cited = ref(name, "cited");
      return this;
    }

    public ClaimBuilder cue(String c) {
      cue = c;
      return this;
    }

    public ClaimBuilder stance(Stance s) {
      stance = s;
      return this;
    }

    /**
     * Places the claim's sentence at this offset of its document (default 0: claims built
     * without it share one sentence).
     */
    public ClaimBuilder at(int offset) {
      start = offset;
      return this;
    }

    public ClaimBuilder denies(String claimId) {
      denies = claimId;
      return this;
    }

    public Claim build() {
      String s = sentence == null ? "Sentence of claim " + id + "." : sentence;
      Attribution a = speaker == null && cited == null && cue == null ? null : new Attribution(speaker, cited, cue);
      ClaimKind kind = event != null ? ClaimKind.EVENT
          : quantities.isEmpty() ? ClaimKind.STATEMENT : ClaimKind.QUANTITY;
      return new Claim(id, document, s, start, start + s.length(), kind, event, actors, place, date, quantities, a,
          stance, null, denies, 0.8);
    }
  }
}
