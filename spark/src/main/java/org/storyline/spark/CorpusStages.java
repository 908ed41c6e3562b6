package org.storyline.spark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.storyline.app.pipeline.AnalyzeRun;
import org.storyline.app.pipeline.ProgressListener;
import org.storyline.app.pipeline.StoreRefresh;
import org.storyline.core.document.Article;
import org.storyline.core.error.InputProblem;
import org.storyline.store.Store;
import org.storyline.store.StoredDocument;
import org.storyline.store.json.ContractJson;

/**
 * The corpus-wide stages on the driver, over the collected per-document rows: documents are put
 * into a store in the local pipeline's input order with its sequence numbers (a record that failed
 * still takes a number; the second copy of an id is skipped), then the local pipeline's own
 * {@link StoreRefresh} marks near-duplicates, resolves entities, links claims and fuses events.
 * Using the same classes over the same store rows is what makes the results identical to
 * {@code storyline analyze}, ids included.
 */
final class CorpusStages {
  /** What the stages produced. */
  record Outcome(int documents, int problems, StoreRefresh.Result result) {}

  private final StoreRefresh refresh;

  CorpusStages(StoreRefresh refresh) {
    this.refresh = refresh;
  }

  /** @param rows all rows of the job, sorted by file and record */
  Outcome run(List<DocumentRow> rows, Store store) {
    store.setMeta(AnalyzeRun.KB_FILE_META, "");
    List<InputProblem> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int seq = 0;
    int stored = 0;
    for (DocumentRow row : rows) {
      if (!row.isRecord()) {
        problems.add(ProblemJson.read(row.problem()));
        continue;
      }
      int mySeq = seq++;
      if (row.id() != null && !seen.add(row.id())) {
        continue; // the very same document twice among the inputs: keep the first
      }
      if (row.problem() != null) {
        problems.add(ProblemJson.read(row.problem()));
        continue;
      }
      Article article = ContractJson.article(ContractJson.parse(row.article()));
      store.putDocument(new StoredDocument(mySeq, article, AnalysisJson.read(row.analysis())));
      stored++;
    }
    store.removeDocumentsExcept(seen);
    store.putProblems(problems);
    StoreRefresh.Result result = refresh.refresh(store, ProgressListener.NONE);
    return new Outcome(stored, problems.size(), result);
  }
}
