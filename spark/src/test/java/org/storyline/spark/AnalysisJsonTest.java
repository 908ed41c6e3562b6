package org.storyline.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storyline.core.claim.Claim;
import org.storyline.core.claim.ClaimKind;
import org.storyline.core.claim.EventFrame;
import org.storyline.core.claim.EventType;
import org.storyline.core.claim.Stance;
import org.storyline.core.entity.EntityRef;
import org.storyline.core.entity.EntityType;
import org.storyline.core.entity.Mention;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.InputProblem;
import org.storyline.core.stage.DocumentAnalysis;
import org.storyline.core.stage.DocumentAnalysis.TimeMention;
import org.storyline.core.text.Span;
import org.storyline.core.time.DateSpan;

/** Per-document results survive the trip from executor to driver unchanged. */
class AnalysisJsonTest {
  private static final String SENTENCE = "Freedonia's defence minister visited Sylvania in May and signed an arms pact.";

  @Test
  void randomAnalysesRoundTrip() {
    Random random = new Random(20241125L);
    EntityType[] types = EntityType.values();
    for (int round = 0; round < 50; round++) {
      List<Mention> mentions = new ArrayList<>();
      List<TimeMention> times = new ArrayList<>();
      for (int i = 0, n = random.nextInt(6); i < n; i++) {
        int start = random.nextInt(SENTENCE.length() - 10);
        int end = start + 1 + random.nextInt(9);
        mentions.add(new Mention("doc-" + round, new Span(start, end), SENTENCE.substring(start, end),
            types[random.nextInt(types.length)], random.nextBoolean() ? null : "key-" + i));
      }
      if (random.nextBoolean()) {
        times.add(new TimeMention(48, 51, "May", DateSpan.day(LocalDate.of(2024, 5, 1 + random.nextInt(28)), "May", "document")));
      }
      List<Claim> claims = random.nextBoolean() ? List.of() : List.of(new Claim("claim-" + round, "doc-" + round,
          SENTENCE, 0, SENTENCE.length(), ClaimKind.EVENT, new EventFrame(EventType.CONSULT, "visit", "visited"),
          List.of(new EntityRef(null, "Freedonia", "source", new Span(0, 9))), new EntityRef(null, "Sylvania", "place", new Span(37, 45)),
          null, List.of(), null, Stance.REPORTED, null, null, 0.5 + random.nextInt(5) / 10.0));
      DocumentAnalysis a = new DocumentAnalysis("doc-" + round, mentions, claims, times, random.nextInt(500));
      assertEquals(a, AnalysisJson.read(AnalysisJson.write(a)));
    }
  }

  @Test
  void problemsRoundTripWithAndWithoutLocator() {
    for (InputProblem p : List.of(new InputProblem("feeds/a.jsonl", "line 3", "read", ErrorCode.INPUT_EMPTY, "empty line"),
        new InputProblem("hdfs://nn/pages/b.html", null, "extract", ErrorCode.NO_MAIN_TEXT, "no main text"))) {
      assertEquals(p, ProblemJson.read(ProblemJson.write(p)));
    }
  }

  @Test
  void aRowIsEitherADocumentOrAProblem() {
    assertThrows(IllegalArgumentException.class, () -> new DocumentRow(0, 0, "d", "{}", null, "{}"));
    assertThrows(IllegalArgumentException.class, () -> new DocumentRow(0, 0, "d", null, null, null));
    assertThrows(IllegalArgumentException.class, () -> new DocumentRow(0, 0, "d", "{}", null, null));
    assertEquals(false, new DocumentRow(1, -1, null, null, null, "{}").isRecord());
  }
}
