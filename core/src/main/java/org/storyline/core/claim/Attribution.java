package org.storyline.core.claim;

import org.storyline.core.entity.EntityRef;

/**
 * Who says so: the speaker (the source the outlet quotes), the source the speaker cites, and
 * the cue ({@code said}, {@code according to}, {@code reported, citing}).
 */
public record Attribution(EntityRef speaker, EntityRef cited, String cue) {}
