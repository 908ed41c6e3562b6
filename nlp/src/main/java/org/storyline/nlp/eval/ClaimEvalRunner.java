package org.storyline.nlp.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.storyline.core.document.Article;
import org.storyline.core.document.SourceFormat;
import org.storyline.core.document.SourceRef;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;
import org.storyline.core.stage.DocumentAnalysis;
import org.storyline.core.stage.DocumentAnalyzer;
import org.storyline.core.time.DateBasis;
import org.storyline.core.time.PublicationDate;
import org.storyline.nlp.CoreNlpAnalyzer;

/**
 * Builds articles from plain text for a {@link ClaimGold} file, analyses them and scores the
 * claims. Usage: {@code ClaimEvalRunner GOLD INPUT [DATES]}.
 *
 * <p>INPUT is either a folder of {@code .txt} files (one article each, matched to gold documents
 * by file name; a gold {@code @body} range cuts the body out of a raw page) or one {@code .txt}
 * file of sections, each opened by a line {@code @doc KEY [ISO-DATE]} and holding the article's
 * paragraphs, one per line. DATES is an optional file of lines {@code KEY ISO-DATE} giving
 * publication dates; otherwise the gold {@code @doc ... published=} date or the section's date
 * is used, and an article without any is analysed with an unknown date. Real pipelines should
 * call {@link ClaimEvaluation} with the articles their own ingest stage built.
 */
public final class ClaimEvalRunner {
  private ClaimEvalRunner() {}

  /** Prints the per-field table for GOLD on INPUT; exits 2 on bad arguments. */
  public static void main(String[] args) {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: ClaimEvalRunner GOLD INPUT [DATES]");
      System.exit(2);
    }
    ClaimEvaluation.Result r = run(Path.of(args[0]), Path.of(args[1]),
        args.length > 2 ? Path.of(args[2]) : null, CoreNlpAnalyzer.shared());
    System.out.print(r);
  }

  /** Builds, analyses and scores; {@code dates} may be null. */
  public static ClaimEvaluation.Result run(Path gold, Path input, Path dates, DocumentAnalyzer analyzer) {
    ClaimGold g = ClaimGold.read(gold);
    List<Article> articles = articles(g, input, dates == null ? Map.of() : readDates(dates));
    List<DocumentAnalysis> analyses = new ArrayList<>();
    for (Article a : articles) {
      analyses.add(analyzer.analyze(a));
    }
    return new ClaimEvaluation().evaluate(g, articles, analyses);
  }

  /**
   * The articles of the gold documents found in INPUT (a folder of {@code .txt} or a sections
   * file), with publication dates from {@code dates}, else from the gold file or section.
   *
   * @throws StorylineException {@code INPUT_NOT_FOUND} if INPUT is missing, {@code INPUT_MALFORMED}
   *     if a {@code @body} range is not in its page
   */
  public static List<Article> articles(ClaimGold gold, Path input, Map<String, String> dates) {
    try {
      if (Files.isDirectory(input)) {
        return fromFolder(gold, input, dates);
      }
      if (Files.isRegularFile(input)) {
        return fromSections(gold, input, dates);
      }
    } catch (IOException e) {
      throw new StorylineException(ErrorCode.INPUT_UNREADABLE, "cannot read " + input + ": " + e, e);
    }
    throw new StorylineException(ErrorCode.INPUT_NOT_FOUND, "no such input: " + input);
  }

  private static List<Article> fromFolder(ClaimGold gold, Path dir, Map<String, String> dates) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    List<Article> out = new ArrayList<>();
    for (Path f : files) {
      String id = f.getFileName().toString().replaceFirst("\\.txt$", "");
      Article probe = article(id, f.toString(), "", null);
      ClaimGold.GoldDocument doc = gold.documents().stream()
          .filter(d -> ClaimEvaluation.belongs(probe, d.key())).findFirst().orElse(null);
      if (doc == null) {
        continue;
      }
      List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
      String body = doc.bodyFirst() == null ? String.join("\n", lines) : cut(doc, lines);
      out.add(article(id, f.toString(), body, dates.getOrDefault(doc.key(), doc.published())));
    }
    return out;
  }

  /** The lines of a page from the gold body's first to last line, drops left out, as paragraphs. */
  static String cut(ClaimGold.GoldDocument doc, List<String> lines) {
    List<String> kept = new ArrayList<>();
    boolean in = false;
    for (String raw : lines) {
      String line = raw.strip();
      if (!in && line.startsWith(doc.bodyFirst())) {
        in = true;
      }
      if (!in || line.isEmpty()) {
        continue;
      }
      if (doc.drops().stream().noneMatch(line::startsWith)) {
        kept.add(line);
      }
      if (line.startsWith(doc.bodyLast())) {
        return String.join("\n\n", kept);
      }
    }
    throw new StorylineException(ErrorCode.INPUT_MALFORMED,
        "gold body of " + doc.key() + " ('" + doc.bodyFirst() + "' .. '" + doc.bodyLast() + "') not found in its page");
  }

  private static List<Article> fromSections(ClaimGold gold, Path file, Map<String, String> dates) throws IOException {
    List<Article> out = new ArrayList<>();
    String id = null;
    String date = null;
    List<String> paragraphs = new ArrayList<>();
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.add("@doc");
    for (String raw : lines) {
      String line = raw.strip();
      if (line.startsWith("@doc")) {
        if (id != null) {
          String key = id;
          ClaimGold.GoldDocument doc = gold.documents().stream().filter(d -> d.key().equals(key)).findFirst().orElse(null);
          String published = dates.getOrDefault(id, date != null ? date : doc == null ? null : doc.published());
          out.add(article(id, file + "#" + id, String.join("\n\n", paragraphs), published));
        }
        String[] parts = line.split("\\s+");
        id = parts.length > 1 ? parts[1] : null;
        date = parts.length > 2 ? parts[2] : null;
        paragraphs.clear();
      } else if (!line.isEmpty() && !line.startsWith("#") && id != null) {
        paragraphs.add(line);
      }
    }
    return out;
  }

  private static Map<String, String> readDates(Path file) {
    Map<String, String> out = new HashMap<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] parts = line.strip().split("\\s+");
        if (parts.length == 2 && !line.startsWith("#")) {
          out.put(parts[0], parts[1]);
        }
      }
    } catch (IOException e) {
      throw new StorylineException(ErrorCode.INPUT_UNREADABLE, "cannot read dates file " + file + ": " + e, e);
    }
    return out;
  }

  private static Article article(String id, String path, String body, String published) {
    PublicationDate pd = published == null ? null : new PublicationDate(published, null, DateBasis.GIVEN, 1.0);
    return new Article(id, new SourceRef(path, null, SourceFormat.TEXT, null), null, null, List.of(), pd,
        "en", body, null, List.of());
  }
}
