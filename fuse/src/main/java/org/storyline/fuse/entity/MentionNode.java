package org.storyline.fuse.entity;

import java.util.Objects;
import org.storyline.core.entity.EntityType;
import org.storyline.core.entity.Mention;

/**
 * A kept mention during resolution: its index in the run, its parsed name and, for a title-only
 * reference, its post.
 *
 * @param title the post a title-only reference names, or null for a name
 */
record MentionNode(int index, Mention mention, NameForm form, OfficeTitle title) {
  MentionNode {
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(form, "form");
  }

  boolean isTitle() {
    return title != null;
  }

  /** A person named by a lone surname ("Shoigu"), which only merges through context. */
  boolean isLoneSurname() {
    return title == null && form.isSurnameOnly();
  }

  /** A multi-word person name ("Sergei Shoigu"). */
  boolean isFullPersonName() {
    return title == null && form.isPerson() && !form.given().isEmpty();
  }

  String document() {
    return mention.document();
  }

  /**
   * The recogniser's normalised name for a non-person mention ("north korea" for "Pyongyang"
   * acting as a state, "sbu" for "Security Service of Ukraine", "north korea state media" for
   * key {@code state media|north korea}), or null: none, a title, a knowledge-base id, or a person.
   */
  String recogniserName() {
    String key = mention.key();
    if (key == null || key.isBlank() || title != null || key.startsWith("title:") || key.startsWith("kb:")
        || mention.type() == EntityType.PERSON) {
      return null;
    }
    if (key.startsWith("state media")) {
      int bar = key.indexOf('|');
      return bar < 0 ? null : key.substring(bar + 1).strip() + " state media";
    }
    return key.strip();
  }
}
