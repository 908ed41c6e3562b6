/** Number trails: how a counted item between the same actors was reported over time. */
package org.storyline.fuse.trail;
