package org.storyline.fuse.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.storyline.core.document.Article;
import org.storyline.core.entity.Entity;
import org.storyline.core.entity.Mention;
import org.storyline.core.stage.DocumentAnalysis;
import org.storyline.core.stage.EntityResolution;
import org.storyline.core.stage.EntityResolver;
import org.storyline.core.text.Span;

/**
 * Groups the mentions of all documents into entities.
 *
 * <ol>
 *   <li>Drops mentions that never name an entity ({@link MentionFilter}).
 *   <li>Ties names to knowledge-base entries (aliases, spelling variants, metonyms typed STATE),
 *       and one name typed two ways within a document to itself.
 *   <li>Joins equal normalised names and compares names that share a surname, acronym or words
 *       with the transliteration-aware {@link NameSimilarity}; incomplete matches need context.
 *   <li>Within each document, links a lone surname to the one full name with it, and a title
 *       ("the North Korean leader") to the person the document gives it or to the knowledge
 *       base's holder of the post at the document's date.
 *   <li>Links remaining lone surnames and titles across documents; assembles entities with
 *       stable ids; applies analyst corrections.
 * </ol>
 *
 * <p>Stateless and thread-safe; works with an empty knowledge base.
 */
public final class MentionResolver implements EntityResolver {
  private final KnowledgeBase kb;

  /** A resolver with the built-in knowledge base. */
  public MentionResolver() {
    this(KnowledgeBase.builtIn());
  }

  public MentionResolver(KnowledgeBase kb) {
    this.kb = Objects.requireNonNull(kb, "kb");
  }

  @Override
  public EntityResolution resolve(List<Article> articles, List<DocumentAnalysis> analyses) {
    return resolve(articles, analyses, List.of());
  }

  /** Resolves, then applies the corrections in order; corrections that do not apply are skipped. */
  public EntityResolution resolve(List<Article> articles, List<DocumentAnalysis> analyses,
      List<EntityCorrection> corrections) {
    return resolveWithReport(articles, analyses, corrections).resolution();
  }

  /** As {@link #resolve(List, List, List)}, also saying which corrections were skipped and why. */
  public ResolutionReport resolveWithReport(List<Article> articles, List<DocumentAnalysis> analyses,
      List<EntityCorrection> corrections) {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(analyses, "analyses");
    Objects.requireNonNull(corrections, "corrections");
    Corpus corpus = new Corpus(articles, analyses, kb);
    CorpusLinker names = new CorpusLinker(corpus);
    names.anchor();
    DocumentLinker.linkSameNames(corpus);
    names.linkNames();
    Set<Integer> ambiguous = DocumentLinker.linkSurnames(corpus);
    TitleLinker titles = new TitleLinker(corpus);
    titles.linkWithinDocuments();
    names.linkLoneSurnames(ambiguous);
    titles.linkAcrossDocuments();
    List<EntityDraft> drafts = new ArrayList<>(EntityAssembler.assemble(corpus));
    CorrectionApplier applier = new CorrectionApplier(drafts);
    applier.apply(corrections);
    List<Entity> entities = new ArrayList<>();
    Map<String, Map<Span, String>> bySpan = new LinkedHashMap<>();
    for (DocumentAnalysis a : analyses) {
      bySpan.putIfAbsent(a.document(), new HashMap<>());
    }
    for (EntityDraft d : drafts) {
      if (d.mentions.isEmpty()) {
        continue;
      }
      Entity e = d.toEntity(corpus.documentOrder);
      entities.add(e);
      for (Mention m : e.mentions()) {
        bySpan.computeIfAbsent(m.document(), k -> new HashMap<>()).put(m.span(), e.id());
      }
    }
    Map<String, Map<Span, String>> frozen = new LinkedHashMap<>();
    bySpan.forEach((doc, m) -> frozen.put(doc, Map.copyOf(m)));
    return new ResolutionReport(new EntityResolution(entities, frozen), applier.skipped());
  }
}
