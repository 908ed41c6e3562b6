/** Claims from dependency parses: event triggers, actors, dates, quantities, attribution and stance. */
package org.storyline.nlp.claim;
