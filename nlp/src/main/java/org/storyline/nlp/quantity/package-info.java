/** Rule-based finding of reported numbers, their hedges and what they count, without CoreNLP. */
package org.storyline.nlp.quantity;
