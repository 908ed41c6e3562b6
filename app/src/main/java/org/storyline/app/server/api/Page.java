package org.storyline.app.server.api;

import java.util.List;

/**
 * Which slice of a result list to return: {@code limit} items from {@code offset}.
 *
 * @param limit 1 to {@value #MAX_LIMIT}
 * @param offset 0 or more
 */
public record Page(int limit, int offset) {
  /** The default page size. */
  public static final int DEFAULT_LIMIT = 50;
  /** The largest page served. */
  public static final int MAX_LIMIT = 500;

  public Page {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw ApiError.badRequest("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
    }
    if (offset < 0) {
      throw ApiError.badRequest("offset must be 0 or more, got " + offset);
    }
  }

  /** Parses the raw query values (null when absent). */
  public static Page parse(String limit, String offset) {
    return new Page(integer("limit", limit, DEFAULT_LIMIT), integer("offset", offset, 0));
  }

  static int integer(String name, String raw, int fallback) {
    if (raw == null || raw.isEmpty()) {
      return fallback;
    }
    if (raw.length() > 9 || !raw.matches("-?[0-9]+")) {
      throw ApiError.badRequest(name + " must be an integer, got '" + Filters.shorten(raw) + "'");
    }
    return Integer.parseInt(raw);
  }

  /** This page of {@code items}. */
  public <T> List<T> of(List<T> items) {
    if (offset >= items.size()) {
      return List.of();
    }
    return items.subList(offset, Math.min(items.size(), offset + limit));
  }
}
