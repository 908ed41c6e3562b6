package org.storyline.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;

/** Command-line parsing of the job; no Spark is started. */
class SparkMainTest {
  @Test
  void analyzeTakesInputsThenOutAndOptionsAnywhere() {
    SparkAnalyzeJob.Options o = SparkMain.parseAnalyze(new String[] {
        "analyze", "--jsonl", "in/a", "--date", "2024-06", "hdfs://nn/b", "--partitions", "8", "--work", "/tmp/w", "out"});
    assertEquals(List.of("in/a", "hdfs://nn/b"), o.inputs());
    assertEquals("out", o.out());
    assertEquals("2024-06", o.date());
    assertEquals(8, o.partitions());
    assertEquals(true, o.jsonl());
    assertEquals(Path.of("/tmp/w"), o.work());
  }

  @ParameterizedTest
  @ValueSource(strings = {"analyze only-out", "analyze in out --partitions", "analyze in out --partitions many",
      "analyze in out --partitions -1", "analyze --jsonl in hdfs://nn/out", "analyze in out --date 24-06-01"})
  void badArgumentsAreUsageErrors(String line) {
    StorylineException e = assertThrows(StorylineException.class, () -> SparkMain.parseAnalyze(line.split(" ")));
    assertEquals(ErrorCode.INVALID_ARGUMENT, e.code());
  }

  @Test
  void unknownCommandPrintsUsage() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(2, SparkMain.run(new String[] {"train"}, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err)));
    assertEquals(true, err.toString().contains("usage"));
  }
}
