package org.storyline.app.exports;

import org.storyline.app.cli.StoreLocationConverter;
import org.storyline.store.StoreLocation;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.storyline.app.server.StoreSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storyline export-plover --store DIR -o events.plover.jsonl}: PLOVER-style JSON events. */
@Command(name = "export-plover", mixinStandardHelpOptions = true,
    description = "Write the events as PLOVER-style JSON records, one per line.")
public final class ExportPloverCommand implements Callable<Integer> {
  @Option(names = "--store", required = true, paramLabel = "STORE", converter = StoreLocationConverter.class,
      description = "the store: a folder, or postgresql://user:password@host:port/database") StoreLocation store;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE") Path out;

  @Override
  public Integer call() {
    try (StoreSnapshot s = StoreSnapshot.load(store)) {
      System.out.printf("wrote %d PLOVER events to %s%n", JsonLines.write(out, new PloverEvents(s).records()), out);
      return 0;
    }
  }
}
