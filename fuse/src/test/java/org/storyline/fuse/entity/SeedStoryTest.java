package org.storyline.fuse.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.storyline.core.entity.EntityType;
import org.storyline.core.id.StableId;
import org.storyline.core.stage.EntityResolution;

/**
 * Resolution over three real scraped articles (read from the shared seeds, never copied), with
 * mentions placed by hand the way the recogniser would type them. Checks the cross-document
 * and in-document links in real prose around the names.
 */
class SeedStoryTest {
  private static String seed(String name) throws IOException {
    Path dir = Paths.get(System.getProperty("storyline.shared", "../shared"), "seeds");
    Path file = dir.resolve(name);
    Assumptions.assumeTrue(Files.isRegularFile(file), "seeds not available");
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  @Test
  void threeArticlesResolveTheirActors() throws IOException {
    TestDocument shoiguVisit = TestDocument.of("up", "2023-07-26", seed("001_c89b0f68257bd015.txt"))
        .all("Sergey Shoigu", EntityType.PERSON).all("Shoigu", EntityType.PERSON)
        .all("Kang Sun-nam", EntityType.PERSON).all("John Kirby", EntityType.PERSON).all("Kirby", EntityType.PERSON)
        .all("Wagner Group", EntityType.ORGANIZATION).all("Meduza", EntityType.MEDIA)
        .all("New York Times", EntityType.MEDIA).all("NYT", EntityType.MEDIA)
        .all("Democratic People's Republic of Korea", EntityType.STATE).all("DPRK", EntityType.STATE);
    TestDocument securityChief = TestDocument.of("kp", "2024-09-13", seed("002_6881012dfa7ffe4d.txt"))
        .all("Sergei Shoigu", EntityType.PERSON).all("Kim Jong Un", EntityType.PERSON)
        .all("Shoigu", EntityType.PERSON).all("Kim", EntityType.PERSON).all("Vladimir Putin", EntityType.PERSON)
        .all("Andriy Kostin", EntityType.PERSON).all("John Kirby", EntityType.PERSON)
        .all("Hwang Joon-kuk", EntityType.PERSON).first("Pyongyang", EntityType.PLACE);
    TestDocument visit = TestDocument.of("eu", "2024-06-17", seed("003_b578c0bbd4cb419f.txt"))
        .all("Russian President Vladimir Putin", EntityType.PERSON).all("Kim Jong Un", EntityType.PERSON)
        .all("Putin", EntityType.PERSON).all("Andrei Lankov", EntityType.PERSON).all("Lankov", EntityType.PERSON)
        .title("the North Korean leader", "title:leader|north korea")
        .title("The Russian leader", "title:leader|russia")
        .all("Pyongyang and Moscow", EntityType.OTHER)
        .all("Korean Central News Agency", EntityType.MEDIA);
    TestDocument.Run run = TestDocument.run(shoiguVisit, securityChief, visit);
    for (KnowledgeBase kb : new KnowledgeBase[] {KnowledgeBase.builtIn(), KnowledgeBase.empty()}) {
      EntityResolution r = new MentionResolver(kb).resolve(run.articles(), run.analyses());
      String shoigu = id(r, shoiguVisit, "Sergey Shoigu");
      assertEquals(shoigu, id(r, securityChief, "Sergei Shoigu"));
      assertEquals(shoigu, id(r, securityChief, "Shoigu"));
      assertEquals(shoigu, id(r, shoiguVisit, "Shoigu"));
      String kim = id(r, securityChief, "Kim Jong Un");
      assertEquals(kim, id(r, securityChief, "Kim"));
      assertEquals(kim, id(r, visit, "Kim Jong Un"));
      assertEquals(kim, id(r, visit, "the North Korean leader"));
      String putin = id(r, visit, "Russian President Vladimir Putin");
      assertEquals(putin, id(r, visit, "The Russian leader"));
      assertEquals(putin, id(r, visit, "Putin"));
      assertEquals(putin, id(r, securityChief, "Vladimir Putin"));
      assertEquals(id(r, shoiguVisit, "John Kirby"), id(r, securityChief, "John Kirby"));
      assertEquals(id(r, shoiguVisit, "John Kirby"), id(r, shoiguVisit, "Kirby"));
      assertEquals(id(r, visit, "Andrei Lankov"), id(r, visit, "Lankov"));
      assertNotEquals(id(r, visit, "Andrei Lankov"), id(r, securityChief, "Andriy Kostin"));
      assertEquals(id(r, shoiguVisit, "DPRK"), id(r, shoiguVisit, "Democratic People's Republic of Korea"));
      assertEquals(id(r, shoiguVisit, "New York Times"), id(r, shoiguVisit, "NYT"));
    }
    EntityResolution r = new MentionResolver().resolve(run.articles(), run.analyses());
    assertEquals(StableId.of("ent", "PERSON", "sergei-shoigu"), id(r, shoiguVisit, "Sergey Shoigu"));
    assertEquals(StableId.of("ent", "STATE", "north-korea"), id(r, shoiguVisit, "DPRK"));
    assertEquals(StableId.of("ent", "MEDIA", "kcna"), id(r, visit, "Korean Central News Agency"));
  }

  private static String id(EntityResolution r, TestDocument d, String text) {
    return r.entityAt(d.id(), d.mentions().stream().filter(m -> m.text().equals(text)).findFirst().orElseThrow().span());
  }
}
