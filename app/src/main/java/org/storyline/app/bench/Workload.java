package org.storyline.app.bench;

/**
 * One thing to time over every text of the bench: storyline's analysis or one CoreNLP pipeline.
 * {@link #process} is called from several threads at once and must be thread-safe.
 */
interface Workload extends AutoCloseable {
  /** The label printed in the table. */
  String name();

  /** Analyses text number {@code index}; the result is dropped. */
  void process(int index);

  /** Releases the models (so the next workload's peak heap is its own). */
  @Override
  default void close() {}
}
