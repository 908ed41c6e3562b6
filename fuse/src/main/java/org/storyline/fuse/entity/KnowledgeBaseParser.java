package org.storyline.fuse.entity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.storyline.core.entity.EntityType;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;
import org.storyline.core.time.DateSpan;

/**
 * Reads the line-based knowledge-base format documented in the built-in {@code kb.txt}: blocks
 * that start with {@code [id]}, then {@code field: value} lines (type, name, alias, wikidata,
 * office, stands-for); {@code #} comments; an optional {@code @extends builtin} directive.
 */
final class KnowledgeBaseParser {
  /** What a file holds: its entries and whether it extends the built-in base. */
  record Parsed(List<KbEntry> entries, boolean extendsBuiltIn) {}

  private KnowledgeBaseParser() {}

  /**
   * @param source the file name, for messages
   * @throws StorylineException {@code INPUT_MALFORMED} naming the source and line
   */
  static Parsed parse(String text, String source) {
    List<KbEntry> entries = new ArrayList<>();
    boolean extendsBuiltIn = false;
    Block block = null;
    String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      int lineNo = i + 1;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("@")) {
        if (!line.equalsIgnoreCase("@extends builtin")) {
          throw malformed(source, lineNo, "unknown directive '" + line + "' (only '@extends builtin')");
        }
        extendsBuiltIn = true;
        continue;
      }
      if (line.startsWith("[")) {
        if (!line.endsWith("]") || line.length() < 3) {
          throw malformed(source, lineNo, "an entity block starts with [id]");
        }
        if (block != null) {
          entries.add(block.build(source));
        }
        block = new Block(line.substring(1, line.length() - 1).strip(), lineNo);
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw malformed(source, lineNo, "expected 'field: value' but found '" + line + "'");
      }
      if (block == null) {
        throw malformed(source, lineNo, "field before the first [id] block");
      }
      String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      switch (field) {
        case "type" -> block.type = type(value, source, lineNo);
        case "name" -> block.name = value;
        case "alias", "aliases" -> {
          for (String a : value.split(";")) {
            if (!a.isBlank()) {
              block.aliases.add(a.strip());
            }
          }
        }
        case "wikidata" -> block.wikidata = value;
        case "office" -> block.offices.add(office(value, source, lineNo));
        case "stands-for" -> block.standsFor = value;
        default -> throw malformed(source, lineNo, "unknown field '" + field + "'");
      }
    }
    if (block != null) {
      entries.add(block.build(source));
    }
    return new Parsed(entries, extendsBuiltIn);
  }

  private static EntityType type(String value, String source, int line) {
    try {
      return EntityType.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw malformed(source, line, "unknown type '" + value + "'");
    }
  }

  private static Office office(String value, String source, int line) {
    String[] parts = value.split("\\|", -1);
    if (parts.length != 3) {
      throw malformed(source, line, "office is 'role | qualifier | from .. to'");
    }
    String range = parts[2].strip();
    LocalDate from = null;
    LocalDate to = null;
    if (!range.isEmpty()) {
      int dots = range.indexOf("..");
      if (dots < 0) {
        throw malformed(source, line, "office dates are 'from .. to' (either may be empty)");
      }
      try {
        String f = range.substring(0, dots).strip();
        String t = range.substring(dots + 2).strip();
        from = f.isEmpty() ? null : DateSpan.parseStart(f);
        to = t.isEmpty() ? null : DateSpan.parseEnd(t);
      } catch (DateTimeParseException | NumberFormatException e) {
        throw malformed(source, line, "office dates are ISO yyyy[-mm[-dd]]: '" + range + "'");
      }
    }
    try {
      return new Office(parts[0].strip(), parts[1].strip(), from, to);
    } catch (IllegalArgumentException e) {
      throw malformed(source, line, e.getMessage());
    }
  }

  private static StorylineException malformed(String source, int line, String reason) {
    return new StorylineException(ErrorCode.INPUT_MALFORMED, source + ":" + line + ": " + reason);
  }

  private static final class Block {
    final String id;
    final int line;
    EntityType type;
    String name;
    final List<String> aliases = new ArrayList<>();
    String wikidata;
    final List<Office> offices = new ArrayList<>();
    String standsFor;

    Block(String id, int line) {
      this.id = id;
      this.line = line;
    }

    KbEntry build(String source) {
      if (type == null) {
        throw malformed(source, line, "entity [" + id + "] has no type");
      }
      try {
        return new KbEntry(id, type, name, aliases, wikidata, offices, standsFor);
      } catch (IllegalArgumentException | NullPointerException e) {
        throw malformed(source, line, e.getMessage());
      }
    }
  }
}
