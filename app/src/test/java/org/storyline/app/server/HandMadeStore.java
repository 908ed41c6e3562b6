package org.storyline.app.server;

import java.nio.file.Path;
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
import org.storyline.core.document.DroppedBlock;
import org.storyline.core.document.SourceFormat;
import org.storyline.core.document.SourceRef;
import org.storyline.core.entity.Entity;
import org.storyline.core.entity.EntityRef;
import org.storyline.core.entity.EntityType;
import org.storyline.core.entity.Mention;
import org.storyline.core.event.Event;
import org.storyline.core.event.EventStatus;
import org.storyline.core.stage.DocumentAnalysis;
import org.storyline.core.stage.DocumentAnalysis.TimeMention;
import org.storyline.core.text.Span;
import org.storyline.core.time.DateBasis;
import org.storyline.core.time.DateSpan;
import org.storyline.core.time.PublicationDate;
import org.storyline.store.Store;
import org.storyline.store.StoredDocument;

/**
 * A small store written from hand-made records (in our own words): two reports of a summit in
 * Ankara, a shipment with a number, and a hostile page whose text holds markup that must only
 * ever show as text.
 */
public final class HandMadeStore {
  /** Markup that must never run: a script and an image with an error handler. */
  public static final String SCRIPT = "<script>window.__pwned=1</script>";
  public static final String IMG = "<img src=x onerror=\"window.__pwned=2\">";
  public static final String HOSTILE_TITLE = "<b>Bold</b> claims " + SCRIPT;

  public static final String D1 = "doc-aaaa000000000001";
  public static final String D2 = "doc-aaaa000000000002";
  public static final String D3 = "doc-aaaa000000000003";
  public static final String SUMMIT = "evt-aaaa000000000001";
  public static final String SHIPMENT = "evt-aaaa000000000002";
  public static final String HOSTILE_EVENT = "evt-aaaa000000000003";
  public static final String TURKEY = "ent-aaaa000000000001";
  public static final String IRAN = "ent-aaaa000000000002";
  public static final String ANKARA = "ent-aaaa000000000003";

  private HandMadeStore() {}

  /** Writes the store into {@code dir} and returns it. */
  public static Path write(Path dir) {
    String s1 = "The presidents of Turkey and Iran met in Ankara on 4 March 2024, officials said.";
    String b1 = "Regional talks.\n" + s1 + "\nThey discussed grain corridors and border trade.";
    String s2 = "Turkey and Iran held a summit in Ankara on Monday, state media reported.";
    String b2 = "Leaders gather.\n" + s2 + "\nIran later sent 300 trucks of wheat to Turkey, a ministry said.";
    String s3 = "Hostile claims: " + SCRIPT + " and " + IMG + " appeared in Ankara.";
    String b3 = s3 + "\nNothing else.";
    Article a1 = article(D1, "Presidents meet in Ankara", "Example Wire", "2024-03-05", b1, List.of(new DroppedBlock("Subscribe now", "subscribe")));
    Article a2 = article(D2, "Summit held in Ankara", "Daily Example", "2024-03-04", b2, List.of(new DroppedBlock("Share " + IMG, "share")));
    Article a3 = article(D3, HOSTILE_TITLE, "<i>Outlet</i>", "2024-03-06", b3, List.of());

    Claim c1 = claim("clm-aaaa000000000001", D1, b1, s1, EventType.CONSULT, "meet", "met",
        List.of(ref(TURKEY, "Turkey", "source", b1, s1), ref(IRAN, "Iran", "target", b1, s1)),
        DateSpan.day(LocalDate.of(2024, 3, 4), "4 March 2024", "explicit"), Stance.REPORTED,
        new Attribution(new EntityRef(null, "officials", "speaker", null), null, "said"), List.of());
    Claim c2 = claim("clm-aaaa000000000002", D2, b2, s2, EventType.CONSULT, "meet", "held",
        List.of(ref(TURKEY, "Turkey", "source", b2, s2), ref(IRAN, "Iran", "target", b2, s2)),
        DateSpan.day(LocalDate.of(2024, 3, 4), "Monday", "document"), Stance.REPORTED,
        new Attribution(new EntityRef(null, "state media", "speaker", null), null, "reported"), List.of());
    String s4 = "Iran later sent 300 trucks of wheat to Turkey, a ministry said.";
    Claim c4 = claim("clm-aaaa000000000004", D2, b2, s4, EventType.AID, "give", "sent",
        List.of(ref(IRAN, "Iran", "source", b2, s4), ref(TURKEY, "Turkey", "target", b2, s4)),
        DateSpan.month(2024, 3, "later", "inferred"), Stance.REPORTED, null,
        List.of(new Quantity(300, null, null, Bound.EXACT, null, "trucks of wheat", "300 trucks")));
    Claim c3 = claim("clm-aaaa000000000003", D3, b3, s3, EventType.THREATEN, "threaten", "appeared",
        List.of(), DateSpan.day(LocalDate.of(2024, 3, 6), "", "document"), Stance.ASSERTED, null, List.of());

    List<Mention> m1 = mentions(D1, b1, "Turkey", "Iran", "Ankara");
    List<Mention> m2 = mentions(D2, b2, "Turkey", "Iran", "Ankara");
    List<Mention> m3 = mentions(D3, b3, "Ankara");
    try (Store store = Store.open(dir)) {
      store.putDocument(new StoredDocument(0, a1, new DocumentAnalysis(D1, m1, List.of(c1), List.of(time(b1, "4 March 2024", LocalDate.of(2024, 3, 4))), 20)));
      store.putDocument(new StoredDocument(1, a2, new DocumentAnalysis(D2, m2, List.of(c2, c4), List.of(time(b2, "Monday", LocalDate.of(2024, 3, 4))), 30)));
      store.putDocument(new StoredDocument(2, a3, new DocumentAnalysis(D3, m3, List.of(c3), List.of(), 10)));
      List<Mention> all = new ArrayList<>();
      all.addAll(m1);
      all.addAll(m2);
      all.addAll(m3);
      Entity turkey = new Entity(TURKEY, "Turkey", EntityType.STATE, List.of("Türkiye"), "Q43", only(all, "Turkey"));
      Entity iran = new Entity(IRAN, "Iran", EntityType.STATE, List.of(), "Q794", only(all, "Iran"));
      Entity ankara = new Entity(ANKARA, "Ankara", EntityType.PLACE, List.of(), "Q3640", only(all, "Ankara"));
      EntityRef t = new EntityRef(TURKEY, "Turkey", "source", null);
      EntityRef i = new EntityRef(IRAN, "Iran", "target", null);
      EntityRef place = new EntityRef(ANKARA, "Ankara", "place", null);
      Event summit = new Event(SUMMIT, EventType.CONSULT, "meet", "Turkey and Iran meet in Ankara",
          DateSpan.day(LocalDate.of(2024, 3, 4), "4 March 2024", "explicit"), List.of(t, i), place,
          EventStatus.CONFIRMED, List.of(c1.id(), c2.id()), List.of(D1, D2), 2, List.of(), "two independent sources");
      Event shipment = new Event(SHIPMENT, EventType.AID, "give", "Iran ships wheat to Turkey",
          DateSpan.month(2024, 3, "later", "inferred"), List.of(new EntityRef(IRAN, "Iran", "source", null), new EntityRef(TURKEY, "Turkey", "target", null)),
          null, EventStatus.REPORTED, List.of(c4.id()), List.of(D2), 1, c4.quantities(), "one source");
      Event hostile = new Event(HOSTILE_EVENT, EventType.THREATEN, "threaten", "Threat " + SCRIPT + " " + IMG,
          DateSpan.day(LocalDate.of(2024, 3, 6), "", "document"), List.of(), place,
          EventStatus.DISPUTED, List.of(c3.id()), List.of(D3), 1, List.of(), "evidence " + IMG);
      store.putResults(List.of(turkey, iran, ankara), List.of(c1, c2, c3, c4), List.of(summit, shipment, hostile));
    }
    return dir;
  }

  private static Article article(String id, String title, String outlet, String date, String body, List<DroppedBlock> dropped) {
    return new Article(id, new SourceRef("/in/" + id + ".txt", "https://example.org/" + id, SourceFormat.TEXT, null),
        title, outlet, List.of(), new PublicationDate(date, null, DateBasis.METADATA, 0.9), "en", body, null, dropped);
  }

  private static Claim claim(String id, String doc, String body, String sentence, EventType type, String mode, String trigger,
      List<EntityRef> actors, DateSpan date, Stance stance, Attribution attribution, List<Quantity> quantities) {
    int start = body.indexOf(sentence);
    return new Claim(id, doc, sentence, start, start + sentence.length(), ClaimKind.EVENT, new EventFrame(type, mode, trigger),
        actors, null, date, quantities, attribution, stance, null, null, 0.8);
  }

  private static EntityRef ref(String entity, String name, String role, String body, String sentence) {
    int at = body.indexOf(sentence) + sentence.indexOf(name);
    return new EntityRef(entity, name, role, new Span(at, at + name.length()));
  }

  private static List<Mention> mentions(String doc, String body, String... names) {
    List<Mention> out = new ArrayList<>();
    for (String n : names) {
      for (int at = body.indexOf(n); at >= 0; at = body.indexOf(n, at + 1)) {
        out.add(new Mention(doc, new Span(at, at + n.length()), n, "Ankara".equals(n) ? EntityType.PLACE : EntityType.STATE, n));
      }
    }
    return out;
  }

  private static List<Mention> only(List<Mention> all, String text) {
    return all.stream().filter(m -> m.text().equals(text)).toList();
  }

  private static TimeMention time(String body, String text, LocalDate day) {
    int at = body.indexOf(text);
    return new TimeMention(at, at + text.length(), text, DateSpan.day(day, text, "explicit"));
  }
}
