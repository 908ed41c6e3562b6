package org.storyline.nlp.time;

import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The calendar content of one date expression before it is placed: what was written, with the
 * parts that need the document date left open.
 *
 * @param kind the shape of the expression
 * @param year the written year, or null when it must come from the document date
 * @param month month 1..12 (DAY, MONTH), or 0
 * @param day day of month (DAY), or 0
 * @param number weekday 1..7 (WEEKDAY), day offset (REL_DAY), unit offset (REL_UNIT), amount
 *     (AGO), season index (SEASON), second reading's month*100+day (AMBIGUOUS_DAY), or 0
 * @param relation last/next/this before a weekday, month or season
 * @param unit the calendar unit of REL_UNIT and AGO, or null
 */
record DateCore(Kind kind, Integer year, int month, int day, int number, Relation relation,
    ChronoUnit unit) {

  /** Shapes of date expressions. */
  enum Kind { DAY, MONTH, YEAR, DECADE, WEEKDAY, WEEKEND, REL_DAY, REL_UNIT, AGO, SEASON, AMBIGUOUS_DAY }

  /** A relative word placed before a weekday, month or season. */
  enum Relation { NONE, LAST, NEXT, THIS }

  DateCore {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(relation, "relation");
  }

  static DateCore day(Integer year, int month, int day) {
    return new DateCore(Kind.DAY, year, month, day, 0, Relation.NONE, null);
  }

  static DateCore month(Integer year, int month, Relation relation) {
    return new DateCore(Kind.MONTH, year, month, 0, 0, relation, null);
  }

  static DateCore year(int year) {
    return new DateCore(Kind.YEAR, year, 0, 0, 0, Relation.NONE, null);
  }

  static DateCore decade(int firstYear) {
    return new DateCore(Kind.DECADE, firstYear, 0, 0, 0, Relation.NONE, null);
  }

  static DateCore weekday(int isoDay, Relation relation) {
    return new DateCore(Kind.WEEKDAY, null, 0, 0, isoDay, relation, null);
  }

  static DateCore weekend(Relation relation) {
    return new DateCore(Kind.WEEKEND, null, 0, 0, 0, relation, null);
  }

  static DateCore relativeDay(int offset) {
    return new DateCore(Kind.REL_DAY, null, 0, 0, offset, Relation.NONE, null);
  }

  static DateCore relativeUnit(ChronoUnit unit, int offset) {
    return new DateCore(Kind.REL_UNIT, null, 0, 0, offset, Relation.NONE, unit);
  }

  static DateCore ago(ChronoUnit unit, int amount) {
    return new DateCore(Kind.AGO, null, 0, 0, amount, Relation.NONE, unit);
  }

  static DateCore season(Integer year, int season, Relation relation) {
    return new DateCore(Kind.SEASON, year, 0, 0, season, relation, null);
  }

  static DateCore ambiguousDay(int year, int month, int day, int otherMonth, int otherDay) {
    return new DateCore(Kind.AMBIGUOUS_DAY, year, month, day, otherMonth * 100 + otherDay,
        Relation.NONE, null);
  }

  /** True if the expression is fully written and needs no document date. */
  boolean explicit() {
    return switch (kind) {
      case DAY, MONTH, SEASON -> year != null;
      case YEAR, DECADE, AMBIGUOUS_DAY -> true;
      default -> false;
    };
  }

  /** The same expression with the year filled in (for year-less items sharing a written year). */
  DateCore withYear(int y) {
    return new DateCore(kind, y, month, day, number, relation, unit);
  }
}
