package org.storyline.nlp.time;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;

/**
 * Scores {@link TemporalResolver} on TimeML files in TempEval-3 format (a {@code DCT} holding
 * the creation-time TIMEX3 and a {@code TEXT} with inline TIMEX3 tags) the way the TempEval-3
 * scorer scores TIMEX3 extraction: strict match = identical character span, relaxed match = any
 * overlap (each gold and system expression matched at most once), precision = matches / system
 * expressions, recall = matches / gold expressions; value F1 counts, among relaxed matches, those
 * whose normalised value equals the gold one. Every gold TIMEX3 type is scored (the resolver only
 * produces dates, so gold durations count as misses). The system reads the text with the DCT as
 * an exact-day anchor and the tense {@link TenseGuess#near} gives each expression's clause; a system range value
 * ({@code 2024-05-20/2024-05-24}) is correct if either end equals the gold value.
 */
public final class TimeMlEvaluation {
  private static final Pattern DCT = Pattern.compile("(?s)<DCT>.*?value=\"([^\"]+)\".*?</DCT>");
  private static final Pattern TEXT = Pattern.compile("(?s)<TEXT>(.*?)</TEXT>");
  private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9]+)([^>]*)>");
  private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)|\\n");

  private final TemporalResolver resolver = new TemporalResolver();

  /**
   * Counts over a folder of {@code .tml} files.
   *
   * @param files number of files scored
   * @param gold gold TIMEX3 expressions (the DCT excluded)
   * @param system expressions the resolver found
   * @param strictMatches system expressions with exactly a gold span
   * @param relaxedMatches system expressions overlapping a gold one (one-to-one)
   * @param valueMatches relaxed matches whose value equals the gold value
   */
  public record Result(int files, int gold, int system, int strictMatches, int relaxedMatches,
      int valueMatches) {
    public Result {
      if (files < 0 || gold < 0 || system < 0 || strictMatches < 0 || relaxedMatches < strictMatches
          || valueMatches > relaxedMatches) {
        throw new IllegalArgumentException("inconsistent TimeML counts");
      }
    }

    public double strictPrecision() {
      return ratio(strictMatches, system);
    }

    public double strictRecall() {
      return ratio(strictMatches, gold);
    }

    public double strictF1() {
      return f1(strictPrecision(), strictRecall());
    }

    public double relaxedPrecision() {
      return ratio(relaxedMatches, system);
    }

    public double relaxedRecall() {
      return ratio(relaxedMatches, gold);
    }

    public double relaxedF1() {
      return f1(relaxedPrecision(), relaxedRecall());
    }

    /** Value F1 as TempEval-3 reports it: correct values over system and over gold. */
    public double valueF1() {
      return f1(ratio(valueMatches, system), ratio(valueMatches, gold));
    }

    /** Correct values among relaxed matches. */
    public double valueAccuracy() {
      return ratio(valueMatches, relaxedMatches);
    }

    /** A few lines for a terminal. */
    public String report() {
      return String.format(Locale.ROOT, "files %d, gold TIMEX3 %d, system %d%n"
              + "strict  P %.3f  R %.3f  F1 %.3f%n"
              + "relaxed P %.3f  R %.3f  F1 %.3f%n"
              + "value   F1 %.3f  accuracy %.3f (%d of %d relaxed matches)%n",
          files, gold, system, strictPrecision(), strictRecall(), strictF1(), relaxedPrecision(),
          relaxedRecall(), relaxedF1(), valueF1(), valueAccuracy(), valueMatches, relaxedMatches);
    }

    /** The same as {@link #report()}, so printing a result shows the scores. */
    @Override
    public String toString() {
      return report();
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** A gold TIMEX3: span in the plain text and value. */
  record GoldTimex(int start, int end, String value) {}

  /** A parsed TimeML document: creation day, plain text, gold expressions. */
  record Document(LocalDate creation, String text, List<GoldTimex> timexes) {}

  /**
   * Scores every {@code .tml} file in {@code dir}.
   *
   * @throws StorylineException INPUT_NOT_FOUND if the folder is missing, INPUT_MALFORMED if a
   *     file is not TempEval-3 TimeML, INPUT_UNREADABLE on read errors
   */
  public Result evaluate(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new StorylineException(ErrorCode.INPUT_NOT_FOUND, "no TimeML folder at " + dir);
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".tml")).sorted().toList();
    } catch (IOException e) {
      throw new StorylineException(ErrorCode.INPUT_UNREADABLE, "cannot list " + dir + ": " + e.getMessage(), e);
    }
    int gold = 0;
    int system = 0;
    int strict = 0;
    int relaxed = 0;
    int values = 0;
    for (Path f : files) {
      String xml;
      try {
        xml = Files.readString(f, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new StorylineException(ErrorCode.INPUT_UNREADABLE, "cannot read " + f + ": " + e.getMessage(), e);
      }
      Document doc = parse(xml, f.toString());
      List<ResolvedTime> found = run(doc);
      gold += doc.timexes().size();
      system += found.size();
      boolean[] usedStrict = new boolean[found.size()];
      boolean[] usedRelaxed = new boolean[found.size()];
      for (GoldTimex g : doc.timexes()) {
        for (int i = 0; i < found.size(); i++) {
          if (!usedStrict[i] && found.get(i).start() == g.start() && found.get(i).end() == g.end()) {
            usedStrict[i] = true;
            strict++;
            break;
          }
        }
        int match = -1;
        for (int i = 0; i < found.size() && match < 0; i++) {
          ResolvedTime r = found.get(i);
          if (!usedRelaxed[i] && r.start() < g.end() && g.start() < r.end()) {
            match = i;
          }
        }
        if (match >= 0) {
          usedRelaxed[match] = true;
          relaxed++;
          if (sameValue(found.get(match).date().value(), g.value())) {
            values++;
          }
        }
      }
    }
    return new Result(files.size(), gold, system, strict, relaxed, values);
  }

  private List<ResolvedTime> run(Document doc) {
    Anchor anchor = Anchor.day(doc.creation(), "dct");
    List<ResolvedTime> out = new ArrayList<>();
    String text = doc.text();
    Matcher end = SENTENCE_END.matcher(text);
    int from = 0;
    while (from < text.length()) {
      int to = end.find(from) ? end.end() : text.length();
      String sentence = text.substring(from, to);
      int offset = from;
      out.addAll(resolver.resolve(text, from, to, anchor,
          (s, e) -> TenseGuess.near(sentence, s - offset, e - offset)));
      from = to;
    }
    return out;
  }

  /** Plain text and gold TIMEX3 spans of a TempEval-3 document. */
  static Document parse(String xml, String name) {
    Matcher dct = DCT.matcher(xml);
    Matcher body = TEXT.matcher(xml);
    if (!dct.find() || !body.find()) {
      throw new StorylineException(ErrorCode.INPUT_MALFORMED, name + ": no DCT or TEXT element");
    }
    LocalDate creation;
    try {
      creation = LocalDate.parse(dct.group(1).length() > 10 ? dct.group(1).substring(0, 10) : dct.group(1));
    } catch (java.time.format.DateTimeParseException e) {
      throw new StorylineException(ErrorCode.INPUT_MALFORMED, name + ": DCT value is not a day: " + dct.group(1), e);
    }
    String content = body.group(1);
    StringBuilder plain = new StringBuilder();
    List<GoldTimex> timexes = new ArrayList<>();
    Matcher tag = TAG.matcher(content);
    int pos = 0;
    int openAt = -1;
    String openValue = null;
    while (tag.find()) {
      plain.append(unescape(content.substring(pos, tag.start())));
      pos = tag.end();
      if (!tag.group(2).equals("TIMEX3")) {
        continue;
      }
      if (tag.group(1).isEmpty()) {
        Matcher v = VALUE.matcher(tag.group(3));
        openAt = plain.length();
        openValue = v.find() ? v.group(1) : "";
      } else if (openAt >= 0) {
        timexes.add(new GoldTimex(openAt, plain.length(), openValue));
        openAt = -1;
      } else {
        throw new StorylineException(ErrorCode.INPUT_MALFORMED, name + ": </TIMEX3> without opening tag");
      }
    }
    plain.append(unescape(content.substring(pos)));
    return new Document(creation, plain.toString(), timexes);
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
        .replace("&amp;", "&");
  }

  private static boolean sameValue(String system, String gold) {
    if (system == null || gold == null) {
      return false;
    }
    for (String part : system.split("/")) {
      if (part.equalsIgnoreCase(gold)) {
        return true;
      }
    }
    return false;
  }
}
