package org.storyline.app.entity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.storyline.core.entity.EntityType;

/**
 * A hand-written list of the entities a careful reader records for a set of articles: one row
 * per entity with its type and the name variants the articles use. Format: {@code TYPE | name |
 * variant; variant; ...}; a "?" before TYPE makes the entity optional (allowed, never required),
 * a "?" before a variant makes that surface form allowed but not required; "#" starts a comment.
 */
record EntityFixture(List<Row> rows) {
  EntityFixture {
    rows = List.copyOf(rows);
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("fixture has no entities");
    }
  }

  /** A surface form of an entity; optional forms are right when found and no miss when absent. */
  record Variant(String text, boolean optional) {
    Variant {
      Objects.requireNonNull(text, "text");
      if (text.isBlank()) {
        throw new IllegalArgumentException("empty variant");
      }
    }
  }

  /** One entity of the fixture. */
  record Row(EntityType type, String name, List<Variant> variants, boolean optional) {
    Row {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(name, "name");
      variants = List.copyOf(variants);
      if (variants.isEmpty()) {
        throw new IllegalArgumentException(name + " has no variants");
      }
    }

    /** True if {@code surface} (normalised) is one of this entity's forms, required or optional. */
    boolean names(String surface) {
      String s = normal(surface);
      return variants.stream().anyMatch(v -> normal(v.text()).equals(s));
    }

    /** True if {@code surface} is one of this entity's forms or ends with one ("President Vladimir Putin"). */
    boolean namesWithTitle(String surface) {
      String s = normal(surface);
      return variants.stream().map(v -> normal(v.text()))
          .anyMatch(v -> s.equals(v) || s.endsWith(" " + v) && v.contains(" "));
    }
  }

  /** Reads the fixture from a class-path resource. */
  static EntityFixture load(String resource) throws IOException {
    try (InputStream in = EntityFixture.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("no resource " + resource);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  static EntityFixture parse(String text) {
    List<Row> rows = new ArrayList<>();
    int n = 0;
    for (String line : text.split("\n")) {
      n++;
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      String[] c = l.split("\\|");
      if (c.length != 3) {
        throw new IllegalArgumentException("line " + n + ": want TYPE | name | variants: " + l);
      }
      String type = c[0].strip();
      boolean optional = type.startsWith("?");
      List<Variant> variants = new ArrayList<>();
      for (String v : c[2].split(";")) {
        String t = v.strip();
        variants.add(t.startsWith("?") ? new Variant(t.substring(1).strip(), true) : new Variant(t, false));
      }
      rows.add(new Row(EntityType.valueOf(optional ? type.substring(1).strip() : type), c[1].strip(),
          variants, optional));
    }
    return new EntityFixture(rows);
  }

  /** Lower case, curly apostrophes straight, no leading "the", no trailing possessive, single spaces. */
  static String normal(String surface) {
    String s = surface.replace('\u2019', '\'').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    if (s.endsWith("'s")) {
      s = s.substring(0, s.length() - 2);
    } else if (s.endsWith("'")) {
      s = s.substring(0, s.length() - 1);
    }
    return s.strip();
  }
}
