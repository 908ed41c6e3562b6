package org.storyline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.storyline.core.document.Article;
import org.storyline.core.document.SourceDocument;
import org.storyline.core.document.SourceFormat;
import org.storyline.core.document.SourceRef;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;
import org.storyline.core.id.StableId;

class ArticleFactoryTest {
  private final ArticleFactory factory = new ArticleFactory();

  @Test
  void seedsBecomeArticlesWithStableIds() {
    for (Path p : Seeds.files()) {
      SourceDocument doc = Seeds.text(p);
      Article a = factory.create(doc);
      assertEquals(StableId.of("doc", doc.content(), null, ""), a.id());
      assertEquals(a.id(), factory.create(Seeds.text(p)).id());
      assertNull(a.duplicateOf());
      assertTrue(a.body().length() > 500);
      assertTrue(!a.dropped().isEmpty());
    }
    Article a1 = factory.create(Seeds.seed("001"));
    assertEquals("Russian Defence Minister arrives in North Korea", a1.title());
    assertEquals("2023-07-26", a1.published().date());
  }

  @Test
  void idDependsOnLocatorAndUrl() {
    String text = "The delegation arrived in the capital on Monday for three days of talks, officials said.";
    Article a = factory.create(new SourceDocument(new SourceRef("f.jsonl", "https://a.test/1", SourceFormat.JSONL,
        "line 1"), text, false, null, null, null, null));
    Article b = factory.create(new SourceDocument(new SourceRef("f.jsonl", "https://a.test/1", SourceFormat.JSONL,
        "line 2"), text, false, null, null, null, null));
    assertNotEquals(a.id(), b.id());
  }

  @Test
  void chromeOnlyDocumentHasNoMainText() {
    StorylineException e = assertThrows(StorylineException.class,
        () -> factory.create(Seeds.text("Subscribe\nAdvertisement\nFollow us on Telegram")));
    assertEquals(ErrorCode.NO_MAIN_TEXT, e.code());
    StorylineException h = assertThrows(StorylineException.class, () -> factory.create(new SourceDocument(
        new SourceRef("e.html", null, SourceFormat.HTML, null), "<html><body><nav>Home</nav></body></html>", true,
        null, null, null, null)));
    assertEquals(ErrorCode.NO_MAIN_TEXT, h.code());
  }
}
