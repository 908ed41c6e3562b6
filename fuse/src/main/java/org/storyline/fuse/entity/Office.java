package org.storyline.fuse.entity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A post a person held: a role ("defence minister") for a qualifier (a state or body, as a name
 * or knowledge-base id) from one day to another, both inclusive, either open (null).
 */
public record Office(String role, String qualifier, LocalDate from, LocalDate to) {
  public Office {
    Objects.requireNonNull(role, "role");
    if (role.isBlank()) {
      throw new IllegalArgumentException("office role must not be blank");
    }
    qualifier = qualifier == null ? "" : qualifier.strip();
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("office '" + role + "' ends " + to + " before it starts " + from);
    }
  }

  /** True if the office was held on at least one day of {@code [start, end]} (null: open). */
  public boolean heldDuring(LocalDate start, LocalDate end) {
    boolean startsInTime = from == null || end == null || !from.isAfter(end);
    boolean endsInTime = to == null || start == null || !to.isBefore(start);
    return startsInTime && endsInTime;
  }
}
