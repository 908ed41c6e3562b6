package org.storyline.app.server.api;

import java.util.regex.Pattern;

/**
 * Checks ids taken from request paths before they are looked up: letters, digits and
 * {@code - _ . :}, 1 to 128 characters, starting with a letter or digit, never {@code ..}; so no
 * path separator, traversal or markup can pass through an id.
 */
public final class Ids {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}");

  private Ids() {}

  /** True if {@code id} has the shape of an id. */
  public static boolean valid(String id) {
    return id != null && ID.matcher(id).matches() && !id.contains("..");
  }

  /** The id itself, or a 400 naming what was wrong. */
  public static String require(String what, String id) {
    if (!valid(id)) {
      throw ApiError.badRequest("invalid " + what + " id: expected 1-128 letters, digits, '-', '_', '.' or ':'");
    }
    return id;
  }
}
