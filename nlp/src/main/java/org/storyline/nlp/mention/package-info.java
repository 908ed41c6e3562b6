/** Mentions of people, states, organisations, outlets, places, facilities and weapons in a body. */
package org.storyline.nlp.mention;
