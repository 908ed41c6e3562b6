package org.storyline.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storyline.core.document.SourceDocument;
import org.storyline.ingest.source.InputReader;

/** The job lists input files in exactly the order, and with exactly the path spelling, of the local reader. */
class InputListingTest {
  private static final String TEXT = "Envoys of Ruritania and Freedonia met in Sylvania on Tuesday to discuss a ceasefire.\n";

  @ParameterizedTest
  @CsvSource({
      "report.txt, true", "REPORT.HTML, true", "page.htm.gz, true", "crawl.warc.gz, true", "feed.jsonl, true",
      "report.txt.meta.json, false", "notes.md, false", "archive.tar.gz, false", "warc, false",
  })
  void inputNamesAreThoseTheLocalReaderTakes(String name, boolean input) {
    assertEquals(input, InputListing.isInputName(name));
  }

  @ParameterizedTest
  @CsvSource({
      "hdfs://nn:8020/news, true", "s3a://bucket/news, true", "file:/tmp/news, false", "/tmp/news, false",
      "relative/news, false", "C:/news, false",
  })
  void onlyNonFileSchemesAreRemote(String input, boolean remote) {
    assertEquals(remote, InputListing.isRemote(input));
  }

  @Test
  void aTreeIsListedInTheLocalReadersOrder(@TempDir Path dir) throws IOException {
    List<String> names = List.of("b/2.txt", "a/1.txt", "a-b.txt", "a/b/c.txt", "z.html", ".hidden/x.txt", "a/.x.txt",
        "notes.md", "a.txt.meta.json", "A.txt", "é.txt");
    write(dir, names);
    assertAgreesWithReader(List.of(dir));
  }

  @Test
  void randomTreesAndMixedArgumentsAgree(@TempDir Path dir) throws IOException {
    Random random = new Random(7L);
    String[] parts = {"a", "b", "a-b", "a.b", "A", "z0", "_y"};
    String[] ext = {".txt", ".html", ".md", ".txt"};
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      StringBuilder n = new StringBuilder();
      for (int k = 0, depth = random.nextInt(3); k < depth; k++) {
        n.append(parts[random.nextInt(parts.length)]).append('/');
      }
      n.append(parts[random.nextInt(parts.length)]).append(i).append(ext[random.nextInt(ext.length)]);
      names.add(n.toString());
    }
    write(dir.resolve("tree"), names);
    Files.writeString(dir.resolve("single.txt"), TEXT);
    assertAgreesWithReader(List.of(dir.resolve("single.txt"), dir.resolve("tree"), dir.resolve("missing.txt")));
  }

  private static void write(Path root, List<String> names) throws IOException {
    int i = 0;
    for (String n : names) {
      Path p = root.resolve(n);
      if (Files.exists(p)) {
        continue;
      }
      Files.createDirectories(p.getParent());
      Files.writeString(p, n.endsWith(".html") ? "<html><body><p>" + TEXT + " Item " + i++ + ".</p></body></html>"
          : TEXT + "Item " + i++ + ".\n", StandardCharsets.UTF_8);
    }
  }

  private static void assertAgreesWithReader(List<Path> inputs) {
    // documents in the reader's order; a missing argument is passed on for the executor's reader to report
    LinkedHashSet<String> read = new LinkedHashSet<>();
    List<String> missing = new ArrayList<>();
    try (InputReader reader = new InputReader(inputs, p -> missing.add(p.path()))) {
      for (SourceDocument d : reader) {
        read.add(d.source().path());
      }
    }
    List<String> listed = InputListing.list(inputs.stream().map(Path::toString).toList(), new Configuration())
        .stream().map(InputFile::uri).toList();
    assertEquals(List.copyOf(read), listed.stream().filter(x -> !missing.contains(x)).toList());
    assertEquals(true, listed.containsAll(missing));
  }
}
