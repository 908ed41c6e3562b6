package org.storyline.store.search;

/**
 * One search result.
 *
 * @param entry the matching item
 * @param score Lucene's relevance score
 * @param snippet a short excerpt of the item's text around the first matching term, plain text
 */
public record SearchHit(SearchEntry entry, float score, String snippet) {}
