package org.storyline.app.cli;

import org.storyline.store.StoreLocation;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.storyline.fuse.brief.Chronology;
import org.storyline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code storyline brief --about X --until DATE}: a dated, sourced background chronology. */
@Command(name = "brief", mixinStandardHelpOptions = true,
    description = {"Print the dated, sourced chronology of the events about the given actors, as journalists write",
        "in background boxes: one line per event in date order with status and sources."})
public final class BriefCommand implements Callable<Integer> {
  @Option(names = "--store", required = true, paramLabel = "STORE", converter = StoreLocationConverter.class,
      description = "the store: a folder, or postgresql://user:password@host:port/database") StoreLocation store;

  @Option(names = "--markdown", description = "Markdown instead of plain text.") boolean markdown;

  @Mixin EventFilterOptions filters;

  @Override
  public Integer call() {
    try (Store s = Store.openExisting(store)) {
      Chronology c = Chronology.of(s.events(), filters.filter(s, false, false));
      System.out.print(markdown ? c.markdown() : c.plainText());
    }
    return ExitCodes.OK;
  }
}
