package org.storyline.store.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storyline.core.error.StorylineException;

class SearchIndexTest {
  static SearchIndex index;

  @BeforeAll
  static void build() {
    index = SearchIndex.build(List.of(
        new SearchEntry("document", "d1", "d1", "Pyongyang tests a Hwasong missile",
            "North Korea launched a Hwasong-18 missile on Monday, officials in Seoul said.", null, null,
            List.of("STATE", "WEAPON", "PLACE"), null),
        new SearchEntry("claim", "c1", "d1", "Pyongyang tests a Hwasong missile",
            "North Korea launched a Hwasong-18 missile on Monday.", "ASSAULT", "reported",
            List.of("STATE", "WEAPON"), "e1"),
        new SearchEntry("document", "d2", "d2", "Ministers meet in Ankara",
            "The foreign ministers of Turkey and Iran met in Ankara to discuss grain shipments.", null, null,
            List.of("PERSON", "STATE"), null),
        new SearchEntry("claim", "c2", "d2", "Ministers meet in Ankara",
            "The foreign ministers of Turkey and Iran met in Ankara.", "CONSULT", "confirmed",
            List.of("STATE", "PLACE"), "e2")));
  }

  @AfterAll
  static void close() {
    index.close();
  }

  @Test
  void findsDocumentsAndClaimsWithFacets() {
    SearchResults r = index.search(SearchQuery.of("Hwasong"));
    assertEquals(2, r.total());
    assertEquals(1, r.facets().get("kind").get("claim"));
    assertEquals(1, r.facets().get("kind").get("document"));
    assertEquals(1, r.facets().get("type").get("ASSAULT"));
    assertEquals(2, r.facets().get("entity_type").get("WEAPON"));
    assertTrue(r.hits().get(0).snippet().contains("Hwasong"));
  }

  @ParameterizedTest
  @CsvSource({
      "missiles, , , 2",          // stemmed: missiles ~ missile
      "meetings, , , 2",          // stems to meet: the titles match
      "shipment, claim, , 0",     // only the document body speaks of shipments
      "ministers, claim, , 1",
      "ministers, , confirmed, 1",
      "ministers, document, confirmed, 0",
      "\"foreign ministers\", , , 2",
      "Hwasong AND Ankara, , , 0",
      "Hwasong OR Ankara, , , 4",
      "launch*, , , 2"})
  void filtersAndSyntax(String text, String kind, String status, int expected) {
    SearchResults r = index.search(new SearchQuery(text, kind, null, status, null, 20, 0));
    assertEquals(expected, r.total(), text);
  }

  @Test
  void manyEntriesMapBackToTheirOwnRecords() {
    List<SearchEntry> many = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      many.add(new SearchEntry("claim", "c" + i, "d" + (i / 10), null, "token" + i + " common words", null, null, List.of(), null));
    }
    try (SearchIndex big = SearchIndex.build(many)) {
      Random rnd = new Random(9);
      for (int k = 0; k < 50; k++) {
        int i = rnd.nextInt(3000);
        SearchResults r = big.search(SearchQuery.of("token" + i));
        assertEquals(1, r.total());
        assertEquals("c" + i, r.hits().get(0).entry().id());
      }
      assertEquals(3000, big.search(SearchQuery.of("common")).total());
    }
  }

  @Test
  void pagesThroughMatches() {
    SearchResults all = index.search(new SearchQuery("Hwasong OR Ankara", null, null, null, null, 20, 0));
    List<String> paged = new ArrayList<>();
    for (int off = 0; off < 4; off++) {
      SearchResults p = index.search(new SearchQuery("Hwasong OR Ankara", null, null, null, null, 1, off));
      assertEquals(4, p.total());
      paged.add(p.hits().get(0).entry().id());
    }
    assertEquals(all.hits().stream().map(h -> h.entry().id()).toList(), paged);
  }

  @Test
  void brokenSyntaxIsSearchedAsPlainWordsAndBadPagesAreRejected() {
    assertEquals(2, index.search(SearchQuery.of("Hwasong)(")).total());
    assertThrows(StorylineException.class, () -> SearchQuery.of(" "));
    assertThrows(StorylineException.class, () -> new SearchQuery("x", null, null, null, null, 0, 0));
    assertThrows(StorylineException.class, () -> new SearchQuery("x", null, null, null, null, 10, -1));
  }

  @Test
  void randomQueriesNeverThrowAndSnippetsStayShort() {
    Random rnd = new Random(42);
    String alphabet = "ab \"()*?:^~[]{}!+-&|\\/HwasongAnkara";
    for (int i = 0; i < 300; i++) {
      StringBuilder sb = new StringBuilder("x");
      for (int j = rnd.nextInt(12); j > 0; j--) {
        sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
      }
      SearchResults r = index.search(SearchQuery.of(sb.toString()));
      assertTrue(r.total() >= 0 && r.total() <= 4);
    }
    String longText = "word ".repeat(400) + "Hwasong " + "word ".repeat(400);
    String s = SearchIndex.snippet(longText, List.of("hwasong"));
    assertTrue(s.contains("Hwasong") && s.length() < 240, s);
  }
}
