/** Real-world events fused from the claims that report them. */
package org.storyline.core.event;
