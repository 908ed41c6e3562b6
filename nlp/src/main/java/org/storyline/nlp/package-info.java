/** The document analyzer: mentions, time expressions and claims of one article body. */
package org.storyline.nlp;
