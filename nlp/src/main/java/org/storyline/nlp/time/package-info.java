/** Rule-based finding and resolution of date expressions against a document's date, without CoreNLP. */
package org.storyline.nlp.time;
