/** Spans of text: character ranges into a document body. */
package org.storyline.core.text;
