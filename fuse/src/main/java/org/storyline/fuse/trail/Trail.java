package org.storyline.fuse.trail;

import java.util.List;

/**
 * The series of reported numbers for one counted item between the same actors.
 *
 * @param item the item group ({@link CountedItems#group}), such as {@code artillery shells}
 * @param from the canonical name of the giving or acting side, or null when no claim names it
 * @param to the canonical name of the receiving or targeted side, or null when none names it
 * @param points the reports in claim-date order, at least one
 */
public record Trail(String item, String from, String to, List<TrailPoint> points) {
  public Trail {
    if (item == null || item.isBlank()) {
      throw new IllegalArgumentException("a trail needs an item");
    }
    if (points == null || points.isEmpty()) {
      throw new IllegalArgumentException("trail of " + item + " has no points");
    }
    points = List.copyOf(points);
  }
}
