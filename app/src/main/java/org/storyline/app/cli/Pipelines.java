package org.storyline.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.storyline.app.pipeline.AnalysisStamp;
import org.storyline.app.pipeline.AnalyzeOptions;
import org.storyline.app.pipeline.AnalyzeRun;
import org.storyline.app.pipeline.ProgressListener;
import org.storyline.app.pipeline.RunSummary;
import org.storyline.app.pipeline.StoreRefresh;
import org.storyline.fuse.entity.KnowledgeBase;
import org.storyline.nlp.CoreNlpAnalyzer;
import org.storyline.nlp.NlpOptions;

/** Builds the real stages and runs them; shared by {@code analyze} and {@code add}. */
final class Pipelines {
  private Pipelines() {}

  /** The corpus-wide stages with the built-in knowledge base or the one in {@code kbFile}. */
  static StoreRefresh refresh(Path kbFile) {
    return StoreRefresh.with(kbFile == null ? KnowledgeBase.builtIn() : KnowledgeBase.load(kbFile));
  }

  static int run(AnalyzeOptions options, NlpOptions nlp, AnalyzeRun.Mode mode, boolean quiet, PrintStream out,
      PrintStream err) {
    // the shared analyzer when the NLP settings are the defaults; models are pooled by CoreNLP either way
    CoreNlpAnalyzer analyzer = nlp.equals(NlpOptions.defaults()) ? CoreNlpAnalyzer.shared() : new CoreNlpAnalyzer(nlp);
    AnalyzeRun run = new AnalyzeRun(analyzer, refresh(options.kb()), AnalysisStamp.of(nlp.toString()));
    ProgressListener progress = quiet ? ProgressListener.NONE : new ConsoleProgress(err);
    RunSummary summary = run.run(options, mode, progress);
    out.print(summary.describe());
    if (options.out().folder() != null) {
      out.println("wrote " + options.out().folder() + "/{documents,entities,claims,events}.jsonl");
    } else {
      out.println("stored in " + options.out().describe() + " ('storyline export --store URL -o DIR' writes the JSON Lines files)");
    }
    return summary.problems().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_SKIPPED;
  }
}
