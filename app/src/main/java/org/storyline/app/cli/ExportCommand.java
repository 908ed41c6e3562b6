package org.storyline.app.cli;

import org.storyline.store.StoreLocation;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.storyline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storyline export --store DIR --out DIR}: the four contract files from a store. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write documents.jsonl, entities.jsonl, claims.jsonl and events.jsonl from a store.")
public final class ExportCommand implements Callable<Integer> {
  @Option(names = "--store", required = true, paramLabel = "STORE", converter = StoreLocationConverter.class,
      description = "the store: a folder, or postgresql://user:password@host:port/database") StoreLocation store;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR") Path out;

  @Override
  public Integer call() {
    try (Store s = Store.openExisting(store)) {
      Store.ExportCounts c = s.exportJsonl(out);
      System.out.printf("wrote %d documents, %d entities, %d claims, %d events to %s%n",
          c.documents(), c.entities(), c.claims(), c.events(), out);
    }
    return ExitCodes.OK;
  }
}
