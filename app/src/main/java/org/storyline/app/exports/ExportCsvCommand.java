package org.storyline.app.exports;

import org.storyline.app.cli.StoreLocationConverter;
import org.storyline.store.StoreLocation;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.storyline.app.server.StoreSnapshot;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storyline export-csv --store DIR --out DIR}: events.csv and claims.csv for spreadsheets. */
@Command(name = "export-csv", mixinStandardHelpOptions = true,
    description = "Write events.csv and claims.csv (RFC 4180, UTF-8 with BOM, one row per item) from a store.")
public final class ExportCsvCommand implements Callable<Integer> {
  @Option(names = "--store", required = true, paramLabel = "STORE", converter = StoreLocationConverter.class,
      description = "the store: a folder, or postgresql://user:password@host:port/database") StoreLocation store;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR") Path out;

  @Override
  public Integer call() {
    try (StoreSnapshot s = StoreSnapshot.load(store)) {
      Files.createDirectories(out);
      CsvExport csv = new CsvExport(s);
      int events;
      int claims;
      try (Writer w = Files.newBufferedWriter(out.resolve("events.csv"), StandardCharsets.UTF_8)) {
        events = csv.events(w);
      }
      try (Writer w = Files.newBufferedWriter(out.resolve("claims.csv"), StandardCharsets.UTF_8)) {
        claims = csv.claims(w);
      }
      System.out.printf("wrote %d events and %d claims to %s%n", events, claims, out);
      return 0;
    } catch (IOException e) {
      throw new StorylineException(ErrorCode.INPUT_UNREADABLE, "cannot write CSV to " + out + ": " + e.getMessage(), e);
    }
  }
}
