package org.storyline.fuse.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.core.entity.Entity;
import org.storyline.core.entity.EntityType;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;
import org.storyline.core.stage.EntityResolution;

class EntityCorrectionTest {
  private static final MentionResolver RESOLVER = new MentionResolver();

  private static final TestDocument A = TestDocument.of("a", "2024-06-18",
      "The Rason Economic Zone authority and the Rason zone office said Ri Chang Ho would visit. "
          + "Kim Jong Un greeted him.")
      .all("Rason Economic Zone authority", EntityType.ORGANIZATION).all("Rason zone office", EntityType.ORGANIZATION)
      .all("Ri Chang Ho", EntityType.PERSON).all("Kim Jong Un", EntityType.PERSON);
  private static final TestDocument B = TestDocument.of("b", "2024-06-19",
      "Kim Jong Un spoke. Kim Yo Jong issued a statement. Kim criticised Seoul.")
      .all("Kim Jong Un", EntityType.PERSON).all("Kim Yo Jong", EntityType.PERSON).all("Kim", EntityType.PERSON);

  private static EntityResolution resolve(List<EntityCorrection> corrections, TestDocument... docs) {
    TestDocument.Run run = TestDocument.run(docs);
    return RESOLVER.resolve(run.articles(), run.analyses(), corrections);
  }

  private static String at(EntityResolution r, TestDocument d, String text) {
    return r.entityAt(d.id(), d.mentions().stream().filter(m -> m.text().equals(text)).findFirst().orElseThrow().span());
  }

  private static Entity entity(EntityResolution r, String id) {
    return r.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void mergeByNamesKeepsTheFirstIdAndTakesTheNewName() {
    EntityResolution before = resolve(List.of(), A);
    String authority = at(before, A, "Rason Economic Zone authority");
    assertNotEquals(authority, at(before, A, "Rason zone office"));
    EntityResolution after = resolve(List.of(
        EntityCorrection.merge(List.of("rason economic zone authority", "Rason zone office"), "Rason Economic Zone")), A);
    assertEquals(authority, at(after, A, "Rason zone office"));
    assertEquals(authority, at(after, A, "Rason Economic Zone authority"));
    Entity e = entity(after, authority);
    assertEquals("Rason Economic Zone", e.name());
    assertEquals(2, e.mentions().size());
    assertEquals(before.entities().size() - 1, after.entities().size());
  }

  @Test
  void mergeByStableIds() {
    EntityResolution before = resolve(List.of(), A);
    String x = at(before, A, "Ri Chang Ho");
    String y = at(before, A, "Rason zone office");
    EntityCorrection wrongTypes = EntityCorrection.merge(List.of(x, y), null);
    ResolutionReport report = RESOLVER.resolveWithReport(TestDocument.run(A).articles(), TestDocument.run(A).analyses(),
        List.of(wrongTypes));
    assertEquals(1, report.skippedCorrections().size(), "a person and an office never merge");
    String z = at(before, A, "Rason Economic Zone authority");
    EntityResolution after = resolve(List.of(EntityCorrection.merge(List.of(y, z), null)), A);
    assertEquals(y, at(after, A, "Rason Economic Zone authority"));
  }

  @Test
  void splitMovesTheMentionsWithThatTextIntoTheNamedEntity() {
    EntityResolution auto = resolve(List.of(), A, B);
    String kju = at(auto, B, "Kim Jong Un");
    String lone = at(auto, B, "Kim");
    assertNotEquals(kju, lone);
    EntityResolution merged = resolve(List.of(EntityCorrection.merge(List.of("Kim Jong Un", "Kim"), null)), A, B);
    assertEquals(kju, at(merged, B, "Kim"));
    EntityResolution split = resolve(List.of(
        EntityCorrection.merge(List.of("Kim Jong Un", "Kim"), null),
        EntityCorrection.split("Kim Jong Un", "Kim", "Kim Yo Jong")), A, B);
    assertEquals(at(split, B, "Kim Yo Jong"), at(split, B, "Kim"), "the split mentions join the existing entity");
    assertEquals(kju, at(split, B, "Kim Jong Un"));
    assertTrue(!entity(split, kju).aliases().contains("Kim"));
  }

  @Test
  void splitIntoANewEntityHasAStableId() {
    List<EntityCorrection> c = List.of(EntityCorrection.split("Kim Jong Un", "Kim Jong Un", "Kim Jong Un (impostor)"));
    TestDocument one = TestDocument.of("one", "2024-06-18", "Kim Jong Un waved. Kim Jong-un smiled.")
        .all("Kim Jong Un", EntityType.PERSON).all("Kim Jong-un", EntityType.PERSON);
    EntityResolution r1 = resolve(c, one);
    EntityResolution r2 = resolve(c, one);
    assertEquals(r1, r2);
    String impostor = at(r1, one, "Kim Jong Un");
    assertNotEquals(impostor, at(r1, one, "Kim Jong-un"));
    assertEquals("Kim Jong Un (impostor)", entity(r1, impostor).name());
  }

  @Test
  void renameKeepsTheId() {
    EntityResolution before = resolve(List.of(), A);
    String id = at(before, A, "Ri Chang Ho");
    EntityResolution after = resolve(List.of(EntityCorrection.rename("Ri Chang-ho", "Ri Chang-ho (official)")), A);
    assertEquals(id, at(after, A, "Ri Chang Ho"));
    assertEquals("Ri Chang-ho (official)", entity(after, id).name());
    assertTrue(entity(after, id).aliases().contains("Ri Chang Ho"));
  }

  @Test
  void correctionsSurviveReanalysisWithMoreDocuments() {
    List<EntityCorrection> c = List.of(EntityCorrection.merge(List.of("Rason Economic Zone authority", "Rason zone office"), null));
    TestDocument extra = TestDocument.of("c", "2024-06-20", "The Rason zone office denied the report.")
        .all("Rason zone office", EntityType.ORGANIZATION);
    EntityResolution small = resolve(c, A);
    EntityResolution large = resolve(c, A, B, extra);
    assertEquals(at(small, A, "Rason zone office"), at(large, extra, "Rason zone office"));
    assertEquals(at(large, A, "Rason Economic Zone authority"), at(large, extra, "Rason zone office"));
  }

  @Test
  void unknownOrAmbiguousReferencesAreSkippedAndReported() {
    TestDocument.Run run = TestDocument.run(A, B);
    ResolutionReport report = RESOLVER.resolveWithReport(run.articles(), run.analyses(), List.of(
        EntityCorrection.rename("Nobody At All", "X"),
        EntityCorrection.split("Kim Jong Un", "Kim Il Sung", null)));
    assertEquals(2, report.skippedCorrections().size());
    assertEquals(resolve(List.of(), A, B), report.resolution());
  }

  @Test
  void invalidCorrectionsAreRejected() {
    assertEquals(ErrorCode.INVALID_ARGUMENT, assertThrows(StorylineException.class,
        () -> EntityCorrection.merge(List.of("only one"), null)).code());
    assertEquals(ErrorCode.INVALID_ARGUMENT, assertThrows(StorylineException.class,
        () -> EntityCorrection.rename("x", " ")).code());
    assertEquals(ErrorCode.INVALID_ARGUMENT, assertThrows(StorylineException.class,
        () -> new EntityCorrection(EntityCorrection.Kind.SPLIT, List.of("x"), "y", null)).code());
    assertEquals(ErrorCode.INVALID_ARGUMENT, assertThrows(StorylineException.class,
        () -> new EntityCorrection(null, List.of("x"), "y", null)).code());
  }
}
