/** Main-text extraction from scraped plain text: body paragraphs versus page chrome. */
package org.storyline.ingest.text;
