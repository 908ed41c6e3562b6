/** Persistence of articles, mentions, entities, claims and events: an embedded SQL file by default. */
package org.storyline.store;
