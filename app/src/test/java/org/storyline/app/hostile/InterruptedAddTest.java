package org.storyline.app.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.app.pipeline.AnalyzeOptions;
import org.storyline.app.pipeline.AnalyzeRun;
import org.storyline.app.pipeline.ProgressListener;
import org.storyline.app.pipeline.StoreRefresh;
import org.storyline.core.document.Article;
import org.storyline.core.stage.DocumentAnalysis;
import org.storyline.core.stage.DocumentAnalyzer;
import org.storyline.fuse.entity.KnowledgeBase;
import org.storyline.fuse.entity.MentionResolver;
import org.storyline.fuse.event.ClaimFuser;

/**
 * An {@code add} that dies after later documents were stored but before an earlier one was, run
 * again, gives the store an uninterrupted {@code add} gives: documents keep their input order.
 */
class InterruptedAddTest {
  /** Stands for the process dying: nothing in the pipeline catches it. */
  private static final class Death extends Error {
    Death() {
      super("simulated kill");
    }
  }

  private static DocumentAnalyzer analyzer(String dieOn) {
    return article -> {
      if (dieOn != null && article.source().path().endsWith(dieOn)) {
        try {
          Thread.sleep(400); // let the other worker store the documents after this one
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        throw new Death();
      }
      return new DocumentAnalysis(article.id(), List.of(), List.of(), List.of(), 1);
    };
  }

  private static void write(Path dir, String prefix, int n) throws IOException {
    Files.createDirectories(dir);
    String[] places = {"Ankara", "Hanoi", "Nairobi", "Lima", "Oslo", "Manila"};
    for (int i = 0; i < n; i++) {
      Files.writeString(dir.resolve(prefix + i + ".txt"), "Talks in " + places[i] + "\n\n"
          + "Diplomats gathered in " + places[i] + " on day " + (i + 3) + " of the conference to discuss export "
          + "controls on drones and the status of frozen central bank reserves.\n\n"
          + "A closing statement from " + places[i] + " is expected after " + (i + 2) + " more sessions, officials said.");
    }
  }

  private static void run(DocumentAnalyzer analyzer, Path in, Path store, AnalyzeRun.Mode mode) {
    StoreRefresh refresh = new StoreRefresh(new MentionResolver(KnowledgeBase.builtIn()), new ClaimFuser());
    new AnalyzeRun(analyzer, refresh).run(new AnalyzeOptions(List.of(in), store, "2024-02-02", 2, null, false), mode,
        ProgressListener.NONE);
  }

  @Test
  void rerunOfADeadAddKeepsInputOrder(@TempDir Path dir) throws IOException {
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");
    write(first, "a", 2);
    write(second, "b", 6);

    Path reference = dir.resolve("reference");
    run(analyzer(null), first, reference, AnalyzeRun.Mode.ANALYZE);
    run(analyzer(null), second, reference, AnalyzeRun.Mode.ADD);

    Path store = dir.resolve("store");
    run(analyzer(null), first, store, AnalyzeRun.Mode.ANALYZE);
    assertThrows(Throwable.class, () -> run(analyzer("b1.txt"), second, store, AnalyzeRun.Mode.ADD));
    run(analyzer(null), second, store, AnalyzeRun.Mode.ADD);

    for (String name : List.of("documents", "entities", "claims", "events")) {
      assertEquals(Files.readString(reference.resolve(name + ".jsonl")), Files.readString(store.resolve(name + ".jsonl")),
          name);
    }
    // near-duplicate reports may be folded together, but most documents stay
    assertTrue(Files.readAllLines(store.resolve("documents.jsonl")).size() >= 5);
  }
}
