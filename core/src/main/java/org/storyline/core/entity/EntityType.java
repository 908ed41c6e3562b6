package org.storyline.core.entity;

/** Entity types of the contract. */
public enum EntityType {
  PERSON, ORGANIZATION, STATE, PLACE, WEAPON, FACILITY, MEDIA, OTHER
}
