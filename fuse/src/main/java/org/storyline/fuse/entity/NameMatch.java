package org.storyline.fuse.entity;

/** How well two names fit one entity. */
enum NameMatch {
  /** Spelling, transliteration or acronym variants of one name. */
  SAME,
  /** Compatible but incomplete: a lone surname, an initial, a name without its state; needs context. */
  PARTIAL,
  /** Different names, or types that never merge. */
  DIFFERENT
}
