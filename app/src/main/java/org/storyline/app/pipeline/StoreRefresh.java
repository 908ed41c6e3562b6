package org.storyline.app.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.storyline.core.claim.Claim;
import org.storyline.core.document.Article;
import org.storyline.core.event.Event;
import org.storyline.core.stage.DocumentAnalysis;
import org.storyline.core.stage.EntityResolution;
import org.storyline.fuse.entity.EntityCorrection;
import org.storyline.fuse.entity.KnowledgeBase;
import org.storyline.core.stage.EventFuser;
import org.storyline.fuse.entity.MentionResolver;
import org.storyline.fuse.event.ClaimFuser;
import org.storyline.ingest.dedup.NearDuplicateDetector;
import org.storyline.store.Store;
import org.storyline.store.StoreLocation;
import org.storyline.store.StoredDocument;

/**
 * The corpus-wide stages over everything stored, run after documents are added or corrections
 * made: mark near-duplicates in input order, resolve entities (applying the analysts' stored
 * corrections), link claims to entities, fuse events, store the results and write the four
 * contract files (into a SQLite store's folder). No document is analysed again.
 */
public final class StoreRefresh {
  /** What a refresh produced. */
  public record Result(int documents, int duplicates, int entities, int claims, int events) {}

  private final MentionResolver resolver;
  private final EventFuser fuser;

  public StoreRefresh(MentionResolver resolver, EventFuser fuser) {
    this.resolver = Objects.requireNonNull(resolver);
    this.fuser = Objects.requireNonNull(fuser);
  }

  /**
   * The knowledge base a store was analysed with: {@code kbOverride} if given, else the file
   * remembered by the last run (store meta {@code kb_file}), else the built-in one.
   */
  public static KnowledgeBase knowledgeBaseOf(Store store, Path kbOverride) {
    if (kbOverride != null) {
      return KnowledgeBase.load(kbOverride);
    }
    String remembered = store.meta(AnalyzeRun.KB_FILE_META);
    return remembered == null || remembered.isEmpty() ? KnowledgeBase.builtIn() : KnowledgeBase.load(Path.of(remembered));
  }

  /** The corpus-wide stages with entity resolution over {@code kb} and storyline's event fusion. */
  public static StoreRefresh with(KnowledgeBase kb) {
    return new StoreRefresh(new MentionResolver(kb), new ClaimFuser(kb));
  }

  /** Re-runs the corpus-wide stages of the store at {@code location} with its own knowledge base. */
  public static Result refreshStored(StoreLocation location, Path kbOverride) {
    try (Store store = Store.openExisting(location)) {
      return with(knowledgeBaseOf(store, kbOverride)).refresh(store, ProgressListener.NONE);
    }
  }

  public Result refresh(Store store, ProgressListener progress) {
    List<StoredDocument> docs = store.documents();
    progress.stage("duplicates");
    List<Article> articles = markDuplicates(store, docs.stream().map(StoredDocument::article).toList());
    int duplicates = (int) articles.stream().filter(a -> a.duplicateOf() != null).count();

    progress.stage("resolve");
    List<DocumentAnalysis> analyses = docs.stream().map(StoredDocument::analysis).toList();
    List<EntityCorrection> corrections = StoredCorrections.parse(store.corrections());
    EntityResolution resolution = resolver.resolve(articles, analyses, corrections);
    List<Claim> claims = new ClaimLinker(resolution).link(
        analyses.stream().flatMap(a -> a.claims().stream()).toList());
    claims = new org.storyline.fuse.dating.CorpusDating(org.storyline.nlp.time.ClaimRedating::windowOf,
        org.storyline.nlp.time.ClaimRedating::redate).date(articles, claims).claims();

    progress.stage("fuse");
    List<Event> events = fuser.fuse(articles, claims);
    store.putResults(resolution.entities(), claims, events);

    if (store.folder() != null) { // a PostgreSQL store has no folder: 'storyline export' writes the files
      progress.stage("export");
      store.exportJsonl(store.folder());
    }
    return new Result(docs.size(), duplicates, resolution.entities().size(), claims.size(), events.size());
  }

  /**
   * Marks near-duplicates over the stored articles (in input order), stores the links that
   * changed and returns the articles with their links.
   */
  private static List<Article> markDuplicates(Store store, List<Article> articles) {
    List<Article> marked = new NearDuplicateDetector().markDuplicates(articles);
    for (int i = 0; i < marked.size(); i++) {
      String now = marked.get(i).duplicateOf();
      if (!Objects.equals(now, articles.get(i).duplicateOf())) {
        store.setDuplicateOf(marked.get(i).id(), now);
      }
    }
    return marked;
  }
}
