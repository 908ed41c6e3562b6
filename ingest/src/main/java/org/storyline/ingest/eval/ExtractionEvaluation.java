package org.storyline.ingest.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.storyline.core.document.Extraction;
import org.storyline.core.document.Metadata;
import org.storyline.core.document.SourceDocument;
import org.storyline.core.document.SourceFormat;
import org.storyline.core.document.SourceRef;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;
import org.storyline.core.stage.MainTextExtractor;
import org.storyline.core.stage.MetadataExtractor;
import org.storyline.ingest.html.HtmlMainTextExtractor;
import org.storyline.ingest.meta.PageMetadataExtractor;
import org.storyline.ingest.source.TextDecoder;
import org.storyline.ingest.text.WordBag;

/**
 * Scores main-text extraction and dating on a WCXB-layout folder ({@code html/NNNN.html.gz},
 * {@code ground-truth/NNNN.json}): per page, precision, recall and F1 of the bag of lower-cased
 * {@code \w+} words against {@code main_content}, averaged over pages; and the share of pages with
 * a gold {@code publish_date} whose found date is the same day.
 */
public final class ExtractionEvaluation {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final MainTextExtractor extractor;
  private final MetadataExtractor metadata;

  /** One page's scores; {@code dateCorrect} is null when the page has no gold date. */
  public record PageScore(String page, double precision, double recall, double f1, Boolean dateCorrect,
      String goldDate, String foundDate) {}

  /**
   * Averages over the pages, with the per-page scores. {@code pagesPerSecond} counts the whole
   * loop (reading, gunzip, gold, scoring); {@code extractionPagesPerSecond} only the extraction of
   * main text and metadata; {@code peakHeapBytes} is the sum of the heap pools' peak use during the
   * run (an upper bound of the true peak).
   */
  public record Result(int pages, double precision, double recall, double f1, int datedPages,
      double dateAccuracy, double pagesPerSecond, double extractionPagesPerSecond, long peakHeapBytes,
      List<PageScore> perPage) {
    /** One line per figure, for the console, with the even- and odd-numbered halves of the pages. */
    public String describe() {
      StringBuilder sb = new StringBuilder(String.format(java.util.Locale.ROOT,
          "pages %d%nword precision %.4f%nword recall %.4f%nword F1 %.4f%ndate accuracy %.4f (%d pages with a gold date)%n",
          pages, precision, recall, f1, dateAccuracy, datedPages));
      for (int parity = 0; parity < 2; parity++) {
        Result h = half(parity);
        if (h.pages() > 0) {
          sb.append(String.format(java.util.Locale.ROOT,
              "%s-numbered pages %d: P %.4f R %.4f F1 %.4f, date accuracy %.4f (%d)%n", parity == 0 ? "even" : "odd",
              h.pages(), h.precision(), h.recall(), h.f1(), h.dateAccuracy(), h.datedPages()));
        }
      }
      sb.append(String.format(java.util.Locale.ROOT,
          "speed %.1f pages/s (extraction and metadata alone: %.1f pages/s, one thread)%npeak heap %.0f MB%n",
          pagesPerSecond, extractionPagesPerSecond, peakHeapBytes / 1048576.0));
      return sb.toString();
    }

    /** The averages over the pages whose number is even ({@code parity} 0) or odd (1). */
    public Result half(int parity) {
      List<PageScore> part = perPage.stream().filter(s -> s.page().matches("\\d+")
          && Long.parseLong(s.page()) % 2 == parity).toList();
      return average(part, pagesPerSecond, extractionPagesPerSecond, peakHeapBytes);
    }
  }

  public ExtractionEvaluation() {
    this(new HtmlMainTextExtractor(), new PageMetadataExtractor());
  }

  public ExtractionEvaluation(MainTextExtractor extractor, MetadataExtractor metadata) {
    this.extractor = extractor;
    this.metadata = metadata;
  }

  /** Evaluates every page of {@code wcxbDir}. */
  public Result evaluate(Path wcxbDir) {
    return evaluate(wcxbDir, 1, p -> {});
  }

  /**
   * Evaluates every {@code stride}-th page (1 for all) of {@code wcxbDir}, telling
   * {@code progress} about each page.
   *
   * @throws StorylineException {@code INPUT_NOT_FOUND} if the folder lacks the WCXB layout
   */
  public Result evaluate(Path wcxbDir, int stride, Consumer<PageScore> progress) {
    Path html = wcxbDir.resolve("html");
    Path truth = wcxbDir.resolve("ground-truth");
    if (!Files.isDirectory(html) || !Files.isDirectory(truth)) {
      throw new StorylineException(ErrorCode.INPUT_NOT_FOUND,
          wcxbDir + ": not a WCXB folder (expected html/ and ground-truth/ inside)");
    }
    List<Path> golds;
    try (Stream<Path> s = Files.list(truth)) {
      golds = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new StorylineException(ErrorCode.INPUT_UNREADABLE, truth + ": cannot list: " + e.getMessage(), e);
    }
    List<PageScore> scores = new ArrayList<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    long[] extractionNanos = new long[1];
    long start = System.nanoTime();
    for (int i = 0; i < golds.size(); i += Math.max(1, stride)) {
      Path gold = golds.get(i);
      String id = gold.getFileName().toString().replaceFirst("\\.json$", "");
      Path page = html.resolve(id + ".html.gz");
      if (!Files.isRegularFile(page)) {
        continue;
      }
      PageScore score = score(id, page, gold, extractionNanos);
      scores.add(score);
      progress.accept(score);
    }
    double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return average(scores, scores.size() / seconds, scores.size() / Math.max(1e-9, extractionNanos[0] / 1e9), peak);
  }

  private static Result average(List<PageScore> scores, double pagesPerSecond, double extractionPagesPerSecond,
      long peak) {
    double p = 0;
    double r = 0;
    double f = 0;
    int dated = 0;
    int correct = 0;
    for (PageScore s : scores) {
      p += s.precision();
      r += s.recall();
      f += s.f1();
      if (s.dateCorrect() != null) {
        dated++;
        if (s.dateCorrect()) {
          correct++;
        }
      }
    }
    int n = Math.max(1, scores.size());
    return new Result(scores.size(), p / n, r / n, f / n, dated, dated == 0 ? 0 : (double) correct / dated,
        pagesPerSecond, extractionPagesPerSecond, peak, scores);
  }

  private PageScore score(String id, Path page, Path gold, long[] extractionNanos) {
    JsonNode truth;
    byte[] bytes;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
      bytes = in.readAllBytes();
      truth = JSON.readTree(gold.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(page + ": " + e.getMessage(), e);
    }
    JsonNode gt = truth.path("ground_truth");
    String url = truth.path("url").asText(null);
    String goldText = gt.path("main_content").asText("");
    String goldDate = gt.path("publish_date").isTextual() && !gt.path("publish_date").asText().isBlank()
        ? gt.path("publish_date").asText().strip() : null;
    String content = TextDecoder.decode(bytes, bytes.length, null, true);
    SourceDocument doc = new SourceDocument(new SourceRef(page.toString(), url, SourceFormat.HTML, null),
        content, true, null, null, null, null);
    long t0 = System.nanoTime();
    Extraction extraction;
    try {
      extraction = extractor.extract(doc);
    } catch (StorylineException e) {
      extraction = new Extraction("", null, List.of());
    }
    Metadata meta = metadata.extract(doc, extraction);
    extractionNanos[0] += System.nanoTime() - t0;
    double[] prf = WordBag.score(new WordBag(extraction.body()), new WordBag(goldText));
    Boolean dateCorrect = null;
    String found = null;
    if (goldDate != null) {
      found = meta.published() == null ? null : meta.published().date();
      dateCorrect = goldDate.equals(found);
    }
    return new PageScore(id, prf[0], prf[1], prf[2], dateCorrect, goldDate, found);
  }

  /**
   * Prints the figures for a WCXB folder: {@code ExtractionEvaluation DIR [stride] [-v]}; with
   * {@code -v}, one line per page (scores, found and gold date) before the averages.
   */
  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/datasets/wcxb-dev-articles");
    int stride = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    boolean verbose = args.length > 2;
    Result r = new ExtractionEvaluation().evaluate(dir, stride, s -> {
      if (verbose) {
        System.out.printf(java.util.Locale.ROOT, "%s P %.3f R %.3f F %.3f date %s gold %s%n", s.page(),
            s.precision(), s.recall(), s.f1(), s.foundDate(), s.goldDate());
      }
    });
    System.out.print(r.describe());
  }
}
