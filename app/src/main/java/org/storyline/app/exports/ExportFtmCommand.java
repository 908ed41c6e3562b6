package org.storyline.app.exports;

import org.storyline.app.cli.StoreLocationConverter;
import org.storyline.store.StoreLocation;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.storyline.app.server.StoreSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code storyline export-ftm --store DIR -o entities.ftm.json}: FollowTheMoney entities for Aleph. */
@Command(name = "export-ftm", mixinStandardHelpOptions = true,
    description = "Write entities, articles and events as FollowTheMoney entities, one per line (load with 'alephclient write-entities' or 'ftm').")
public final class ExportFtmCommand implements Callable<Integer> {
  @Option(names = "--store", required = true, paramLabel = "STORE", converter = StoreLocationConverter.class,
      description = "the store: a folder, or postgresql://user:password@host:port/database") StoreLocation store;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE") Path out;

  @Override
  public Integer call() {
    try (StoreSnapshot s = StoreSnapshot.load(store)) {
      System.out.printf("wrote %d FollowTheMoney entities to %s%n", JsonLines.write(out, new FollowTheMoney(s).entities()), out);
      return 0;
    }
  }
}
