/** The storyline program: command line, pipeline orchestration, exports. */
package org.storyline.app;
