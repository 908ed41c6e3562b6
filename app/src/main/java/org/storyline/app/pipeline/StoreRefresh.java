package org.storyline.app.pipeline;

import java.util.List;
import java.util.Objects;
import org.storyline.app.server.CorrectionLog;
import org.storyline.core.claim.Claim;
import org.storyline.core.document.Article;
import org.storyline.core.event.Event;
import org.storyline.core.stage.DocumentAnalysis;
import org.storyline.core.stage.EntityResolution;
import org.storyline.fuse.entity.EntityCorrection;
import org.storyline.fuse.entity.KnowledgeBase;
import org.storyline.fuse.entity.MentionResolver;
import org.storyline.core.stage.EventFuser;
import org.storyline.ingest.dedup.NearDuplicateDetector;
import org.storyline.store.Store;
import org.storyline.store.StoredDocument;

/**
 * The corpus-wide stages over everything stored, run after documents are added or corrections
 * made: mark near-duplicates in input order, resolve entities (applying the analysts' stored
 * corrections), link claims to entities, fuse events, store the results and write the four
 * contract files. No document is analysed again.
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
  public static KnowledgeBase knowledgeBaseOf(Store store, java.nio.file.Path kbOverride) {
    if (kbOverride != null) {
      return KnowledgeBase.load(kbOverride);
    }
    String remembered = store.meta(AnalyzeRun.KB_FILE_META);
    return remembered == null || remembered.isEmpty() ? KnowledgeBase.builtIn() : KnowledgeBase.load(java.nio.file.Path.of(remembered));
  }

  /** Re-runs the corpus-wide stages of the store in {@code folder} with its own knowledge base. */
  public static Result refreshStored(java.nio.file.Path folder, java.nio.file.Path kbOverride) {
    try (Store store = Store.openExisting(folder)) {
      return new StoreRefresh(new MentionResolver(knowledgeBaseOf(store, kbOverride)), new org.storyline.fuse.event.ClaimFuser())
          .refresh(store, ProgressListener.NONE);
    }
  }

  public Result refresh(Store store, ProgressListener progress) {
    progress.stage("duplicates");
    int duplicates = markDuplicates(store);

    progress.stage("resolve");
    List<StoredDocument> docs = store.documents();
    List<Article> articles = docs.stream().map(StoredDocument::article).toList();
    List<DocumentAnalysis> analyses = docs.stream().map(StoredDocument::analysis).toList();
    List<EntityCorrection> corrections = StoredCorrections.parse(new CorrectionLog(store.folder()).all());
    EntityResolution resolution = resolver.resolve(articles, analyses, corrections);
    List<Claim> claims = new ClaimLinker(resolution).link(
        analyses.stream().flatMap(a -> a.claims().stream()).toList());

    progress.stage("fuse");
    List<Event> events = fuser.fuse(articles, claims);
    store.putResults(resolution.entities(), claims, events);

    progress.stage("export");
    store.exportJsonl(store.folder());
    return new Result(docs.size(), duplicates, resolution.entities().size(), claims.size(), events.size());
  }

  /** Marks near-duplicates over all stored articles in input order; returns how many there are. */
  private static int markDuplicates(Store store) {
    List<Article> articles = store.articles();
    List<Article> marked = new NearDuplicateDetector().markDuplicates(articles);
    int n = 0;
    for (int i = 0; i < marked.size(); i++) {
      String now = marked.get(i).duplicateOf();
      if (now != null) {
        n++;
      }
      if (!Objects.equals(now, articles.get(i).duplicateOf())) {
        store.setDuplicateOf(marked.get(i).id(), now);
      }
    }
    return n;
  }
}
