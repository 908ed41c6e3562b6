package org.storyline.app.pipeline;

/** Receives progress of a run; called from worker threads. */
public interface ProgressListener {
  /** {@code done} documents analysed out of {@code total} (-1 while unknown). */
  void documents(int done, int total, double docsPerSecond);

  /** A stage of the run began ({@code resolve}, {@code fuse}, {@code export}). */
  void stage(String name);

  ProgressListener NONE = new ProgressListener() {
    @Override
    public void documents(int done, int total, double docsPerSecond) {}

    @Override
    public void stage(String name) {}
  };
}
