/** Mentions of actors in text and the entities they resolve to. */
package org.storyline.core.entity;
