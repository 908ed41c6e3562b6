package org.storyline.app.cli;

import java.io.PrintStream;
import org.storyline.app.pipeline.AnalyzeOptions;
import org.storyline.app.pipeline.AnalyzeRun;
import org.storyline.app.pipeline.ProgressListener;
import org.storyline.app.pipeline.RunSummary;
import org.storyline.fuse.entity.KnowledgeBase;
import org.storyline.fuse.entity.MentionResolver;
import org.storyline.fuse.event.ClaimFuser;
import org.storyline.nlp.CoreNlpAnalyzer;

/** Builds the real stages and runs them; shared by {@code analyze} and {@code add}. */
final class Pipelines {
  private Pipelines() {}

  static int run(AnalyzeOptions options, AnalyzeRun.Mode mode, boolean quiet, PrintStream out, PrintStream err) {
    KnowledgeBase kb = options.kb() == null ? KnowledgeBase.builtIn() : KnowledgeBase.load(options.kb());
    AnalyzeRun run = new AnalyzeRun(CoreNlpAnalyzer.shared(), new MentionResolver(kb), new ClaimFuser());
    ProgressListener progress = quiet ? ProgressListener.NONE : new ConsoleProgress(err);
    RunSummary summary = run.run(options, mode, progress);
    out.print(summary.describe());
    out.println("wrote " + options.out().resolve("documents.jsonl").getParent() + "/{documents,entities,claims,events}.jsonl");
    return summary.problems().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_SKIPPED;
  }
}
