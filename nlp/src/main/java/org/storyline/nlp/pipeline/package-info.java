/** The shared CoreNLP pipeline and the parsed sentences it yields. */
package org.storyline.nlp.pipeline;
