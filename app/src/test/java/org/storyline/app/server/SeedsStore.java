package org.storyline.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.storyline.app.cli.StorylineCommand;

/**
 * A store analysed by the real pipeline from the five seeds plus one hostile article of our own
 * (markup in its title and body), built once per test JVM and shared by the test classes.
 */
final class SeedsStore {
  /** A hostile article in our own words: markup that must show as text everywhere. */
  static final String HOSTILE = """
      Envoys trade warnings <script>window.__pwned=1</script> over naval drills
      By a staff reporter
      March 5, 2024

      SEOUL - South Korea summoned the Russian ambassador on Tuesday to protest joint naval drills with North Korea, the foreign ministry said.

      A ministry official said the embassy had received a note reading <img src=x onerror="window.__pwned=2"> which the ministry called a test of its filters.

      Russia rejected the protest on Wednesday, a spokeswoman for its foreign ministry told reporters in Moscow.
      """;

  private static Path store;

  private SeedsStore() {}

  /** The store folder; skips the calling test when the seeds are missing. */
  static synchronized Path get() {
    Path shared = Path.of(System.getProperty("storyline.shared", "../../shared")).toAbsolutePath().normalize();
    assumeTrue(Files.isDirectory(shared.resolve("seeds")), "shared data not found at " + shared);
    if (store != null) {
      return store;
    }
    try {
      Path tmp = Files.createTempDirectory("storyline-seeds-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(tmp)));
      Path in = Files.createDirectories(tmp.resolve("in"));
      try (Stream<Path> seeds = Files.list(shared.resolve("seeds"))) {
        for (Path p : seeds.toList()) {
          Files.copy(p, in.resolve(p.getFileName()));
        }
      }
      Files.writeString(in.resolve("zz-hostile-markup.txt"), HOSTILE, StandardCharsets.UTF_8);
      Path out = tmp.resolve("store");
      int exit = StorylineCommand.commandLine().execute("analyze", in.toString(), "--out", out.toString(), "--quiet");
      assertEquals(0, exit, "analyze of the seeds failed");
      store = out;
      return store;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path root) {
    try (Stream<Path> all = Files.walk(root)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort at exit
    }
  }
}
