package org.storyline.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storyline.core.document.DroppedBlock;

/** Byline and date lines at the head, biographies and sign-offs at the tail; and the articleBody check. */
class EdgeLinesTest {
  private static final String A = "The two leaders inspected a missile assembly plant on Wednesday, state media "
      + "reported, and promised to deepen cooperation in space technology.";
  private static final String B = "Officials in Seoul said the visit showed that the partnership had moved beyond "
      + "arms sales, though they gave no evidence for the claim.";

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Last updated on April 8, 2024 by Ann Lee|true",
      "June 11, 2025 • 5 min read|true",
      "By Min Park · Published 19 December 2025|true",
      "UPDATED 16:47 EST / DECEMBER 19 2025|true",
      "The summit took place on June 11, 2025.|false",
      "Talks resumed on 3 March 2024 after a pause of nearly two years, diplomats in Geneva said.|false",
  })
  void datelines(String line, boolean dateline) {
    assertEquals(dateline, EdgeLines.isDateline(line), line);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Jane Roe is the founder of a small consultancy and writes about logistics for several magazines.|author-bio",
      "Omar Haddad (@ohaddad) is a staff writer covering the Gulf.|author-bio",
      "Kim Jong Un is expected to travel to Vladivostok again in the autumn, according to officials.|",
      "Sergei Shoigu was received by the defence minister on his arrival.|",
      "This work is licensed under a Creative Commons Attribution 4.0 licence.|boilerplate",
      "Latest posts by Ann Lee (see all)|boilerplate",
  })
  void tails(String line, String reason) {
    assertEquals(reason, EdgeLines.tailReason(line, List.of()), line);
  }

  @Test
  void aDeclaredAuthorOpeningATailParagraphIsABiography() {
    String bio = "Ann Lee has reported on the peninsula for a decade from Seoul and Tokyo.";
    assertEquals("author-bio", EdgeLines.tailReason(bio, List.of("Ann Lee")));
    assertEquals(null, EdgeLines.tailReason(bio, List.of("Someone Else")));
  }

  @Test
  void trimLooksOnlyAtTheEdges() {
    String middleDate = "March 17, 2026";
    List<String> paragraphs = new ArrayList<>(List.of("Nov 25, 2025 5:00 am PST", "By Ann Lee", A, middleDate, "X", B,
        "Jane Roe is a freelance reporter based in Busan."));
    List<DroppedBlock> dropped = new ArrayList<>();
    EdgeLines.trim(paragraphs, List.of(), dropped);
    assertEquals(List.of("By Ann Lee", A, middleDate, "X", B), paragraphs);
    assertEquals(List.of("dateline", "author-bio"), dropped.stream().map(DroppedBlock::reason).toList());
  }

  @Test
  void paragraphsTheStatedBodyDoesNotHoldAreDropped() {
    String teaser = "Subscribers can download our free guide to the best garden furniture of the season today.";
    List<DroppedBlock> dropped = new ArrayList<>();
    List<String> kept = StatedBody.keep(List.of(A, "Reactions", teaser, B), A + "\n\n" + B, dropped);
    assertEquals(List.of(A, "Reactions", B), kept); // a short sub-heading stays
    assertEquals(1, dropped.size());
    assertEquals("unstated", dropped.get(0).reason());
    assertTrue(dropped.get(0).text().startsWith("Subscribers"));
    assertFalse(kept.contains(teaser));
  }
}
