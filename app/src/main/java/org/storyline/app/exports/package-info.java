/** Exports for other tools: CSV for spreadsheets, PLOVER-style JSON events, FollowTheMoney entities for Aleph. */
package org.storyline.app.exports;
