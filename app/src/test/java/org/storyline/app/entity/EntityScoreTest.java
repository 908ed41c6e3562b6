package org.storyline.app.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storyline.core.document.Article;
import org.storyline.core.document.SourceFormat;
import org.storyline.core.document.SourceRef;
import org.storyline.core.entity.Entity;
import org.storyline.core.entity.EntityType;
import org.storyline.core.entity.Mention;
import org.storyline.core.text.Span;

/** The fixture format and the scorer's arithmetic on small hand-made cases and seeded random ones. */
class EntityScoreTest {
  private static final String BODY =
      "Sergei Lavrov met Wang Yi in Beijing. Lavrov said China and Russia agree. Moscow's envoy left.";
  private static final EntityFixture FIXTURE = EntityFixture.parse("""
      # people and states
      PERSON | Sergei Lavrov | Sergei Lavrov; Lavrov; ?Russian foreign minister
      PERSON | Wang Yi | Wang Yi
      STATE | Russia | Russia; Moscow
      STATE | China | China; Beijing
      ?PLACE | Beijing | Beijing
      """);

  private static Article article() {
    return new Article("d", new SourceRef("d.txt", null, SourceFormat.TEXT, null), null, null, List.of(), null,
        "en", BODY, null, List.of());
  }

  private static Mention m(String text, int occurrence, EntityType type) {
    int at = -1;
    for (int i = 0; i <= occurrence; i++) {
      at = BODY.indexOf(text, at + 1);
    }
    return new Mention("d", new Span(at, at + text.length()), text, type, null);
  }

  private static Entity e(String name, EntityType type, Mention... ms) {
    return new Entity("ent-" + name.hashCode(), name, type, List.of(name), null, List.of(ms));
  }

  @Test
  void perfectResolutionScoresOne() {
    List<Entity> es = List.of(
        e("Sergei Lavrov", EntityType.PERSON, m("Sergei Lavrov", 0, EntityType.PERSON), m("Lavrov", 1, EntityType.PERSON)),
        e("Wang Yi", EntityType.PERSON, m("Wang Yi", 0, EntityType.PERSON)),
        e("Russia", EntityType.STATE, m("Russia", 0, EntityType.STATE), m("Moscow", 0, EntityType.STATE)),
        e("China", EntityType.STATE, m("China", 0, EntityType.STATE)),
        e("Beijing", EntityType.PLACE, m("Beijing", 0, EntityType.PLACE)));
    EntityScore s = EntityScore.of(FIXTURE, List.of(article()), es);
    assertEquals(1.0, s.entityRecall());
    assertEquals(1.0, s.entityPrecision());
    assertEquals(1.0, s.mentionRecall());
    assertEquals(1.0, s.mentionPrecision());
    assertEquals(7, s.goldMentions, "Beijing is claimed by China (required) and the optional place");
  }

  @Test
  void splitsSpuriousEntitiesAndMissesLowerTheScores() {
    List<Entity> es = List.of(
        e("Sergei Lavrov", EntityType.PERSON, m("Sergei Lavrov", 0, EntityType.PERSON)),
        e("Lavrov", EntityType.PERSON, m("Lavrov", 1, EntityType.PERSON)),
        e("Russia", EntityType.STATE, m("Russia", 0, EntityType.STATE)),
        e("China", EntityType.PLACE, m("China", 0, EntityType.PLACE)),
        e("envoy", EntityType.PERSON, m("envoy", 0, EntityType.PERSON)));
    EntityScore s = EntityScore.of(FIXTURE, List.of(article()), es);
    assertEquals(3.0 / 4, s.entityRecall(), "Wang Yi missing");
    assertEquals(2.0 / 4, s.typedEntityRecall(), "China typed PLACE");
    assertEquals(3.0 / 5, s.entityPrecision(), "a split and a spurious entity");
    assertEquals(1, s.spurious.size());
    assertTrue(s.rows.stream().anyMatch(EntityScore.RowResult::split));
    assertEquals(3.0 / 5, s.mentionPrecision());
    assertEquals(3.0 / 7, s.mentionRecall(), "Lavrov (split), Wang Yi, Moscow and Beijing missed");
  }

  @Test
  void randomSubsetsOfAPerfectResolutionNeverScoreAboveOne() {
    Random rnd = new Random(4);
    List<Mention> all = List.of(m("Sergei Lavrov", 0, EntityType.PERSON), m("Lavrov", 1, EntityType.PERSON),
        m("Wang Yi", 0, EntityType.PERSON), m("Russia", 0, EntityType.STATE), m("Moscow", 0, EntityType.STATE),
        m("China", 0, EntityType.STATE), m("Beijing", 0, EntityType.STATE));
    for (int round = 0; round < 50; round++) {
      List<Entity> es = new ArrayList<>();
      int kept = 0;
      for (Mention x : all) {
        if (rnd.nextBoolean()) {
          es.add(e(x.text() + round, x.type(), x));
          kept++;
        }
      }
      EntityScore s = EntityScore.of(FIXTURE, List.of(article()), es);
      assertTrue(s.mentionRecall() <= 1.0 && s.entityPrecision() <= 1.0 && s.mentionPrecision() <= 1.0);
      assertEquals(kept, s.mentions);
      assertEquals(1.0, s.mentionPrecision() + (double) s.wrongMentions.size() / Math.max(1, kept), kept == 0 ? 1.0 : 1e-9);
    }
  }

  @Test
  void malformedRowsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> EntityFixture.parse("PERSON | only two"));
    assertThrows(IllegalArgumentException.class, () -> EntityFixture.parse("ROBOT | R2 | R2-D2"));
    assertThrows(IllegalArgumentException.class, () -> EntityFixture.parse("# nothing"));
  }
}
