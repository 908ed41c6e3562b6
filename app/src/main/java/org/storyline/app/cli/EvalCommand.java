package org.storyline.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.storyline.ingest.eval.ExtractionEvaluation;
import org.storyline.nlp.time.TimeMlEvaluation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code storyline eval ...}: quality figures of the stages on evaluation data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measure quality on evaluation data.",
    subcommands = {EvalCommand.Extraction.class, EvalCommand.TimeMl.class})
public final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** {@code storyline eval extraction DIR}: main text word F1 and date accuracy on a WCXB folder. */
  @Command(name = "extraction", mixinStandardHelpOptions = true,
      description = "Main-text word F1, precision, recall and publication-date accuracy on a WCXB-layout folder (html/*.html.gz, ground-truth/*.json).")
  static final class Extraction implements Callable<Integer> {
    @Parameters(paramLabel = "DIR") Path dir;

    @Override
    public Integer call() {
      System.out.print(new ExtractionEvaluation().evaluate(dir).describe());
      return ExitCodes.OK;
    }
  }

  /** {@code storyline eval timeml DIR}: TIMEX3 extraction and value scores on TimeML files. */
  @Command(name = "timeml", mixinStandardHelpOptions = true,
      description = "TIMEX3 extraction strict/relaxed F1 and value accuracy on TimeML (TempEval-3) files, as the TempEval-3 scorer computes them.")
  static final class TimeMl implements Callable<Integer> {
    @Parameters(paramLabel = "DIR") Path dir;

    @Override
    public Integer call() {
      System.out.println(new TimeMlEvaluation().evaluate(dir));
      return ExitCodes.OK;
    }
  }
}
