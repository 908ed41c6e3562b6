/** Page metadata: title, outlet, authors, language and publication date with its basis. */
package org.storyline.ingest.meta;
