/** Stable, content-derived identifiers for documents, claims, entities and events. */
package org.storyline.core.id;
