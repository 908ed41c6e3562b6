package org.storyline.app;

import org.storyline.app.cli.StorylineCommand;
import picocli.CommandLine;

/** Entry point of {@code bin/storyline}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(StorylineCommand.commandLine().execute(args));
  }
}
