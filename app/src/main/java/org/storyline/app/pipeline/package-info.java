/** Runs the stages in order over a set of inputs into a store: read, extract, analyse, resolve, fuse. */
package org.storyline.app.pipeline;
