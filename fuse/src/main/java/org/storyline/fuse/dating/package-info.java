/** Corpus-level dating: dated articles narrow the date window of undated ones reporting the same events. */
package org.storyline.fuse.dating;
