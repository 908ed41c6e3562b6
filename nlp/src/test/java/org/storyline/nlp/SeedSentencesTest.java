package org.storyline.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.storyline.nlp.Analyses.event;
import static org.storyline.nlp.Analyses.mention;
import static org.storyline.nlp.Analyses.names;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.storyline.core.claim.Bound;
import org.storyline.core.claim.Claim;
import org.storyline.core.claim.EventType;
import org.storyline.core.claim.Quantity;
import org.storyline.core.claim.Stance;
import org.storyline.core.entity.EntityType;
import org.storyline.core.stage.DocumentAnalysis;

/**
 * The analyzer on sentences of the seed articles (read from {@code storyline.shared}; the
 * article text is not copied into the repository). Each body is built from the lines needed, as
 * paragraphs, the way the chrome remover will hand them over.
 */
class SeedSentencesTest {
  private static DocumentAnalysis seed(String prefix, String date, String... lineStarts) throws IOException {
    Path dir = Path.of(System.getProperty("storyline.shared", "../shared"), "seeds");
    Assumptions.assumeTrue(Files.isDirectory(dir), "seeds not available");
    Path file;
    try (Stream<Path> files = Files.list(dir)) {
      file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
    }
    Assumptions.assumeTrue(file != null, "seed " + prefix + " missing");
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> picked = new ArrayList<>();
    for (String start : lineStarts) {
      String line = lines.stream().map(String::strip).filter(l -> l.startsWith(start)).findFirst()
          .orElseThrow(() -> new AssertionError("seed " + prefix + " has no line starting '" + start + "'"));
      picked.add(line);
    }
    return CoreNlpAnalyzer.shared().analyze(Analyses.article("seed-" + prefix, String.join("\n\n", picked), date));
  }

  @Test
  void shoiguMeetsKimOnFridayAccordingToMoscow() throws IOException {
    DocumentAnalysis a = seed("002", "2024-09-14", "According to Moscow");
    Claim c = event(a, "met");
    assertEquals(EventType.CONSULT, c.event().type());
    assertEquals("meet", c.event().mode());
    assertEquals(List.of("Sergei Shoigu"), names(c, "source"));
    assertEquals(List.of("Kim Jong Un"), names(c, "target"));
    assertEquals(LocalDate.of(2024, 9, 13), c.date().start());
    assertEquals(LocalDate.of(2024, 9, 13), c.date().end());
    assertEquals(Stance.REPORTED, c.stance());
    assertEquals("Moscow", c.attribution().speaker().name());
  }

  @Test
  void transferOfFiveMillionShellsRevealedByTheMinister() throws IOException {
    DocumentAnalysis a = seed("002", "2024-09-14", "In July, South Korean Defense Minister");
    Claim c = event(a, "transferred");
    assertEquals(EventType.AID, c.event().type());
    assertEquals("military", c.event().mode());
    assertEquals(List.of("North Korea"), names(c, "source"));
    assertEquals(List.of("Russia"), names(c, "target"));
    Quantity q = c.quantities().stream().filter(x -> x.value() == 5_000_000).findFirst().orElseThrow();
    assertEquals(Bound.AT_LEAST, q.bound());
    assertEquals("artillery shells", q.item());
    assertEquals("Shin Won-sik", c.attribution().speaker().name());
    assertEquals(Stance.REPORTED, c.stance());
    assertNull(c.date().start(), "July is when it was revealed, not when the shells were sent");
    assertEquals(java.time.LocalDate.of(2024, 7, 31), c.date().end(), "sent by the time it was revealed");
    assertEquals("before", c.date().modifier());
  }

  @Test
  void pyongyangAndMoscowDenyTheAccusations() throws IOException {
    DocumentAnalysis a = seed("003", "2024-06-17", "US and South Korean officials", "Both Pyongyang and Moscow");
    Claim deny = event(a, "denied");
    assertEquals(EventType.REJECT, deny.event().type());
    assertEquals(Stance.DENIED, deny.stance());
    assertEquals(List.of("Pyongyang", "Moscow"), names(deny, "source"));
    for (var r : deny.actors()) {
      assertEquals(EntityType.STATE, a.mentions().stream().filter(m -> m.span().equals(r.span())).findFirst()
          .orElseThrow().type());
    }
    Claim providing = event(a, "providing");
    assertEquals(Stance.ALLEGED, providing.stance());
    assertEquals(List.of("Pyongyang"), names(providing, "source"));
    assertEquals(providing.id(), deny.denies());
  }

  @Test
  void noAgreementsSignedAtTheMeetingOfTheThirteenth() throws IOException {
    DocumentAnalysis a = seed("004", "2023-10-06", "The deliveries appear", "On Sept. 15, Kremlin spokesperson",
        "However, the two leaders met");
    Claim signed = event(a, "signed");
    assertEquals(EventType.AGREE, signed.event().type());
    assertEquals(Stance.DENIED, signed.stance());
    assertEquals("Dmitry Peskov", signed.attribution().speaker().name());
    assertEquals(List.of("Kim Jong Un"), names(signed, "source"), "the two leaders named before");
    assertEquals(List.of("Vladimir Putin"), names(signed, "target"));
    Claim meeting = a.claims().stream().filter(c -> c.event() != null && c.event().trigger().equals("meeting")
        && c.date() != null && c.date().start().equals(LocalDate.of(2023, 9, 13))).findFirst().orElseThrow();
    assertEquals(EventType.CONSULT, meeting.event().type());
    Claim lasted = a.claims().stream().filter(c -> c.sentence().startsWith("The meeting lasted")).findFirst()
        .orElseThrow();
    assertEquals(5.0, lasted.quantities().get(0).value());
    assertEquals(Bound.APPROX, lasted.quantities().get(0).bound());
  }

  @Test
  void deliveryDateIsNotTheReportDate() throws IOException {
    DocumentAnalysis a = seed("004", "2023-10-06", "North Korea has started to deliver");
    Claim c = event(a, "deliver");
    assertEquals(EventType.AID, c.event().type());
    assertEquals(List.of("North Korea"), names(c, "source"));
    assertEquals(List.of("Russia"), names(c, "target"));
    assertNull(c.date().start(), "Oct. 5 is when it was reported, not when deliveries began");
    assertEquals(java.time.LocalDate.of(2023, 10, 5), c.date().end(), "deliveries had started by then");
    assertEquals("CBS News", c.attribution().speaker().name());
    assertNotNull(c.attribution().cited());
    assertTrue(c.attribution().cue().contains("citing"));
    assertEquals(EntityType.MEDIA, mention(a, "CBS News").type());
  }

  @Test
  void delegationArrivesCitingStateMedia() throws IOException {
    DocumentAnalysis a = seed("000", "2024-05-20", "A Russian delegation arrived");
    Claim c = event(a, "arrived");
    assertEquals("visit", c.event().mode());
    assertEquals(List.of("Russian"), names(c, "source"));
    assertEquals("Pyongyang", c.place().name());
    assertEquals(EntityType.PLACE, mention(a, "Pyongyang").type());
    assertEquals(LocalDate.of(2024, 5, 20), c.date().start());
    assertEquals("Yonhap", c.attribution().speaker().name());
    assertEquals("North Korean state media", c.attribution().cited().name());
    assertEquals(EntityType.MEDIA, mention(a, "North Korean state media").type());
  }

  @Test
  void shoiguArrivesAndHoldsTalksOnWednesday() throws IOException {
    DocumentAnalysis a = seed("001", "2023-07-26", "Russian Defence Minister Sergey Shoigu has arrived");
    Claim arrived = event(a, "arrived");
    assertEquals(List.of("Sergey Shoigu"), names(arrived, "source"));
    assertEquals(EntityType.STATE, mention(a, "Democratic People's Republic of Korea").type());
    Claim talks = event(a, "talks");
    assertEquals(List.of("Sergey Shoigu"), names(talks, "source"));
    assertEquals(LocalDate.of(2023, 7, 26), talks.date().start());
  }

  @Test
  void titleOnlyLeadersAndPlannedTrip() throws IOException {
    DocumentAnalysis a = seed("003", "2024-06-17", "The Russian leader is set to visit");
    assertEquals("title:leader|russia", mention(a, "Russian leader").key());
    assertTrue(a.mentions().stream().noneMatch(m -> m.text().contains("North Korean leader")),
        "a title followed by the holder's name is not a title-only mention");
    Claim c = event(a, "visit");
    assertEquals(Stance.PLANNED, c.stance());
    assertEquals(List.of("Russian leader"), names(c, "source"));
    assertEquals("Korean Central News Agency", c.attribution().speaker().name());
  }
}
