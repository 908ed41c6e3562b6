/** The output contract as JSON: records to and from the shapes of shared/contract. */
package org.storyline.store.json;
