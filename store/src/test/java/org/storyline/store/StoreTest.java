package org.storyline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.InputProblem;
import org.storyline.core.error.StorylineException;
import org.storyline.core.event.Event;
import org.storyline.core.event.EventStatus;
import org.storyline.core.stage.DocumentAnalysis;
import org.storyline.core.text.Span;
import org.storyline.core.time.DateBasis;
import org.storyline.core.time.DateSpan;
import org.storyline.core.time.PublicationDate;

/** The store's behaviour, the same on SQLite and on PostgreSQL (see {@link StoreBackends}). */
class StoreTest {
  static final String BODY = "The envoy of Ruritania met the Grand Duke of Freedonia in Sylvania on Monday.\n\n"
      + "Officials said more than 300 tractors were shipped.";

  static Article article(String id, String body) {
    return new Article(id, new SourceRef("in/" + id + ".txt", null, SourceFormat.TEXT, null), "A title", "Example Post",
        List.of("A. Writer"), new PublicationDate("2024-03-06", null, DateBasis.TEXT, 0.9), "en", body, null,
        List.of(new DroppedBlock("Subscribe now", "subscribe")));
  }

  static Claim claim(String doc) {
    int end = BODY.indexOf('\n');
    return new Claim("claim-1", doc, BODY.substring(0, end), 0, end, ClaimKind.EVENT,
        new EventFrame(EventType.CONSULT, "meet", "met"),
        List.of(new EntityRef(null, "Ruritania", "source", new Span(13, 22))),
        new EntityRef(null, "Sylvania", "place", new Span(57, 65)),
        DateSpan.day(LocalDate.of(2024, 3, 4), "Monday", "document"),
        List.of(new Quantity(300, 300.0, null, Bound.AT_LEAST, null, "tractors", "more than 300 tractors")),
        new Attribution(new EntityRef(null, "Officials", "speaker", null), null, "said"), Stance.REPORTED, null, null, 0.8);
  }

  @ParameterizedTest
  @MethodSource("org.storyline.store.StoreBackends#all")
  void documentsRoundTripAndSurviveReopening(StoreBackends backend, @TempDir Path dir) {
    String at = backend.freshLocation(dir);
    Article a = article("doc-a", BODY);
    Mention m = new Mention("doc-a", new Span(13, 22), "Ruritania", EntityType.STATE, null);
    try (Store s = Store.open(at)) {
      s.putDocument(new StoredDocument(0, a, new DocumentAnalysis("doc-a", List.of(m), List.of(claim("doc-a")),
          List.of(new DocumentAnalysis.TimeMention(69, 75, "Monday", DateSpan.day(LocalDate.of(2024, 3, 4), "Monday", "document"))), 25)));
    }
    try (Store s = Store.openExisting(at)) {
      assertEquals(List.of(a), s.articles());
      StoredDocument d = s.documents().get(0);
      assertEquals(List.of(m), d.analysis().mentions());
      assertEquals(List.of(claim("doc-a")), d.analysis().claims());
      assertEquals(25, d.analysis().tokens());
      assertEquals(1, d.analysis().times().size());
    }
  }

  @ParameterizedTest
  @MethodSource("org.storyline.store.StoreBackends#all")
  void resultsReplaceAndExportWritesFourFiles(StoreBackends backend, @TempDir Path dir) throws Exception {
    String at = backend.freshLocation(dir);
    try (Store s = Store.open(at)) {
      s.putDocument(new StoredDocument(0, article("doc-a", BODY), new DocumentAnalysis("doc-a", List.of(), List.of(claim("doc-a")), List.of(), 3)));
      Entity e = new Entity("ent-1", "Ruritania", EntityType.STATE, List.of("Ruritania"), null,
          List.of(new Mention("doc-a", new Span(13, 22), "Ruritania", EntityType.STATE, null)));
      Claim resolved = claim("doc-a").withRefs(List.of(new EntityRef("ent-1", "Ruritania", "source", new Span(13, 22))), null, null);
      Event ev = new Event("event-1", EventType.CONSULT, "meet", "Ruritania meets Freedonia",
          DateSpan.day(LocalDate.of(2024, 3, 4), "Monday", "document"), resolved.actors(), null, EventStatus.REPORTED,
          List.of("claim-1"), List.of("doc-a"), 1, List.of(), "1 source");
      s.putResults(List.of(e), List.of(resolved), List.of(ev));
      s.putResults(List.of(e), List.of(resolved), List.of(ev)); // replacing twice keeps one copy
      assertEquals(List.of(ev), s.events());
      assertEquals(List.of(resolved), s.claims());
      Store.ExportCounts counts = s.exportJsonl(dir.resolve("out"));
      assertEquals(new Store.ExportCounts(1, 1, 1, 1), counts);
      for (String f : List.of("documents", "entities", "claims", "events")) {
        assertEquals(1, Files.readAllLines(dir.resolve("out").resolve(f + ".jsonl")).size(), f);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("org.storyline.store.StoreBackends#all")
  void removeDocumentsExceptDropsTheirRows(StoreBackends backend, @TempDir Path dir) {
    String at = backend.freshLocation(dir);
    try (Store s = Store.open(at)) {
      s.putDocument(new StoredDocument(0, article("doc-a", BODY), new DocumentAnalysis("doc-a", List.of(), List.of(claim("doc-a")), List.of(), 3)));
      s.putDocument(new StoredDocument(1, article("doc-b", "Another body."), new DocumentAnalysis("doc-b", List.of(), List.of(), List.of(), 3)));
      assertEquals(1, s.removeDocumentsExcept(Set.of("doc-b")));
      assertEquals(Set.of("doc-b"), s.documentIds());
      assertEquals(0, s.counts().get("claims"));
    }
  }

  @ParameterizedTest
  @MethodSource("org.storyline.store.StoreBackends#all")
  void problemsAreKept(StoreBackends backend, @TempDir Path dir) {
    String at = backend.freshLocation(dir);
    try (Store s = Store.open(at)) {
      InputProblem p = new InputProblem("x.html", null, "read", ErrorCode.INPUT_EMPTY, "file is empty");
      s.putProblems(List.of(p));
      assertEquals(List.of(p), s.problems());
    }
  }

  @Test
  void missingStoreIsAUserError(@TempDir Path dir) {
    StorylineException e = assertThrows(StorylineException.class, () -> Store.openExisting(dir.resolve("nothing")));
    assertEquals(ErrorCode.STORE_NOT_FOUND, e.code());
    assertTrue(e.getMessage().contains("nothing"));
  }
}
