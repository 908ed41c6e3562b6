package org.storyline.app.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.app.cli.StorylineCommand;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.InputProblem;
import org.storyline.store.Store;

/**
 * The generated hostile corpus through {@code storyline analyze}: the run completes with exit code
 * 3, every bad file is reported with its file, stage and reason, and every good document is
 * analysed with its text decoded correctly. The unreadable-file case needs a non-root user
 * (root reads files whatever their permissions) and is left out when the tests run as root.
 */
class HostileCorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  static HostileCorpus corpus;
  static int exit;
  static String output;
  static List<InputProblem> problems;
  static List<JsonNode> documents;

  @BeforeAll
  static void analyse() throws IOException {
    boolean root = "root".equals(System.getProperty("user.name"));
    corpus = new HostileCorpus().write(dir.resolve("corpus"), root);
    Path out = dir.resolve("store");
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(buf, true, StandardCharsets.UTF_8);
    System.setOut(capture);
    System.setErr(capture);
    try {
      exit = StorylineCommand.commandLine().execute("analyze", dir.resolve("corpus").toString(), "--out", out.toString(),
          "--quiet", "--threads", "2");
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
    output = buf.toString(StandardCharsets.UTF_8);
    try (Store store = Store.openExisting(out)) {
      problems = store.problems();
    }
    documents = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("documents.jsonl"))) {
      documents.add(JSON.readTree(line));
    }
  }

  private static String name(InputProblem p) {
    return Path.of(p.path()).getFileName().toString();
  }

  @Test
  void runCompletesWithSomeInputsSkipped() {
    assertEquals(3, exit, output);
    assertTrue(output.contains("skipped"), output);
  }

  @Test
  void everyBadFileIsReportedWithAReason() {
    List<String> missing = new ArrayList<>();
    for (HostileCorpus.Bad bad : corpus.bad) {
      boolean found = problems.stream().anyMatch(p -> name(p).equals(bad.file()) && p.code().name().contains(bad.code()));
      if (!found) {
        missing.add(bad.file() + " (" + bad.code() + "): " + problems.stream().filter(p -> name(p).equals(bad.file()))
            .map(InputProblem::describe).toList());
      }
    }
    assertEquals(List.of(), missing);
    for (InputProblem p : problems) {
      assertFalse(p.reason().isBlank(), p.describe());
      assertTrue(Set.of("read", "extract", "nlp").contains(p.stage()), p.describe());
      assertNotEquals(ErrorCode.INTERNAL_ERROR, p.code(), p.describe());
      assertTrue(p.path().startsWith(dir.resolve("corpus").toString()), p.describe());
    }
    assertTrue(problems.stream().anyMatch(p -> name(p).equals("lines.jsonl") && "line 2".equals(p.locator())),
        problems.stream().filter(p -> name(p).equals("lines.jsonl")).map(InputProblem::describe).toList().toString());
    assertEquals(4, problems.stream().filter(p -> name(p).equals("lines.jsonl")).count());
    assertTrue(output.contains("deep.html"), output.substring(0, Math.min(output.length(), 2000)));
  }

  @Test
  void goodFilesAreNeverReported() {
    List<String> wrong = problems.stream()
        .filter(p -> name(p).startsWith("good") || name(p).startsWith("invalid-utf8") || name(p).startsWith("mixed"))
        .map(InputProblem::describe).toList();
    assertEquals(List.of(), wrong);
  }

  @Test
  void everyGoodDocumentIsAnalysedWithCorrectText() {
    List<String> bodies = documents.stream().map(d -> d.path("body").asText()).toList();
    for (String words : corpus.goodBodies) {
      assertTrue(bodies.stream().anyMatch(b -> b.contains(words)), "no document body contains '" + words + "'");
    }
    for (String b : bodies) {
      assertFalse(b.contains("\u0000"), b);
      assertFalse(b.contains("Ð") && b.contains("Ñ"), "mojibake: " + b); // UTF-8 Cyrillic read as windows-1252
    }
  }

  @Test
  void symbolicLinkLoopsAreReadOnce() {
    Set<String> ids = documents.stream().map(d -> d.path("id").asText()).collect(Collectors.toSet());
    assertEquals(documents.size(), ids.size());
    assertTrue(documents.stream().noneMatch(d -> d.path("source").path("path").asText().contains("/loop/")),
        "a document was read through the symbolic link loop");
  }
}
