package org.storyline.fuse.entity;

import org.storyline.core.entity.EntityType;

/**
 * Which recognised types may be one entity. Recognisers confuse outlets with organisations and
 * facilities with places, so those pairs merge; a person never merges with anything else, and a
 * state only with a state (Georgia the state is not Georgia the US state, typed PLACE).
 */
final class TypeCompatibility {
  private TypeCompatibility() {}

  /** True if mentions of the two types may be clustered by name alone. */
  static boolean compatible(EntityType a, EntityType b) {
    if (a == b) {
      return true;
    }
    return pair(a, b, EntityType.ORGANIZATION, EntityType.MEDIA)
        || pair(a, b, EntityType.PLACE, EntityType.FACILITY);
  }

  /**
   * True if a mention typed {@code mention} may name a knowledge-base entry of type
   * {@code entry}: compatible types, a state named as a place ("in Russia"), a state or body
   * typed as the other, or anything but a person from an unspecific OTHER.
   */
  static boolean mayName(EntityType mention, EntityType entry) {
    if (compatible(mention, entry)) {
      return true;
    }
    if (mention == EntityType.PERSON || entry == EntityType.PERSON) {
      return false;
    }
    return (mention == EntityType.PLACE && entry == EntityType.STATE)
        || pair(mention, entry, EntityType.STATE, EntityType.ORGANIZATION)
        || mention == EntityType.OTHER;
  }

  private static boolean pair(EntityType a, EntityType b, EntityType x, EntityType y) {
    return (a == x && b == y) || (a == y && b == x);
  }
}
