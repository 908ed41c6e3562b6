package org.storyline.app.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.app.cli.StorylineCommand;
import org.storyline.core.document.Article;
import org.storyline.core.entity.Entity;
import org.storyline.core.entity.EntityType;
import org.storyline.core.entity.Mention;
import org.storyline.store.Store;

/**
 * Issue 4 on the seeds: {@code storyline analyze} (real CoreNLP, lexicons, resolver and store)
 * over the five seed articles, scored against the hand-written list of what a careful reader
 * records ({@code seed-entities.txt}). Prints entity- and mention-level precision and recall with
 * every miss, split and spurious entity; asserts that each listed actor is one entity, that no
 * pronoun, chrome word or generic noun is one, and floors one miss below the scores reached
 * (all 1.0 on 2026-11-25; before the fixes: entity recall 0.982, precision 0.966, mention recall
 * 0.990, precision 0.991).
 */
class SeedEntitiesTest {
  /** Words that never name an entity, whatever the recogniser says. */
  private static final Set<String> NEVER = Set.of("he", "she", "it", "they", "we", "us", "him", "her",
      "them", "his", "their", "its", "who", "this", "that", "subscribe", "advertisement", "share",
      "comments", "loader", "newsletter", "events", "podcasts", "follow", "news feed", "more news",
      "editors' picks", "skip to content", "support us", "copyright", "officials", "official",
      "government", "authorities", "delegation", "ministry", "military", "army", "forces", "leader",
      "leaders", "minister", "ministers", "president", "spokesperson", "country", "countries", "state",
      "nation", "regime", "agency", "media", "analysts", "experts", "journalists", "reporters",
      "sources", "allies", "partners", "mercenaries", "missiles", "weapons", "weaponry", "ammunition",
      "munitions", "shells", "arms", "equipment", "council", "committee", "community");

  @TempDir static Path tmp;
  static List<Article> articles;
  static List<Entity> entities;
  static EntityScore score;

  @BeforeAll
  static void analyzeSeeds() throws IOException {
    Path seeds = Path.of(System.getProperty("storyline.shared", "../../shared")).toAbsolutePath()
        .normalize().resolve("seeds");
    assumeTrue(Files.isDirectory(seeds), "seeds not found at " + seeds);
    Path out = tmp.resolve("store");
    int exit = StorylineCommand.commandLine().execute("analyze", seeds.toString(), "--out", out.toString(), "--quiet");
    assertEquals(0, exit, "analyze exit code");
    try (Store store = Store.openExisting(out)) {
      articles = store.articles();
      entities = store.entities();
    }
    score = EntityScore.of(EntityFixture.load("seed-entities.txt"), articles, entities);
    Map<String, String> bodies = new LinkedHashMap<>();
    articles.forEach(a -> bodies.put(a.id(), a.body()));
    System.out.println("seed entities: " + entities.size() + " resolved\n" + score.report(bodies));
  }

  @Test
  void everyListedActorIsFoundAndOneEntity() {
    List<String> splits = new ArrayList<>();
    for (EntityScore.RowResult r : score.rows) {
      if (r.split()) {
        splits.add(r.row().name() + " -> " + r.entities().stream().map(Entity::name).toList());
      }
    }
    assertEquals(List.of(), splits, "actors split into several entities");
    assertTrue(score.entityRecall() >= 0.98, "entity recall " + score.entityRecall());
    assertTrue(score.typedEntityRecall() >= 0.98, "typed entity recall " + score.typedEntityRecall());
  }

  @Test
  void entitiesArePrecise() {
    assertTrue(score.entityPrecision() >= 0.98, "entity precision " + score.entityPrecision());
  }

  @Test
  void mentionsArePreciseAndComplete() {
    assertTrue(score.mentionRecall() >= 0.98, "mention recall " + score.mentionRecall());
    assertTrue(score.mentionPrecision() >= 0.98, "mention precision " + score.mentionPrecision());
  }

  @Test
  void noPronounChromeWordOrGenericNounIsAnEntity() {
    List<String> bad = new ArrayList<>();
    for (Entity e : entities) {
      if (never(e.name())) {
        bad.add(e.name());
      }
      for (Mention m : e.mentions()) {
        if (never(m.text())) {
          bad.add(e.name() + " <- '" + m.text() + "'");
        }
      }
    }
    assertEquals(List.of(), bad);
  }

  /** A word of {@link #NEVER} as written in running text ("US" in capitals is the state, not "us"). */
  private static boolean never(String text) {
    boolean acronym = text.chars().filter(Character::isUpperCase).count() >= 2
        && text.chars().noneMatch(Character::isLowerCase);
    return !acronym && NEVER.contains(EntityFixture.normal(text));
  }

  @Test
  void titleOnlyReferencesJoinTheirHolder() {
    assertTrue(texts("Kim Jong Un").contains("North Korean leader"), texts("Kim Jong Un").toString());
    assertTrue(texts("Vladimir Putin").contains("Russian leader"), texts("Vladimir Putin").toString());
    assertTrue(texts("Sergei Shoigu").stream().anyMatch(t -> t.contains("defense minister")),
        texts("Sergei Shoigu").toString());
  }

  private static List<String> texts(String entity) {
    return entities.stream().filter(e -> e.name().equals(entity)).flatMap(e -> e.mentions().stream())
        .map(m -> m.text().replace('\u2019', '\'')).toList();
  }

  @Test
  void stateActorsAndPlacesAreTyped() {
    Map<String, EntityType> byName = new LinkedHashMap<>();
    entities.forEach(e -> byName.putIfAbsent(e.name().toLowerCase(Locale.ROOT), e.type()));
    assertEquals(EntityType.STATE, byName.get("north korea"));
    assertEquals(EntityType.STATE, byName.get("russia"));
    assertEquals(EntityType.PLACE, byName.get("pyongyang"));
    assertEquals(EntityType.MEDIA, byName.get("yonhap"));
    assertEquals(EntityType.WEAPON, byName.get("hwasong-11"));
  }
}
