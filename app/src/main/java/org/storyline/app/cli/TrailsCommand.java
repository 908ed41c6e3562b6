package org.storyline.app.cli;

import org.storyline.store.StoreLocation;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.storyline.fuse.brief.DateLabels;
import org.storyline.fuse.trail.NumberTrails;
import org.storyline.fuse.trail.Trail;
import org.storyline.fuse.trail.TrailPoint;
import org.storyline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storyline trails --store DIR}: how reported numbers moved over time, and who moved them. */
@Command(name = "trails", mixinStandardHelpOptions = true,
    description = "Print the number trails: for each counted item between the same actors, the quantity claims in claim-date order with claimant and bound.")
public final class TrailsCommand implements Callable<Integer> {
  @Option(names = "--store", required = true, paramLabel = "STORE", converter = StoreLocationConverter.class,
      description = "the store: a folder, or postgresql://user:password@host:port/database") StoreLocation store;

  @Option(names = "--item", paramLabel = "TEXT", description = "Only trails whose item contains this text.") String item;

  @Override
  public Integer call() {
    try (Store s = Store.openExisting(store)) {
      for (Trail t : new NumberTrails().build(s.articles(), s.claims())) {
        if (item != null && !t.item().toLowerCase().contains(item.toLowerCase())) {
          continue;
        }
        System.out.println(t.item() + ": " + (t.from() == null ? "?" : t.from()) + " \u2192 " + (t.to() == null ? "?" : t.to()));
        for (TrailPoint p : t.points()) {
          System.out.printf("  %-12s %-28s %-9s %s%n", p.claimDate() == null ? "undated" : DateLabels.of(p.claimDate()),
              p.claimant() == null ? "?" : p.claimant(), p.bound().wireName(), p.text());
        }
      }
    }
    return ExitCodes.OK;
  }
}
