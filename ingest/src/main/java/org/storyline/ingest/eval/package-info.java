/** Evaluation of extraction and dating against the WCXB benchmark layout. */
package org.storyline.ingest.eval;
