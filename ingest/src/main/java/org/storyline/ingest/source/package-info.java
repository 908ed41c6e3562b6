/** Reading input files and folders (text, HTML, WARC, JSONL) into decoded source documents. */
package org.storyline.ingest.source;
