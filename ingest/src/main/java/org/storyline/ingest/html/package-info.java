/** Main-text extraction from HTML pages by scoring candidate containers. */
package org.storyline.ingest.html;
