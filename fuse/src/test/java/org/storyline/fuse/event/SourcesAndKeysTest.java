package org.storyline.fuse.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.storyline.fuse.event.Fixtures.article;
import static org.storyline.fuse.event.Fixtures.claim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storyline.core.claim.EventType;
import org.storyline.core.document.Article;
import org.storyline.core.entity.EntityRef;

class SourcesAndKeysTest {

  @ParameterizedTest
  @CsvSource({"The D.P.R.K.,dprk", "Kim Jong-un,kim jong un", "  Séoul ,seoul", "Russia's army,russia army"})
  void namesNormalise(String raw, String expected) {
    assertEquals(expected, ActorKeys.normalise(raw));
  }

  @Test
  void resolvedReferencesCompareByIdOthersByName() {
    assertTrue(ActorKeys.same(new EntityRef("e1", "Kim", null, null), new EntityRef("e1", "Kim Jong Un", null, null)));
    assertFalse(ActorKeys.same(new EntityRef("e1", "Kim", null, null), new EntityRef("e2", "Kim", null, null)));
    assertTrue(ActorKeys.same(new EntityRef(null, "the Kremlin", null, null), new EntityRef("e3", "Kremlin", null, null)));
  }

  @ParameterizedTest
  @CsvSource({"Yonhap News Agency,yonhap", "Yonhap,yonhap", "Korean Central News Agency,kcna", "KCNA,kcna",
      "the Associated Press,ap", "CBS News,cbs", "Daily NK,daily nk"})
  void mediaKeys(String name, String key) {
    assertEquals(key, MediaNames.key(name));
  }

  @Test
  void mediaAreRecognisedByOutletListAndWords() {
    MediaNames media = new MediaNames(List.of("Kyiv Independent", "Harbour Wire"));
    assertTrue(media.isMedium("Harbour Wire"));
    assertTrue(media.isMedium("Reuters"));
    assertTrue(media.isMedium("North Korean state media"));
    assertFalse(media.isMedium("John Kirby"));
    assertFalse(media.isMedium("Kyiv"));
    assertFalse(media.isMedium("North Korea"));
    assertFalse(media.isMedium("intelligence agency"));
    assertTrue(media.isMedium("local South Korean news agency"));
  }

  @Test
  void aDocumentWithoutOutletIsNamedByItsTitleNotItsId() {
    Map<String, Article> articles = new HashMap<>();
    articles.put("a", article("a", null, "2024-01-01"));
    IndependentSources sources = new IndependentSources(articles);
    assertEquals("\u201cTitle a\u201d", sources.outletName("a"));
    Article untitled = new Article("b", new org.storyline.core.document.SourceRef("in/b-page.txt", null,
        org.storyline.core.document.SourceFormat.TEXT, null), null, null, List.of(), null, "en", "Body", null, List.of());
    articles.put("b", untitled);
    assertEquals("b-page.txt", new IndependentSources(articles).outletName("b"));
  }

  @Test
  void aDocumentByAnAgencyAndOneCitingItCountOnce() {
    Map<String, Article> articles = new HashMap<>();
    articles.put("a", article("a", "Yonhap News Agency", "2024-01-01"));
    articles.put("b", article("b", "Coastal Times", "2024-01-02"));
    IndependentSources sources = new IndependentSources(articles);
    IndependentSources.Origins o = sources.of(List.of(
        claim("1", "a").event(EventType.AID, null).source("X").build(),
        claim("2", "b").event(EventType.AID, null).source("X").speaker("Coastal Times").cited("Yonhap").build()));
    assertEquals(List.of("Yonhap News Agency"), o.names());
  }

  @Test
  void duplicateChainsEndAtTheOriginalAndCyclesStop() {
    Map<String, Article> articles = new HashMap<>();
    articles.put("a", article("a", "One", "2024-01-01"));
    articles.put("b", article("b", "Two", "2024-01-01", "a"));
    articles.put("c", article("c", "Three", "2024-01-01", "b"));
    articles.put("x", article("x", "Four", "2024-01-01", "y"));
    articles.put("y", article("y", "Five", "2024-01-01", "x"));
    IndependentSources sources = new IndependentSources(articles);
    assertEquals("a", sources.original("c"));
    assertEquals("One", sources.outletName("c"));
    assertTrue(List.of("x", "y").contains(sources.original("x")));
    assertEquals("zz", sources.original("zz"));
  }

  @Test
  void evidenceSourcesReadBack() {
    String ev = EvidenceText.sources(List.of("Euronews", "Kyiv Independent")) + "; denied by X (d, claim c)";
    assertEquals(List.of("Euronews", "Kyiv Independent"), EvidenceText.sourceNames(ev));
    assertEquals("1 independent source: Yonhap", EvidenceText.sources(List.of("Yonhap")));
    assertEquals(List.of(), EvidenceText.sourceNames("no supporting source"));
  }
}
