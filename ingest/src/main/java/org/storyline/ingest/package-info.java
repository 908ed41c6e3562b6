/** Ingest stage: from input files to articles with main text, metadata and duplicate marks. */
package org.storyline.ingest;
