package org.storyline.app.bench;

import java.util.function.IntConsumer;

/** A workload given as a thread-safe function of the text's index. */
final class FunctionWorkload implements Workload {
  private final String name;
  private final IntConsumer body;

  FunctionWorkload(String name, IntConsumer body) {
    this.name = name;
    this.body = body;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void process(int index) {
    body.accept(index);
  }
}
