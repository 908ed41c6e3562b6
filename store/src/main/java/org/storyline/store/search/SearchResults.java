package org.storyline.store.search;

import java.util.List;
import java.util.Map;

/**
 * A page of search results with facet counts over all matches (before the facet filters of the
 * query narrow them, so a facet value can be switched to).
 *
 * @param total how many items match the query and its filters
 * @param hits the requested page, best first
 * @param facets per facet ({@code kind}, {@code type}, {@code status}, {@code entity_type}) the
 *     number of matching items for each value, most frequent first
 */
public record SearchResults(int total, List<SearchHit> hits, Map<String, Map<String, Integer>> facets) {
  public SearchResults {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }
}
