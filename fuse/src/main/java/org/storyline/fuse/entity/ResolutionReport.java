package org.storyline.fuse.entity;

import java.util.List;
import java.util.Objects;
import org.storyline.core.stage.EntityResolution;

/**
 * A resolution with the corrections that could not be applied.
 *
 * @param skippedCorrections one reason per correction skipped (its entity not found, ambiguous,
 *     types that differ ...)
 */
public record ResolutionReport(EntityResolution resolution, List<String> skippedCorrections) {
  public ResolutionReport {
    Objects.requireNonNull(resolution, "resolution");
    skippedCorrections = List.copyOf(skippedCorrections);
  }
}
