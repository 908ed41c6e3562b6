/** Fusion of event claims from many documents into real-world events with status and evidence. */
package org.storyline.fuse.event;
