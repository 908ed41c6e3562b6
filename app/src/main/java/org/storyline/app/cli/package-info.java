/** The storyline command line (picocli): one class per command. */
package org.storyline.app.cli;
