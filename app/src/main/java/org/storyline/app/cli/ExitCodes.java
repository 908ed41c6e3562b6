package org.storyline.app.cli;

import org.storyline.core.error.ErrorKind;

/** The exit codes of the storyline command, as documented in the README. */
public final class ExitCodes {
  /** Everything was read and analysed. */
  public static final int OK = 0;
  /** The command line was wrong (picocli's usage error). */
  public static final int USAGE = 2;
  /** The run finished, but some inputs were skipped (listed in the summary and the store). */
  public static final int SOME_SKIPPED = 3;
  /** A user error ended the command: missing store, bad argument, --strict failure. */
  public static final int USER_ERROR = 4;
  /** Something outside storyline failed: disk, database, time-out. */
  public static final int EXTERNAL_ERROR = 5;
  /** A bug in storyline. */
  public static final int INTERNAL_ERROR = 70;

  private ExitCodes() {}

  static int of(ErrorKind kind) {
    return switch (kind) {
      case USER_ERROR -> USER_ERROR;
      case EXTERNAL -> EXTERNAL_ERROR;
      case INTERNAL -> INTERNAL_ERROR;
    };
  }
}
