/** Entity resolution: groups the mentions of all documents into people, states, bodies, places and things. */
package org.storyline.fuse.entity;
