/** Evaluation of extracted claims against analyst-written gold files, field by field. */
package org.storyline.nlp.eval;
