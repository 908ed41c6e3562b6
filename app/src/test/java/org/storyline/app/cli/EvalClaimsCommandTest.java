package org.storyline.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storyline eval claims GOLD SECTIONS.txt}: a file of "@doc" sections is scored section by section. */
class EvalClaimsCommandTest {
  @Test
  void aSectionsFileIsScoredPerSection(@TempDir Path dir) throws IOException {
    Path sentences = dir.resolve("sentences.txt");
    Files.writeString(sentences, """
        # two short articles written for this test
        @doc t01 2024-03-12
        The Finnish president visited Kyiv on Monday.
        @doc t02 2024-05-20
        Chilean and Peruvian ministers held talks in Lima on Friday.
        """);
    Path gold = dir.resolve("sentences.claims");
    Files.writeString(gold, """
        t01 | president visited Kyiv | type=CONSULT/visit | target=Kyiv | date=2024-03-11 | stance=asserted
        t02 | held talks in Lima | type=CONSULT | date=2024-05-17 | stance=asserted
        """);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream old = System.out;
    int code;
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      code = StorylineCommand.commandLine().execute("eval", "claims", gold.toString(), sentences.toString());
    } finally {
      System.setOut(old);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, out);
    assertTrue(out.contains("articles: 2, sections of "), "the output names how articles were built: " + out);
    String claims = out.lines().filter(l -> l.startsWith("claims ")).findFirst().orElseThrow(() -> new AssertionError(out));
    String[] f = claims.trim().split("\\s+");
    assertEquals("2", f[1], "gold claims: " + claims);
    assertTrue(Integer.parseInt(f[3]) >= 1, "at least one gold claim is found in its section: " + out);
  }
}
