package org.storyline.app.server.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.storyline.core.claim.EventType;
import org.storyline.core.entity.EntityRef;
import org.storyline.core.entity.EntityType;
import org.storyline.core.event.EventStatus;
import org.storyline.core.time.DateSpan;

/**
 * The filters the list endpoints share, parsed and checked: an actor (entity id or part of a
 * name), a type (an event type, or an entity type for entities), a status, a date range and a
 * text to look for. Absent filters are null and match everything.
 *
 * @param actor entity id or name fragment, lower case
 * @param type upper-case type name
 * @param status an event status
 * @param from first day of the range (a month or year counts from its first day)
 * @param to last day of the range (a month or year counts to its last day)
 * @param text a fragment to look for, lower case
 */
public record Filters(String actor, String type, EventStatus status, LocalDate from, LocalDate to, String text) {
  /** The longest filter value accepted. */
  public static final int MAX_VALUE = 200;

  public Filters {
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiError.badRequest("'to' (" + to + ") is before 'from' (" + from + ")");
    }
  }

  /** Parses raw query values; {@code entityTypes} says whether {@code type} names entity types. */
  public static Filters parse(Function<String, String> query, boolean entityTypes) {
    String type = clean(query.apply("type"), "type");
    if (type != null) {
      String t = type.toUpperCase(Locale.ROOT);
      List<String> allowed = entityTypes
          ? Arrays.stream(EntityType.values()).map(Enum::name).toList()
          : Arrays.stream(EventType.values()).map(Enum::name).toList();
      if (!allowed.contains(t)) {
        throw ApiError.badRequest("unknown type '" + shorten(type) + "'; expected one of " + allowed);
      }
      type = t;
    }
    EventStatus status = null;
    String s = clean(query.apply("status"), "status");
    if (s != null) {
      try {
        status = EventStatus.fromWire(s);
      } catch (IllegalArgumentException e) {
        throw ApiError.badRequest("unknown status '" + shorten(s) + "'; expected one of "
            + Arrays.stream(EventStatus.values()).map(EventStatus::wireName).toList());
      }
    }
    String actor = clean(query.apply("actor"), "actor");
    String text = clean(query.apply("text"), "text");
    return new Filters(actor == null ? null : actor.toLowerCase(Locale.ROOT), type, status,
        date("from", query.apply("from"), true), date("to", query.apply("to"), false),
        text == null ? null : text.toLowerCase(Locale.ROOT));
  }

  private static String clean(String raw, String name) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    if (raw.length() > MAX_VALUE) {
      throw ApiError.badRequest(name + " longer than " + MAX_VALUE + " characters");
    }
    return raw.strip();
  }

  private static LocalDate date(String name, String raw, boolean start) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    if (!raw.matches("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")) {
      throw ApiError.badRequest(name + " must be an ISO date (yyyy, yyyy-mm or yyyy-mm-dd), got '" + shorten(raw) + "'");
    }
    try {
      return start ? DateSpan.parseStart(raw) : DateSpan.parseEnd(raw);
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw ApiError.badRequest(name + " is not a real date: '" + raw + "'");
    }
  }

  /** A value cut for an error message. */
  static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }

  /** True if no date range is set or {@code d} overlaps it. */
  public boolean dateMatches(DateSpan d) {
    if (from == null && to == null) {
      return true;
    }
    if (d == null || !d.isPlaced()) {
      return false;
    }
    LocalDate s = d.start() == null ? LocalDate.MIN : d.start();
    LocalDate e = d.end() == null ? LocalDate.MAX : d.end();
    return (from == null || !e.isBefore(from)) && (to == null || !s.isAfter(to));
  }

  /** True if no actor is set or one of {@code refs} is that entity or has that name fragment. */
  public boolean actorMatches(List<EntityRef> refs) {
    if (actor == null) {
      return true;
    }
    for (EntityRef r : refs) {
      if (r == null) {
        continue;
      }
      if (r.entity() != null && r.entity().toLowerCase(Locale.ROOT).equals(actor)) {
        return true;
      }
      if (r.name().toLowerCase(Locale.ROOT).contains(actor)) {
        return true;
      }
    }
    return false;
  }

  /** True if no text is set or one of {@code fields} contains it (case-insensitive). */
  public boolean textMatches(String... fields) {
    if (text == null) {
      return true;
    }
    for (String f : fields) {
      if (f != null && f.toLowerCase(Locale.ROOT).contains(text)) {
        return true;
      }
    }
    return false;
  }
}
