package org.storyline.app.cli;

import org.storyline.store.StoreLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.storyline.app.pipeline.AnalyzeOptions;
import org.storyline.app.pipeline.AnalyzeRun;
import org.storyline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storyline add --store DIR INPUT...}: new articles into an existing store. */
@Command(name = "add", mixinStandardHelpOptions = true,
    description = "Add articles to an existing store: only new documents are analysed; entities and events are updated.")
public final class AddCommand implements Callable<Integer> {
  @Option(names = "--store", required = true, paramLabel = "STORE", converter = StoreLocationConverter.class,
      description = "the store: a folder, or postgresql://user:password@host:port/database")
  StoreLocation store;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders to add.")
  List<Path> inputs;

  @Mixin RunOptions run;

  @Override
  public Integer call() {
    Store.openExisting(store).close(); // a clear error for a missing store
    AnalyzeOptions options = run.options(inputs, store);
    return Pipelines.run(options, run.nlpOptions(), AnalyzeRun.Mode.ADD, run.quiet, System.out, System.err);
  }
}
