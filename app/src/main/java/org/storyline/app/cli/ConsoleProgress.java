package org.storyline.app.cli;

import java.io.PrintStream;
import org.storyline.app.pipeline.ProgressListener;

/**
 * Prints a progress line to standard error: documents done / total and documents per second,
 * at most once a second on a terminal (rewriting the line) and every ten seconds otherwise.
 */
final class ConsoleProgress implements ProgressListener {
  private final PrintStream err;
  private final boolean terminal;
  private final long intervalNanos;
  private long last;
  private boolean open;

  ConsoleProgress(PrintStream err) {
    this.err = err;
    this.terminal = System.console() != null;
    this.intervalNanos = terminal ? 1_000_000_000L : 10_000_000_000L;
  }

  @Override
  public synchronized void documents(int done, int total, double docsPerSecond) {
    long now = System.nanoTime();
    if (now - last < intervalNanos && done != total) {
      return;
    }
    last = now;
    String line = String.format("analyzed %d/%s documents, %.1f docs/s", done, total < 0 ? "?" : Integer.toString(total), docsPerSecond);
    if (terminal) {
      err.print("\r" + line);
      open = true;
    } else {
      err.println(line);
    }
  }

  @Override
  public synchronized void stage(String name) {
    if (open) {
      err.println();
      open = false;
    }
    err.println("stage: " + name);
  }
}
