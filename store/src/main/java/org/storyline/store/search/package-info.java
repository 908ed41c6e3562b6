/** Full-text search (Lucene) over document text and claims, with facets by type, status and entity type. */
package org.storyline.store.search;
