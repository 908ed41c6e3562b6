package org.storyline.app.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.storyline.core.document.SourceDocument;
import org.storyline.core.document.SourceFormat;
import org.storyline.core.document.SourceRef;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;
import org.storyline.ingest.ArticleFactory;
import org.storyline.ingest.meta.DateText;
import org.storyline.nlp.quantity.QuantityParser;
import org.storyline.nlp.time.Anchor;
import org.storyline.nlp.time.TemporalResolver;
import org.storyline.nlp.time.Tense;

/**
 * A bounded, seeded fuzz test: random mutations of HTML pages and news sentences (written for this
 * test) go through the HTML and text extractors with metadata, the publication date parser, the
 * date resolver and the quantity parser. The only exceptions allowed are the documented
 * {@code StorylineException}s of extraction ({@code NO_MAIN_TEXT}, {@code INPUT_UNSUPPORTED}).
 * Each target gets a fixed time box, so CI time stays bounded whatever the machine.
 */
class ExtractorAndParserFuzzTest {
  private static final long SEED = 0x5709_11e5L;
  private static final long MILLIS_PER_TARGET = 1500;

  private static final String[] SENTENCES = {
    "On 3 March 2024 the ministry said about 1,500 troops had crossed the border.",
    "Satellite images from last Tuesday show at least 12 trains carrying shells.",
    "By mid-2025, nearly two-thirds of the 600,000 rounds had reportedly been delivered.",
    "The envoy arrived in Pyongyang on Sept. 13, two days after the summit in Vladivostok.",
    "Kyiv estimated that 10,000-12,000 soldiers were deployed over the past three weeks.",
    "\"We will not comment,\" a spokesman told reporters in Seoul late on Friday.",
    "Delegates met in Geneva from 1 to 4 October; the talks collapsed in early November.",
    "Losses rose by 40% year on year, to $2.5 billion, the report published in Q3 said.",
    "Published: 2023-11-05T08:30:00Z | Updated 6 hours ago",
    "Министр прибыл 12 мая; 북한은 지난주 발표했다.",
  };
  private static final String[] TAGS = {"div", "p", "span", "article", "section", "table", "td", "li", "ul",
    "script", "style", "time", "h1", "a", "br", "img", "meta", "iframe", "svg", "noscript", "template"};
  private static final String[] JUNK = {"<", ">", "</", "<!--", "-->", "<![CDATA[", "&", "&#x", "&amp;", "\"", "'",
    "=", "\u0000", "\uFFFD", "\uD800", "\uDC00", "\u202E", "\r", "\n", "\t", "<script>alert(1)</script>",
    "<meta property=\"article:published_time\" content=\"", "<time datetime=\"", "2024-02-30", "9999-99-99",
    "31/31/31", "1e309", "-0", "0x", "..", "—", "½", "٣", "١٢", "\u00a0", "￿"};

  @Test
  void htmlExtractionAndMetadataNeverThrowUnexpectedly() {
    ArticleFactory factory = new ArticleFactory();
    int runs = fuzz("html", random -> {
      String page = mutate(random, randomPage(random));
      try {
        factory.create(new SourceDocument(new SourceRef("fuzz.html", "https://example.org/a/b", SourceFormat.HTML, null),
            page, true, null, null, null, null));
      } catch (StorylineException e) {
        expect(e, ErrorCode.NO_MAIN_TEXT, ErrorCode.INPUT_UNSUPPORTED);
      }
    });
    assertTrue(runs > 20, "too few fuzz runs: " + runs);
  }

  @Test
  void textExtractionAndMetadataNeverThrowUnexpectedly() {
    ArticleFactory factory = new ArticleFactory();
    int runs = fuzz("text", random -> {
      String text = mutate(random, randomText(random, 1 + random.nextInt(25)));
      try {
        factory.create(new SourceDocument(new SourceRef("fuzz.txt", null, SourceFormat.TEXT, null),
            text, false, random.nextBoolean() ? null : "title", null, null, null));
      } catch (StorylineException e) {
        expect(e, ErrorCode.NO_MAIN_TEXT);
      }
    });
    assertTrue(runs > 20, "too few fuzz runs: " + runs);
  }

  @Test
  void dateAndQuantityParsersNeverThrow() {
    TemporalResolver resolver = new TemporalResolver();
    QuantityParser quantities = new QuantityParser();
    Tense[] tenses = Tense.values();
    int runs = fuzz("parsers", random -> {
      String text = mutate(random, randomText(random, 1 + random.nextInt(4)));
      Anchor anchor = random.nextBoolean() ? Anchor.unknown()
          : Anchor.day(LocalDate.of(1900 + random.nextInt(200), 1 + random.nextInt(12), 1 + random.nextInt(28)), "fuzz");
      resolver.resolve(text, anchor, tenses[random.nextInt(tenses.length)]);
      int from = random.nextInt(text.length() + 1);
      int to = from + random.nextInt(text.length() - from + 1);
      resolver.resolve(text, from, to, anchor, tenses[random.nextInt(tenses.length)]);
      quantities.find(text);
      quantities.find(text, from, to);
      DateText.parse(text);
      DateText.first(text);
    });
    assertTrue(runs > 50, "too few fuzz runs: " + runs);
  }

  /** Runs {@code body} on seeded random input until the time box ends; returns the number of runs. */
  private static int fuzz(String name, Consumer<Random> body) {
    body.accept(new Random(SEED - 1)); // warm-up: class loading is not part of the time box
    long end = System.nanoTime() + MILLIS_PER_TARGET * 1_000_000;
    int runs = 0;
    while (System.nanoTime() < end) {
      long seed = SEED + runs * 7919L;
      try {
        body.accept(new Random(seed));
      } catch (RuntimeException | StackOverflowError e) {
        AssertionError failure = new AssertionError(name + " fuzz run with seed " + seed + " threw " + e, e);
        throw failure;
      }
      runs++;
    }
    return runs;
  }

  private static void expect(StorylineException e, ErrorCode... allowed) {
    for (ErrorCode c : allowed) {
      if (e.code() == c) {
        return;
      }
    }
    fail("unexpected " + e.code() + ": " + e.getMessage(), e);
  }

  private static String randomText(Random random, int sentences) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      b.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(random.nextInt(4) == 0 ? "\n\n" : " ");
    }
    return b.toString();
  }

  private static String randomPage(Random random) {
    StringBuilder b = new StringBuilder("<!doctype html><html><head><title>")
        .append(SENTENCES[random.nextInt(SENTENCES.length)]).append("</title>");
    if (random.nextBoolean()) {
      b.append("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"")
          .append(random.nextBoolean() ? "2024-06-19" : JUNK[random.nextInt(JUNK.length)])
          .append("\",\"articleBody\":\"").append(SENTENCES[random.nextInt(SENTENCES.length)]).append("\"}</script>");
    }
    b.append("</head><body>");
    int depth = 0;
    int parts = 5 + random.nextInt(60);
    for (int i = 0; i < parts; i++) {
      int r = random.nextInt(10);
      if (r < 4) {
        String tag = TAGS[random.nextInt(TAGS.length)];
        b.append('<').append(tag).append(random.nextInt(3) == 0 ? " class=\"story-body\"" : "").append('>');
        depth++;
      } else if (r < 6 && depth > 0) {
        b.append("</").append(TAGS[random.nextInt(TAGS.length)]).append('>');
        depth--;
      } else {
        b.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(' ');
      }
    }
    return b.append("</body></html>").toString();
  }

  /** Inserts, deletes, duplicates and replaces random pieces of {@code s}. */
  private static String mutate(Random random, String s) {
    StringBuilder b = new StringBuilder(s);
    int edits = random.nextInt(12);
    for (int i = 0; i < edits && b.length() > 0; i++) {
      int at = random.nextInt(b.length());
      switch (random.nextInt(5)) {
        case 0 -> b.insert(at, JUNK[random.nextInt(JUNK.length)]);
        case 1 -> b.delete(at, Math.min(b.length(), at + 1 + random.nextInt(30)));
        case 2 -> b.insert(at, b.substring(at, Math.min(b.length(), at + random.nextInt(80))));
        case 3 -> b.setCharAt(at, (char) random.nextInt(0x3000));
        default -> b.insert(at, String.valueOf(random.nextInt(100_000)));
      }
    }
    return b.toString();
  }
}
