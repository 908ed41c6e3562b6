package org.storyline.app.cli;

import org.storyline.store.StoreLocation;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.storyline.core.event.Event;
import org.storyline.fuse.brief.Chronology;
import org.storyline.fuse.brief.TimelineFormat;
import org.storyline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code storyline timeline --store DIR}: the fused events in date order, one line each. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = "Print the fused timeline: one line per event in date order (undated events last), with status and sources.")
public final class TimelineCommand implements Callable<Integer> {
  @Option(names = "--store", required = true, paramLabel = "STORE", converter = StoreLocationConverter.class,
      description = "the store: a folder, or postgresql://user:password@host:port/database") StoreLocation store;

  @Mixin EventFilterOptions filters;

  @Override
  public Integer call() {
    try (Store s = Store.openExisting(store)) {
      for (Event e : Chronology.of(s.events(), filters.filter(s, true, true)).events()) {
        System.out.println(TimelineFormat.line(e));
      }
    }
    return ExitCodes.OK;
  }
}
