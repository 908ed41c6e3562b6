package org.storyline.fuse.entity;

import java.util.List;
import java.util.Objects;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;

/**
 * An analyst's correction of entity resolution, applied after automatic resolution. Entities
 * are named by stable id or by name or alias (spelling variants match), never by volatile data,
 * so a correction still applies after re-analysis.
 *
 * <ul>
 *   <li>MERGE: all entities named in {@code entityIdsOrNames} (two or more) become the first
 *       one; {@code newName}, if given, becomes its name.
 *   <li>SPLIT: the mentions whose text is {@code mentionText} leave the entity named first and
 *       become an entity called {@code newName} (or {@code mentionText}); if an entity of that
 *       name exists they join it.
 *   <li>RENAME: the entity named first is called {@code newName}; its id does not change.
 * </ul>
 */
public record EntityCorrection(Kind kind, List<String> entityIdsOrNames, String newName, String mentionText) {
  /** What the correction does. */
  public enum Kind { MERGE, SPLIT, RENAME }

  public EntityCorrection {
    if (kind == null) {
      throw invalid("a correction needs a kind");
    }
    if (entityIdsOrNames == null || entityIdsOrNames.isEmpty()
        || entityIdsOrNames.stream().anyMatch(s -> s == null || s.isBlank())) {
      throw invalid(kind + " correction needs entity ids or names");
    }
    entityIdsOrNames = List.copyOf(entityIdsOrNames);
    newName = newName == null || newName.isBlank() ? null : newName.strip();
    mentionText = mentionText == null || mentionText.isBlank() ? null : mentionText.strip();
    switch (kind) {
      case MERGE -> {
        if (entityIdsOrNames.size() < 2) {
          throw invalid("MERGE needs two or more entities, got " + entityIdsOrNames);
        }
      }
      case SPLIT -> {
        if (mentionText == null) {
          throw invalid("SPLIT of " + entityIdsOrNames.get(0) + " needs the mention text to split off");
        }
      }
      case RENAME -> {
        if (newName == null) {
          throw invalid("RENAME of " + entityIdsOrNames.get(0) + " needs a new name");
        }
      }
      default -> throw invalid("unknown correction kind " + kind);
    }
  }

  public static EntityCorrection merge(List<String> entityIdsOrNames, String newName) {
    return new EntityCorrection(Kind.MERGE, entityIdsOrNames, newName, null);
  }

  public static EntityCorrection split(String entityIdOrName, String mentionText, String newName) {
    return new EntityCorrection(Kind.SPLIT, List.of(entityIdOrName), newName, mentionText);
  }

  public static EntityCorrection rename(String entityIdOrName, String newName) {
    return new EntityCorrection(Kind.RENAME, List.of(entityIdOrName), newName, null);
  }

  private static StorylineException invalid(String message) {
    return new StorylineException(ErrorCode.INVALID_ARGUMENT, Objects.requireNonNull(message));
  }
}
