package org.storyline.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storyline.core.claim.Claim;
import org.storyline.core.claim.ClaimKind;
import org.storyline.core.claim.Stance;
import org.storyline.core.entity.EntityType;
import org.storyline.core.entity.Mention;
import org.storyline.core.stage.DocumentAnalysis;
import org.storyline.core.text.Span;

class AnalysisAgreementTest {
  private static Claim quote(String id, String sentence, String quote) {
    return new Claim(id, "d", sentence, 0, sentence.length(), ClaimKind.QUOTE, null, List.of(), null, null, List.of(),
        null, Stance.REPORTED, quote, null, 0.5);
  }

  private static Mention mention(int start, String text, EntityType type) {
    return new Mention("d", new Span(start, start + text.length()), text, type, text.toLowerCase());
  }

  private static DocumentAnalysis doc(List<Claim> claims, List<Mention> mentions) {
    return new DocumentAnalysis("d", mentions, claims, List.of(), 10);
  }

  private static AnalysisAgreement.Counts kind(List<AnalysisAgreement.Counts> all, String kind) {
    return all.stream().filter(c -> c.kind().equals(kind)).findFirst().orElseThrow();
  }

  @Test
  void claimsAreComparedWithoutTheirIds() {
    DocumentAnalysis a = doc(List.of(quote("d:1", "He spoke.", "x"), quote("d:2", "She spoke.", "y")), List.of());
    DocumentAnalysis b = doc(List.of(quote("d:7", "She spoke.", "y")), List.of());
    AnalysisAgreement.Counts c = kind(AnalysisAgreement.compare(List.of(a), List.of(b)), "claims");
    assertEquals(1, c.same());
    assertEquals(1, c.onlyReference());
    assertEquals(0, c.onlyOther());
    assertEquals(0.5, c.recall(), 1e-9);
    assertEquals(1.0, c.precision(), 1e-9);
  }

  @Test
  void mentionsDifferingInTypeDoNotAgree() {
    DocumentAnalysis a = doc(List.of(), List.of(mention(0, "Moscow", EntityType.STATE)));
    DocumentAnalysis b = doc(List.of(), List.of(mention(0, "Moscow", EntityType.PLACE)));
    AnalysisAgreement.Counts c = kind(AnalysisAgreement.compare(List.of(a), List.of(b)), "mentions");
    assertEquals(List.of(0, 1, 1), List.of(c.same(), c.onlyReference(), c.onlyOther()));
  }

  @Test
  void runsOverDifferentDocumentsAreRejectedAndMissingOnesSkipped() {
    DocumentAnalysis a = doc(List.of(), List.of(mention(0, "Seoul", EntityType.PLACE)));
    assertThrows(IllegalArgumentException.class, () -> AnalysisAgreement.compare(List.of(a), List.of()));
    List<DocumentAnalysis> withGap = Arrays.asList(a, null);
    AnalysisAgreement.Counts c = kind(AnalysisAgreement.compare(withGap, Arrays.asList(a, a)), "mentions");
    assertEquals(List.of(1, 0, 0), List.of(c.same(), c.onlyReference(), c.onlyOther()));
  }

  /** Seeded random bags: same + only-reference is the reference's size, same + only-other the other's. */
  @Test
  void countsAddUpToBothSides() {
    Random random = new Random(5);
    String[] names = {"Kim", "Putin", "Lavrov", "Choe", "Shoigu"};
    for (int round = 0; round < 100; round++) {
      List<Mention> left = new ArrayList<>();
      List<Mention> right = new ArrayList<>();
      for (int i = random.nextInt(12); i > 0; i--) {
        left.add(mention(random.nextInt(4) * 10, names[random.nextInt(names.length)], EntityType.PERSON));
      }
      for (int i = random.nextInt(12); i > 0; i--) {
        right.add(mention(random.nextInt(4) * 10, names[random.nextInt(names.length)], EntityType.PERSON));
      }
      AnalysisAgreement.Counts c = kind(AnalysisAgreement.compare(List.of(doc(List.of(), left)),
          List.of(doc(List.of(), right))), "mentions");
      assertEquals(left.size(), c.same() + c.onlyReference());
      assertEquals(right.size(), c.same() + c.onlyOther());
    }
  }
}
