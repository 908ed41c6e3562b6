package org.storyline.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;
import picocli.CommandLine;

class BenchCommandTest {
  @ParameterizedTest
  @ValueSource(strings = {"--warmup-limit=-1", "--rounds=0", "--repeat=0", "--limit=-2", "--threads=0", "--warmup=-1"})
  void rejectsImpossibleSettingsBeforeReadingAnything(String option) {
    BenchCommand bench = new BenchCommand();
    new CommandLine(bench).parseArgs(option, "/nonexistent-input");
    StorylineException e = assertThrows(StorylineException.class, bench::call);
    assertEquals(ErrorCode.INVALID_ARGUMENT, e.code());
  }

  @org.junit.jupiter.api.Test
  void warmupLimitDefaultsToAllDocuments() {
    BenchCommand bench = new BenchCommand();
    new CommandLine(bench).parseArgs("/nonexistent-input");
    assertEquals(0, bench.warmupLimit);
    new CommandLine(bench).parseArgs("--warmup-limit", "30", "/nonexistent-input");
    assertEquals(30, bench.warmupLimit);
  }
}
