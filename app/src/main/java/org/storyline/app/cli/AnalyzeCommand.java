package org.storyline.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.storyline.app.pipeline.AnalyzeOptions;
import org.storyline.app.pipeline.AnalyzeRun;
import org.storyline.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storyline analyze INPUT... --out DIR}: the whole pipeline into a store. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = {"Analyze articles (files or folders: .txt, .html, .htm, .gz, .warc, .warc.gz, .jsonl) into a store,",
        "and write documents.jsonl, entities.jsonl, claims.jsonl and events.jsonl there.",
        "Exit codes: 0 all analysed, 3 some inputs skipped, 2 usage, 4 user error, 5 external error, 70 internal error."})
public final class AnalyzeCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders (read recursively).")
  List<Path> inputs;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "STORE", converter = StoreLocationConverter.class,
      description = "Store folder (created if missing; the four JSON Lines files are written there), or a PostgreSQL "
          + "database as postgresql://user:password@host:port/database (tables created if missing).")
  StoreLocation out;

  @Mixin RunOptions run;

  @Override
  public Integer call() {
    AnalyzeOptions options = run.options(inputs, out);
    return Pipelines.run(options, run.nlpOptions(), AnalyzeRun.Mode.ANALYZE, run.quiet, System.out, System.err);
  }
}
