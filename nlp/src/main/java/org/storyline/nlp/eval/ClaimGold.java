package org.storyline.nlp.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.storyline.core.claim.Bound;
import org.storyline.core.claim.EventType;
import org.storyline.core.claim.Stance;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;

/**
 * A gold file: what a careful analyst records for each claim of a set of documents.
 *
 * <p>The format is line based, UTF-8. Blank lines and lines starting with {@code #} are ignored.
 *
 * <pre>
 * &#64;doc 002 published=2024-09-14
 * &#64;body 002 | According to Moscow | In July, South Korean
 * &#64;drop 000 | Reuters:
 * 002 | met with North Korean leader | type=CONSULT/meet | source=Shoigu | target=Kim Jong Un
 *     | date=2024-09-13 | speaker=Moscow | stance=reported
 * </pre>
 *
 * (an item is one physical line; it is wrapped above for reading). Directives:
 *
 * <ul>
 *   <li>{@code @doc KEY [published=ISO]}: a document of the set; KEY matches an article whose id
 *       equals it or whose source file name starts with it. {@code published} is the date to give
 *       an article built from raw text (day, month or year precision).
 *   <li>{@code @body KEY | FIRST | LAST}: when the article is built from a raw text file, its body
 *       is the lines from the first line starting with FIRST to the first later line starting with
 *       LAST (inclusive, lines stripped, blank lines dropped, joined as paragraphs).
 *   <li>{@code @drop KEY | START}: a line inside that range that is page chrome (a link, a
 *       caption), left out of the body.
 * </ul>
 *
 * <p>Item lines: {@code KEY | FRAGMENT | field=value | ...}. FRAGMENT is a short substring of
 * the sentence (compared case-insensitively with runs of white space folded). Fields, each
 * optional; a field left out means "the claim has none":
 *
 * <ul>
 *   <li>{@code type=TYPE[/mode]}: the PLOVER event type and optionally its mode; without it the
 *       item is a non-event claim (a bare quantity or an attributed statement).
 *   <li>{@code source=NAME}, {@code target=NAME}: actors, several separated by {@code ;}; each
 *       name may list aliases separated by {@code /} ({@code North Korea/Pyongyang}).
 *   <li>{@code date=ISO[..ISO]}: the event's date: a day, month or year, or a range; either end
 *       may be empty for an open bound; {@code XXXX-05-20} for a date that cannot be placed.
 *   <li>{@code qty=VALUE BOUND ITEM}: a quantity, several separated by {@code ;}. VALUE is a
 *       number, or {@code LOW..HIGH} for a range; BOUND is a wire name of {@link Bound}; ITEM is
 *       free text (may be empty).
 *   <li>{@code speaker=NAME}, {@code cited=NAME}: who says so and whom they cite.
 *   <li>{@code stance=WIRE}: the {@link Stance}, default {@code asserted}.
 * </ul>
 *
 * @param documents the documents of the set, in file order
 * @param items the gold claims, in file order
 */
public record ClaimGold(List<GoldDocument> documents, List<Item> items) {
  public ClaimGold {
    documents = List.copyOf(documents);
    items = List.copyOf(items);
  }

  /** A document of the set, with how to cut its body out of a raw page. */
  public record GoldDocument(String key, String published, String bodyFirst, String bodyLast, List<String> drops) {
    public GoldDocument {
      Objects.requireNonNull(key, "key");
      drops = List.copyOf(drops);
    }
  }

  /** A name with its aliases, compared by token containment. */
  public record Name(List<String> aliases) {
    public Name {
      if (aliases.isEmpty()) {
        throw new IllegalArgumentException("a gold name needs at least one spelling");
      }
      aliases = List.copyOf(aliases);
    }

    static Name parse(String s) {
      List<String> out = new ArrayList<>();
      for (String a : s.split("/")) {
        if (!a.isBlank()) {
          out.add(a.strip());
        }
      }
      return new Name(out);
    }

    @Override
    public String toString() {
      return String.join("/", aliases);
    }
  }

  /** An expected quantity: value (or range), bound and counted item (null when not stated). */
  public record GoldQuantity(double value, Double low, Double high, Bound bound, String item) {
    public GoldQuantity {
      Objects.requireNonNull(bound, "bound");
    }

    @Override
    public String toString() {
      String v = low != null ? fmt(low) + ".." + fmt(high) : fmt(value);
      return v + " " + bound.wireName() + (item == null ? "" : " " + item);
    }

    private static String fmt(double d) {
      return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
  }

  /** An expected date: ISO start and end (either may be null for an open side), or an unplaced value. */
  public record GoldDate(String start, String end, String unplaced) {
    @Override
    public String toString() {
      if (unplaced != null) {
        return unplaced;
      }
      return Objects.equals(start, end) ? start : (start == null ? "" : start) + ".." + (end == null ? "" : end);
    }
  }

  /**
   * One expected claim.
   *
   * @param line line number in the gold file, for messages
   * @param type the event type, or null for a non-event claim
   * @param mode the event mode, or null when any mode is accepted
   */
  public record Item(int line, String document, String fragment, EventType type, String mode,
      List<Name> sources, List<Name> targets, GoldDate date, List<GoldQuantity> quantities,
      Name speaker, Name cited, Stance stance) {
    public Item {
      Objects.requireNonNull(document, "document");
      Objects.requireNonNull(fragment, "fragment");
      Objects.requireNonNull(stance, "stance");
      sources = List.copyOf(sources);
      targets = List.copyOf(targets);
      quantities = List.copyOf(quantities);
    }
  }

  /**
   * Reads a gold file.
   *
   * @throws StorylineException {@code INPUT_NOT_FOUND} or {@code INPUT_UNREADABLE} if the file
   *     cannot be read, {@code INPUT_MALFORMED} naming the line if a line does not parse
   */
  public static ClaimGold read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new StorylineException(ErrorCode.INPUT_NOT_FOUND, "gold file not found: " + file);
    }
    try {
      return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new StorylineException(ErrorCode.INPUT_UNREADABLE, "cannot read gold file " + file + ": " + e, e);
    }
  }

  /** Parses the lines of a gold file; {@code name} is used in messages. */
  public static ClaimGold parse(List<String> lines, String name) {
    Map<String, GoldDocument> docs = new LinkedHashMap<>();
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        if (line.startsWith("@")) {
          directive(line, docs);
        } else {
          Item item = item(i + 1, line);
          docs.putIfAbsent(item.document(), new GoldDocument(item.document(), null, null, null, List.of()));
          items.add(item);
        }
      } catch (RuntimeException e) {
        throw new StorylineException(ErrorCode.INPUT_MALFORMED,
            name + ":" + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return new ClaimGold(new ArrayList<>(docs.values()), items);
  }

  private static void directive(String line, Map<String, GoldDocument> docs) {
    String word = line.split("\\s+", 2)[0];
    String rest = line.substring(word.length()).strip();
    switch (word) {
      case "@doc" -> {
        String[] parts = rest.split("\\s+");
        String published = null;
        for (int k = 1; k < parts.length; k++) {
          if (parts[k].startsWith("published=")) {
            published = parts[k].substring("published=".length());
          } else {
            throw new IllegalArgumentException("unknown @doc setting '" + parts[k] + "'");
          }
        }
        GoldDocument old = docs.get(parts[0]);
        docs.put(parts[0], old == null
            ? new GoldDocument(parts[0], published, null, null, List.of())
            : new GoldDocument(parts[0], published, old.bodyFirst(), old.bodyLast(), old.drops()));
      }
      case "@body" -> {
        String[] cells = cells(rest, 3);
        GoldDocument old = docs.getOrDefault(cells[0], new GoldDocument(cells[0], null, null, null, List.of()));
        docs.put(cells[0], new GoldDocument(cells[0], old.published(), cells[1], cells[2], old.drops()));
      }
      case "@drop" -> {
        String[] cells = cells(rest, 2);
        GoldDocument old = docs.getOrDefault(cells[0], new GoldDocument(cells[0], null, null, null, List.of()));
        List<String> drops = new ArrayList<>(old.drops());
        drops.add(cells[1]);
        docs.put(cells[0], new GoldDocument(cells[0], old.published(), old.bodyFirst(), old.bodyLast(), drops));
      }
      default -> throw new IllegalArgumentException("unknown directive " + word);
    }
  }

  private static String[] cells(String rest, int n) {
    String[] cells = rest.split("\\|");
    if (cells.length != n) {
      throw new IllegalArgumentException("expected " + n + " cells separated by '|'");
    }
    for (int k = 0; k < n; k++) {
      cells[k] = cells[k].strip();
    }
    return cells;
  }

  private static Item item(int lineNo, String line) {
    String[] cells = line.split("\\|");
    if (cells.length < 2) {
      throw new IllegalArgumentException("an item needs 'document | fragment | field=value ...'");
    }
    String doc = cells[0].strip();
    String fragment = cells[1].strip();
    if (doc.isEmpty() || fragment.isEmpty()) {
      throw new IllegalArgumentException("document and fragment must not be empty");
    }
    EventType type = null;
    String mode = null;
    List<Name> sources = new ArrayList<>();
    List<Name> targets = new ArrayList<>();
    GoldDate date = null;
    List<GoldQuantity> qs = new ArrayList<>();
    Name speaker = null;
    Name cited = null;
    Stance stance = Stance.ASSERTED;
    for (int k = 2; k < cells.length; k++) {
      String cell = cells[k].strip();
      int eq = cell.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("field '" + cell + "' is not key=value");
      }
      String key = cell.substring(0, eq).strip().toLowerCase(Locale.ROOT);
      String value = cell.substring(eq + 1).strip();
      switch (key) {
        case "type" -> {
          String[] tm = value.split("/", 2);
          type = EventType.valueOf(tm[0].strip().toUpperCase(Locale.ROOT));
          mode = tm.length > 1 && !tm[1].isBlank() ? tm[1].strip() : null;
        }
        case "source" -> names(value, sources);
        case "target" -> names(value, targets);
        case "date" -> date = date(value);
        case "qty" -> {
          for (String q : value.split(";")) {
            if (!q.isBlank()) {
              qs.add(quantity(q.strip()));
            }
          }
        }
        case "speaker" -> speaker = Name.parse(value);
        case "cited" -> cited = Name.parse(value);
        case "stance" -> stance = Stance.fromWire(value);
        default -> throw new IllegalArgumentException("unknown field '" + key + "'");
      }
    }
    return new Item(lineNo, doc, fragment, type, mode, sources, targets, date, qs, speaker, cited, stance);
  }

  private static void names(String value, List<Name> out) {
    for (String n : value.split(";")) {
      if (!n.isBlank()) {
        out.add(Name.parse(n));
      }
    }
  }

  static GoldDate date(String value) {
    if (value.startsWith("XXXX")) {
      return new GoldDate(null, null, value);
    }
    int dots = value.indexOf("..");
    String s = dots < 0 ? value : value.substring(0, dots).strip();
    String e = dots < 0 ? value : value.substring(dots + 2).strip();
    s = s.isEmpty() ? null : s;
    e = e.isEmpty() ? null : e;
    if (s == null && e == null) {
      throw new IllegalArgumentException("date range needs at least one end");
    }
    if (s != null) {
      org.storyline.core.time.DateSpan.parseStart(s);
    }
    if (e != null) {
      org.storyline.core.time.DateSpan.parseEnd(e);
    }
    return new GoldDate(s, e, null);
  }

  static GoldQuantity quantity(String text) {
    String[] parts = text.split("\\s+", 3);
    if (parts.length < 2) {
      throw new IllegalArgumentException("quantity needs 'VALUE BOUND [ITEM]': " + text);
    }
    Bound bound = Bound.fromWire(parts[1]);
    String item = parts.length > 2 && !parts[2].isBlank() ? parts[2].strip() : null;
    int dots = parts[0].indexOf("..");
    if (dots >= 0) {
      double low = Double.parseDouble(parts[0].substring(0, dots));
      double high = Double.parseDouble(parts[0].substring(dots + 2));
      return new GoldQuantity(low, low, high, bound, item);
    }
    return new GoldQuantity(Double.parseDouble(parts[0]), null, null, bound, item);
  }
}
