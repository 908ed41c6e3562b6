/** Dates at the precision they are known: spans, granularity, publication dates. */
package org.storyline.core.time;
