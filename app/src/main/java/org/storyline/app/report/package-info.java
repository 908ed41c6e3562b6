/** {@code storyline report}: one self-contained HTML file with the timeline, events with sources, and number trails. */
package org.storyline.app.report;
