/** The seeds' timeline judged against an analyst's expected timeline (fixture in test resources). */
package org.storyline.app.timeline;
