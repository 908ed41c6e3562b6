/** SQL storage behind the store: schema, dialects and row mapping. */
package org.storyline.store.sql;
