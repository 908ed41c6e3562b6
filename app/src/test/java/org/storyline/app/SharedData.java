package org.storyline.app;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find ../shared (seeds, contract, datasets); set by surefire. */
final class SharedData {
  private SharedData() {}

  static Path root() {
    Path p = Path.of(System.getProperty("storyline.shared", "../../shared")).toAbsolutePath().normalize();
    assumeTrue(Files.isDirectory(p.resolve("seeds")), "shared data not found at " + p);
    return p;
  }

  static Path seeds() {
    return root().resolve("seeds");
  }

  static Path contract() {
    return root().resolve("contract");
  }
}
