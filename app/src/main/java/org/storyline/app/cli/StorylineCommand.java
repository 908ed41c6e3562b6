package org.storyline.app.cli;

import org.storyline.core.error.StorylineException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code storyline} command. */
@Command(
    name = "storyline",
    mixinStandardHelpOptions = true,
    version = "storyline 0.1.0",
    description = "Turns the coverage of a developing news story into an evidence-backed timeline.",
    subcommands = {
      AnalyzeCommand.class,
      AddCommand.class,
      TimelineCommand.class,
      ExportCommand.class,
      BriefCommand.class,
      TrailsCommand.class,
      EntitiesCommand.class,
      EvalCommand.class,
      org.storyline.app.server.ServeCommand.class,
      org.storyline.app.report.ReportCommand.class,
      org.storyline.app.exports.ExportCsvCommand.class,
      org.storyline.app.exports.ExportPloverCommand.class,
      org.storyline.app.exports.ExportFtmCommand.class,
      org.storyline.app.bench.BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class StorylineCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** A command line whose errors print one clear line and map to the documented exit codes. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new StorylineCommand());
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof StorylineException se) {
        cmd.getErr().println("storyline: " + se.getMessage() + " [" + se.code() + "]");
        return ExitCodes.of(se.kind());
      }
      cmd.getErr().println("storyline: internal error: " + e);
      e.printStackTrace(cmd.getErr());
      return ExitCodes.INTERNAL_ERROR;
    });
    return cl;
  }
}
