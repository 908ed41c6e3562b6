package org.storyline.app.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.app.cli.StorylineCommand;

/**
 * Crash safety: {@code storyline analyze} is started as a separate process and killed with
 * SIGKILL at seeded random moments after its run began, three times in a row on the same store;
 * then the same command runs to its end. The four JSON Lines files must equal, byte for byte, those
 * of one uninterrupted run.
 */
class KillAndRerunTest {
  private static final long SEED = 20241125L;
  private static final int KILLS = 3;
  private static final String[] LEADS = {
    "Officials in Kyiv said on %s that a convoy of trucks carrying artillery shells had crossed into the occupied "
        + "south, citing intercepted radio traffic.",
    "The foreign ministers of Japan and South Korea met in Tokyo on %s to discuss missile launches by the North and "
        + "agreed to share radar data in real time.",
    "A delegation from Pyongyang arrived in Moscow on %s for talks on energy supplies and rail links, state media "
        + "on both sides reported.",
    "Negotiators in Doha resumed indirect talks on %s over a ceasefire and the release of detainees, mediators said.",
    "Sweden's defence chief said on %s that the country would station troops in Finland as part of a new "
        + "NATO rotation.",
  };
  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

  private static void writeCorpus(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (int i = 0; i < LEADS.length; i++) {
      String day = DAYS[i % DAYS.length];
      String text = "Report " + (i + 1) + "\n\n" + String.format(LEADS[i], day) + "\n\n"
          + "A spokesman declined to say how many people were involved, but an official estimate put the number at "
          + (1200 + 350 * i) + ".\n\n"
          + "Analysts said the move on " + day + " would be watched closely by governments across the region.";
      Files.writeString(dir.resolve(String.format("report-%d.txt", i + 1)), text);
    }
  }

  @Test
  void killedRunsRerunToTheUninterruptedResult(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("corpus");
    writeCorpus(corpus);
    Path reference = dir.resolve("reference");
    int code = inProcess("analyze", corpus.toString(), "--out", reference.toString(), "--quiet", "--threads", "2");
    assertEquals(0, code);

    Path store = dir.resolve("store");
    Random random = new Random(SEED);
    int killedWhileRunning = 0;
    List<String> log = new ArrayList<>();
    for (int k = 0; k < KILLS; k++) {
      long started = System.currentTimeMillis();
      Process p = start(corpus, store, dir.resolve("log-" + k + ".txt"));
      // the run begins once the store is written to (after the ~10-20 s model load)
      while (p.isAlive() && lastModified(store) < started) {
        Thread.sleep(50);
      }
      long delay = random.nextInt(4000);
      boolean exited = p.waitFor(delay, TimeUnit.MILLISECONDS);
      if (!exited) {
        p.destroyForcibly(); // SIGKILL on Unix
        killedWhileRunning++;
      }
      p.waitFor(60, TimeUnit.SECONDS);
      log.add("attempt " + k + ": " + (exited ? "ended by itself (exit " + p.exitValue() + ")" : "killed") + " "
          + delay + " ms after the run began");
    }
    Process last = start(corpus, store, dir.resolve("log-final.txt"));
    assertTrue(last.waitFor(10, TimeUnit.MINUTES), "the final run did not end");
    assertEquals(0, last.exitValue(), Files.readString(dir.resolve("log-final.txt")));
    System.out.println("kill and rerun: " + log);
    assertTrue(killedWhileRunning >= 1, "no attempt was killed while running: " + log);
    for (String name : List.of("documents", "entities", "claims", "events")) {
      byte[] want = Files.readAllBytes(reference.resolve(name + ".jsonl"));
      byte[] got = Files.readAllBytes(store.resolve(name + ".jsonl"));
      assertTrue(want.length > 0 || !name.equals("documents"), name);
      assertArrayEquals(want, got, name + ".jsonl differs after " + log);
    }
  }

  private static Process start(Path corpus, Path store, Path log) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder b = new ProcessBuilder(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"),
        "org.storyline.app.Main", "analyze", corpus.toString(), "--out", store.toString(), "--quiet", "--threads", "2");
    b.redirectErrorStream(true);
    b.redirectOutput(log.toFile());
    return b.start();
  }

  private static long lastModified(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.mapToLong(f -> f.toFile().lastModified()).max().orElse(0);
    }
  }

  private static int inProcess(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    System.setOut(quiet);
    System.setErr(quiet);
    try {
      return StorylineCommand.commandLine().execute(args);
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }
}
