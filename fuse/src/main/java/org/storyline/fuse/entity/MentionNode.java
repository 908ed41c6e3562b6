package org.storyline.fuse.entity;

import java.util.Objects;
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
}
