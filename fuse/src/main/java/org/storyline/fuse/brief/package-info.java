/** Dated, sourced chronologies and timeline lines rendered from fused events. */
package org.storyline.fuse.brief;
