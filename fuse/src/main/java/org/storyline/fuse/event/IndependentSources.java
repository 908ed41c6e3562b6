package org.storyline.fuse.event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.storyline.core.claim.Attribution;
import org.storyline.core.claim.Claim;
import org.storyline.core.document.Article;
import org.storyline.core.entity.EntityRef;

/**
 * Counts the independent sources behind a set of claims: outlets and original sources, not
 * mentions.
 *
 * <ol>
 *   <li>A document with {@code duplicateOf} counts as its original (followed to the end of the
 *       chain).
 *   <li>A claim whose attribution names a news medium (the cited source first, else the speaker)
 *       traces back to that medium: two documents both citing Yonhap count once, as do a
 *       document by Yonhap itself and one citing it.
 *   <li>Otherwise the claim traces back to its document's outlet, so all claims of one outlet
 *       count once; a document without outlet is its own outlet.
 * </ol>
 *
 * A document whose claims trace back to media contributes those media; it contributes its
 * outlet only when some claim of it traces back to no medium.
 */
final class IndependentSources {
  /** The distinct origins, by display name in case-insensitive order. */
  record Origins(List<String> names) {
    Origins {
      names = List.copyOf(names);
    }

    int count() {
      return names.size();
    }
  }

  private final Map<String, Article> articles;
  private final MediaNames media;

  IndependentSources(Map<String, Article> articles) {
    this.articles = articles;
    List<String> outlets = new ArrayList<>();
    for (Article a : articles.values()) {
      outlets.add(a.outlet());
    }
    this.media = new MediaNames(outlets);
  }

  /** The id of the original of a document (itself if it is no duplicate or unknown). */
  String original(String documentId) {
    String id = documentId;
    Set<String> seen = new HashSet<>();
    while (seen.add(id)) {
      Article a = articles.get(id);
      if (a == null || a.duplicateOf() == null || !articles.containsKey(a.duplicateOf())) {
        return id;
      }
      id = a.duplicateOf();
    }
    return id;
  }

  /**
   * The outlet name of a document's original; when it has none, a label a reader can place: the
   * article's title in quotes, else its file name, else its id.
   */
  String outletName(String documentId) {
    String id = original(documentId);
    Article a = articles.get(id);
    if (a == null) {
      return id;
    }
    if (a.outlet() != null && !a.outlet().isBlank()) {
      return a.outlet().strip();
    }
    if (a.title() != null && !a.title().isBlank()) {
      return "\u201c" + a.title().strip() + "\u201d";
    }
    String path = a.source().path();
    return path == null || path.isBlank() ? id : java.nio.file.Path.of(path).getFileName().toString();
  }

  /** The origins of the given claims. */
  Origins of(Collection<Claim> claims) {
    Map<String, String> origins = new LinkedHashMap<>();
    Map<String, List<Claim>> byDocument = new TreeMap<>();
    for (Claim c : claims) {
      byDocument.computeIfAbsent(original(c.document()), d -> new ArrayList<>()).add(c);
    }
    for (Map.Entry<String, List<Claim>> e : byDocument.entrySet()) {
      List<Claim> docClaims = new ArrayList<>(e.getValue());
      docClaims.sort(Comparator.comparing(Claim::id));
      boolean ownReporting = false;
      for (Claim c : docClaims) {
        EntityRef medium = medium(c.attribution());
        if (medium == null) {
          ownReporting = true;
        } else {
          origins.putIfAbsent("m:" + MediaNames.key(medium.name()), medium.name().strip());
        }
      }
      if (ownReporting) {
        String outlet = outletName(e.getKey());
        Article a = articles.get(e.getKey());
        String key = a == null || a.outlet() == null || a.outlet().isBlank()
            ? "d:" + e.getKey() : "m:" + MediaNames.key(outlet);
        origins.putIfAbsent(key, outlet);
      }
    }
    List<String> names = new ArrayList<>(origins.values());
    names.sort(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));
    return new Origins(names);
  }

  /** The news medium a claim traces back to: the cited source if a medium, else the speaker. */
  private EntityRef medium(Attribution attribution) {
    if (attribution == null) {
      return null;
    }
    if (attribution.cited() != null && media.isMedium(attribution.cited().name())) {
      return attribution.cited();
    }
    if (attribution.speaker() != null && media.isMedium(attribution.speaker().name())) {
      return attribution.speaker();
    }
    return null;
  }
}
