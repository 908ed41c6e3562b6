package org.storyline.store.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;

/**
 * An in-memory Lucene index over documents and claims. Text is analysed with Lucene's English
 * analyzer (lower case, stop words, Porter stems) in the fields {@code title} and {@code text};
 * facet values are indexed as exact strings. Built once, then searched from any number of
 * threads.
 */
public final class SearchIndex implements AutoCloseable {
  /** The facets every result reports. */
  public static final List<String> FACETS = List.of("kind", "type", "status", "entity_type");
  /** How many matches at most are counted into facets. */
  private static final int FACET_WINDOW = 10_000;
  private static final int SNIPPET = 220;

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzer analyzer;
  private final List<SearchEntry> entries;

  private SearchIndex(Directory directory, Analyzer analyzer, List<SearchEntry> entries) throws IOException {
    this.directory = directory;
    this.analyzer = analyzer;
    this.entries = List.copyOf(entries);
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    if (reader.maxDoc() != entries.size() || reader.hasDeletions()) {
      throw new IllegalStateException("search index holds " + reader.maxDoc() + " documents for " + entries.size() + " entries");
    }
  }

  /** Indexes the entries; their order is kept as the tie-break of equal scores. */
  public static SearchIndex build(List<SearchEntry> entries) {
    if (entries == null) {
      throw new StorylineException(ErrorCode.INVALID_ARGUMENT, "search index needs entries, got null");
    }
    Analyzer analyzer = new EnglishAnalyzer();
    Directory dir = new ByteBuffersDirectory();
    // a log merge policy merges only adjacent segments, so Lucene doc ids stay in insertion order
    IndexWriterConfig config = new IndexWriterConfig(analyzer).setMergePolicy(new LogByteSizeMergePolicy());
    try (IndexWriter w = new IndexWriter(dir, config)) {
      for (SearchEntry e : entries) {
        Document d = new Document();
        d.add(new StringField("kind", e.kind(), Field.Store.NO));
        if (e.title() != null) {
          d.add(new TextField("title", e.title(), Field.Store.NO));
        }
        d.add(new TextField("text", e.text(), Field.Store.NO));
        if (e.type() != null) {
          d.add(new StringField("type", e.type(), Field.Store.NO));
        }
        if (e.status() != null) {
          d.add(new StringField("status", e.status(), Field.Store.NO));
        }
        for (String t : new LinkedHashSet<>(e.entityTypes())) {
          d.add(new StringField("entity_type", t, Field.Store.NO));
        }
        w.addDocument(d);
      }
      w.commit();
      return new SearchIndex(dir, analyzer, entries);
    } catch (IOException e) {
      throw new StorylineException(ErrorCode.INTERNAL_ERROR, "cannot build search index: " + e.getMessage(), e);
    }
  }

  /** Number of indexed items. */
  public int size() {
    return entries.size();
  }

  /** Runs a query; a query Lucene cannot parse is an {@link ErrorCode#INVALID_ARGUMENT}. */
  public SearchResults search(SearchQuery q) {
    Query text = parse(q.text());
    BooleanQuery.Builder all = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
    filter(all, "kind", q.kind());
    filter(all, "type", q.type());
    filter(all, "status", q.status());
    filter(all, "entity_type", q.entityType());
    try {
      TopDocs top = searcher.search(all.build(), FACET_WINDOW);
      int total = Math.toIntExact(Math.min(top.totalHits.value, FACET_WINDOW));
      Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
      for (String f : FACETS) {
        facets.put(f, new TreeMap<>());
      }
      List<SearchEntry> matched = new ArrayList<>();
      List<Float> scores = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        SearchEntry e = entries.get(sd.doc);
        matched.add(e);
        scores.add(sd.score);
        count(facets.get("kind"), e.kind());
        count(facets.get("type"), e.type());
        count(facets.get("status"), e.status());
        new LinkedHashSet<>(e.entityTypes()).forEach(t -> count(facets.get("entity_type"), t));
      }
      List<SearchHit> hits = new ArrayList<>();
      List<String> terms = terms(q.text());
      for (int i = q.offset(); i < matched.size() && hits.size() < q.limit(); i++) {
        hits.add(new SearchHit(matched.get(i), scores.get(i), snippet(matched.get(i).text(), terms)));
      }
      Map<String, Map<String, Integer>> sorted = new LinkedHashMap<>();
      facets.forEach((k, v) -> sorted.put(k, byCount(v)));
      return new SearchResults(total, hits, sorted);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Query parse(String text) {
    QueryParser p = new MultiFieldQueryParser(new String[] {"title", "text"}, analyzer,
        Map.of("title", 2f, "text", 1f));
    p.setDefaultOperator(QueryParser.Operator.AND);
    p.setAllowLeadingWildcard(false);
    try {
      return p.parse(text);
    } catch (ParseException | RuntimeException e) {
      try {
        return p.parse(QueryParser.escape(text));
      } catch (ParseException | RuntimeException e2) {
        throw new StorylineException(ErrorCode.INVALID_ARGUMENT, "cannot parse search query '" + text + "'", e2);
      }
    }
  }

  private static void filter(BooleanQuery.Builder b, String field, String value) {
    if (value != null && !value.isBlank()) {
      b.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
    }
  }

  private static void count(Map<String, Integer> m, String value) {
    if (value != null) {
      m.merge(value, 1, Integer::sum);
    }
  }

  private static Map<String, Integer> byCount(Map<String, Integer> m) {
    Map<String, Integer> out = new LinkedHashMap<>();
    m.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /** The plain words of a query, lower case, for the snippet. */
  static List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 1 && !List.of("and", "or", "not").contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /** About {@value #SNIPPET} characters of {@code text} around the first query word found. */
  static String snippet(String text, List<String> terms) {
    String lower = text.toLowerCase(Locale.ROOT);
    int at = -1;
    for (String t : terms) {
      String stem = t.length() > 4 ? t.substring(0, t.length() - 1) : t;
      int i = lower.indexOf(stem);
      if (i >= 0 && (at < 0 || i < at)) {
        at = i;
      }
    }
    if (text.length() <= SNIPPET) {
      return text;
    }
    int start = Math.max(0, (at < 0 ? 0 : at) - SNIPPET / 3);
    int end = Math.min(text.length(), start + SNIPPET);
    start = Math.max(0, end - SNIPPET);
    return (start > 0 ? "…" : "") + text.substring(start, end).strip() + (end < text.length() ? "…" : "");
  }

  @Override
  public void close() {
    try {
      reader.close();
      directory.close();
      analyzer.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
