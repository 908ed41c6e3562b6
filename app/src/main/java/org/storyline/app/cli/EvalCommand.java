package org.storyline.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.storyline.core.document.Article;
import org.storyline.core.document.SourceDocument;
import org.storyline.core.stage.DocumentAnalysis;
import org.storyline.ingest.ArticleFactory;
import org.storyline.ingest.eval.ExtractionEvaluation;
import org.storyline.ingest.source.InputReader;
import org.storyline.nlp.CoreNlpAnalyzer;
import org.storyline.nlp.eval.ClaimEvalRunner;
import org.storyline.nlp.eval.ClaimEvaluation;
import org.storyline.nlp.eval.ClaimGold;
import org.storyline.nlp.time.TimeMlEvaluation;
import org.storyline.store.Store;
import org.storyline.store.StoredDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code storyline eval ...}: quality figures of the stages on evaluation data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measure quality on evaluation data.",
    subcommands = {EvalCommand.Extraction.class, EvalCommand.TimeMl.class, EvalCommand.Claims.class})
public final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** {@code storyline eval extraction DIR}: main text word F1 and date accuracy on a WCXB folder. */
  @Command(name = "extraction", mixinStandardHelpOptions = true,
      description = "Main-text word F1, precision, recall and publication-date accuracy on a WCXB-layout folder (html/*.html.gz, ground-truth/*.json).")
  static final class Extraction implements Callable<Integer> {
    @Parameters(paramLabel = "DIR") Path dir;

    @Override
    public Integer call() {
      System.out.print(new ExtractionEvaluation().evaluate(dir).describe());
      return ExitCodes.OK;
    }
  }

  /** {@code storyline eval timeml DIR}: TIMEX3 extraction and value scores on TimeML files. */
  @Command(name = "timeml", mixinStandardHelpOptions = true,
      description = "TIMEX3 extraction strict/relaxed F1 and value accuracy on TimeML (TempEval-3) files, as the TempEval-3 scorer computes them.")
  static final class TimeMl implements Callable<Integer> {
    @Parameters(paramLabel = "DIR") Path dir;

    @Override
    public Integer call() {
      System.out.println(new TimeMlEvaluation().evaluate(dir));
      return ExitCodes.OK;
    }
  }

  /**
   * {@code storyline eval claims GOLD INPUT}: per-field precision and recall of claims against a
   * gold file ({@link ClaimGold} format). INPUT is a store folder (its
   * stored analyses are scored) or files/folders of articles, which are read and analysed in
   * memory through the real pipeline; a gold {@code @doc KEY published=DATE} line gives the
   * publication date of the input whose file name starts with KEY when the input has none.
   */
  @Command(name = "claims", mixinStandardHelpOptions = true,
      description = "Claim precision and recall per field (type, actors, date, quantity, speaker, stance) against a gold file.")
  static final class Claims implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "GOLD") Path gold;
    @Parameters(index = "1..*", arity = "1..*", paramLabel = "INPUT") List<Path> inputs;
    @CommandLine.Option(names = "--misses", description = "Also list every gold item that was missed.") boolean misses;

    @Override
    public Integer call() {
      ClaimGold g = ClaimGold.read(gold);
      List<Article> articles = new ArrayList<>();
      List<DocumentAnalysis> analyses = new ArrayList<>();
      String mode;
      if (inputs.size() == 1 && sectionsFile(inputs.get(0))) {
        mode = "sections of " + inputs.get(0).getFileName() + " (gold sentences as article bodies)";
        // one file of "@doc KEY DATE" sections (hand-written gold sentences): its sections are the articles
        articles.addAll(ClaimEvalRunner.articles(g, inputs.get(0), Map.of()));
        CoreNlpAnalyzer analyzer = CoreNlpAnalyzer.shared();
        articles.forEach(a -> analyses.add(analyzer.analyze(a)));
      } else if (inputs.size() == 1 && Files.isRegularFile(inputs.get(0).resolve(Store.FILE_NAME))) {
        mode = "stored analyses of " + inputs.get(0);
        try (Store s = Store.openExisting(inputs.get(0))) {
          for (StoredDocument d : s.documents()) {
            articles.add(d.article());
            analyses.add(d.analysis());
          }
        }
      } else {
        mode = "end to end (main text extracted from the input files, then analysed)";
        Map<String, String> dates = new HashMap<>();
        g.documents().forEach(d -> {
          if (d.published() != null) {
            dates.put(d.key(), d.published());
          }
        });
        ArticleFactory factory = new ArticleFactory();
        CoreNlpAnalyzer analyzer = CoreNlpAnalyzer.shared();
        try (InputReader reader = new InputReader(inputs,
            p -> System.err.println("skipped " + p.describe()))) {
          for (SourceDocument doc : reader) {
            String file = doc.source().path() == null ? "" : Path.of(doc.source().path()).getFileName().toString();
            String given = dates.entrySet().stream()
                .filter(e -> file.equals(e.getKey()) || file.startsWith(e.getKey() + "_") || file.startsWith(e.getKey() + "."))
                .map(Map.Entry::getValue).findFirst().orElse(null);
            if (doc.published() == null && given != null) {
              doc = new SourceDocument(doc.source(), doc.content(), doc.isHtml(), doc.title(),
                  given, doc.outlet(), doc.crawlDate());
            }
            Article a = factory.create(doc);
            articles.add(a);
            analyses.add(analyzer.analyze(a));
          }
        }
      }
      ClaimEvaluation.Result r = new ClaimEvaluation().evaluate(g, articles, analyses);
      System.out.println("articles: " + articles.size() + ", " + mode);
      System.out.println(r);
      if (misses) {
        r.misses().forEach(m -> System.out.println("missed: " + m));
      }
      return ExitCodes.OK;
    }

    /** A text file whose first line that is not a comment opens a section: {@code @doc KEY DATE}. */
    private static boolean sectionsFile(Path input) {
      if (!Files.isRegularFile(input) || !input.getFileName().toString().endsWith(".txt")) {
        return false;
      }
      try (java.io.BufferedReader r = Files.newBufferedReader(input, java.nio.charset.StandardCharsets.UTF_8)) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          String t = line.strip();
          if (!t.isEmpty() && !t.startsWith("#")) {
            return t.startsWith("@doc ");
          }
        }
      } catch (java.io.IOException | java.io.UncheckedIOException e) {
        return false; // not readable as UTF-8 text: the input reader reports it
      }
      return false;
    }
  }
}
