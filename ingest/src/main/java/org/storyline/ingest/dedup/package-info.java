/** Exact and near-duplicate detection of article bodies with MinHash over word shingles. */
package org.storyline.ingest.dedup;
