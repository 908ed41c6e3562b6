package org.storyline.nlp.mention;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import org.storyline.core.entity.EntityType;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;

/**
 * The domain's own names that generic NER misses or mistypes: states with their demonyms,
 * capitals, agencies, outlets, weapons and facilities, plus the words of title-only references
 * and words that are never mentions. Read from the resource files beside this class; immutable
 * and thread-safe.
 */
public final class DomainLexicon {
  private static final String BASE = "/org/storyline/nlp/mention/";

  private final Map<Character, List<LexiconEntry>> byFirstChar = new HashMap<>();
  private final Map<String, LexiconEntry> byName = new HashMap<>();
  private final Set<String> titleHeads = new HashSet<>();
  private final Set<String> titleMods = new HashSet<>();
  private final Set<String> stopwords = new HashSet<>();
  private final List<String> demonyms = new ArrayList<>();

  /** Loads the lexicon shipped with storyline. */
  public static DomainLexicon load() {
    return new DomainLexicon();
  }

  private DomainLexicon() {
    for (String[] row : rows("states.tsv", 3)) {
      for (String name : row[1].split("\\|")) {
        add(new LexiconEntry(name, EntityType.STATE, row[0], LexiconEntry.Kind.NAME));
      }
      for (String d : row[2].split("\\|")) {
        add(new LexiconEntry(d, EntityType.STATE, row[0], LexiconEntry.Kind.DEMONYM));
        demonyms.add(d);
      }
    }
    for (String[] row : rows("capitals.tsv", 2)) {
      add(new LexiconEntry(row[0], EntityType.STATE, row[1], LexiconEntry.Kind.CAPITAL));
    }
    for (String[] row : rows("names.tsv", 3)) {
      EntityType type = EntityType.valueOf(row[0]);
      for (String name : row[2].split("\\|")) {
        add(new LexiconEntry(name, type, row[1], LexiconEntry.Kind.NAME));
      }
    }
    for (String[] row : rows("titles.txt", 2)) {
      (row[0].equals("head") ? titleHeads : titleMods).add(row[1]);
    }
    for (String[] row : rows("stopwords.txt", 1)) {
      stopwords.add(row[0]);
    }
    demonyms.sort((a, b) -> b.length() - a.length());
  }

  private void add(LexiconEntry e) {
    if (e.surface().contains("'")) {
      addOne(new LexiconEntry(e.surface().replace('\'', '\u2019'), e.type(), e.key(), e.kind()));
    }
    addOne(e);
  }

  private void addOne(LexiconEntry e) {
    byFirstChar.computeIfAbsent(e.surface().charAt(0), c -> new ArrayList<>()).add(e);
    // a demonym spelled like a name ("U.S.") keeps the name
    byName.merge(e.surface(), e, (old, neu) -> old.kind() == LexiconEntry.Kind.DEMONYM ? neu : old);
  }

  private static List<String[]> rows(String file, int columns) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = DomainLexicon.class.getResourceAsStream(BASE + file)) {
      if (in == null) {
        throw new StorylineException(ErrorCode.INTERNAL_ERROR, "missing lexicon resource " + file);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = columns == 1 ? new String[] {line.strip()} : line.split("\t");
        if (cols.length != columns) {
          throw new StorylineException(ErrorCode.INTERNAL_ERROR,
              "lexicon " + file + ": expected " + columns + " columns in '" + line + "'");
        }
        out.add(cols);
      }
    } catch (IOException e) {
      throw new StorylineException(ErrorCode.INTERNAL_ERROR, "cannot read lexicon " + file, e);
    }
    return out;
  }

  /**
   * The longest entry of one of the given kinds written at {@code text[from...]} that ends where
   * {@code isTokenEnd} allows, or empty.
   */
  public Optional<LexiconEntry> longestAt(
      String text, int from, IntPredicate isTokenEnd, Set<LexiconEntry.Kind> kinds) {
    if (from >= text.length()) {
      return Optional.empty();
    }
    List<LexiconEntry> candidates = byFirstChar.get(text.charAt(from));
    LexiconEntry best = null;
    if (candidates != null) {
      for (LexiconEntry e : candidates) {
        int end = from + e.surface().length();
        if (kinds.contains(e.kind()) && text.startsWith(e.surface(), from) && isTokenEnd.test(end)
            && (best == null || e.surface().length() > best.surface().length())) {
          best = e;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** The entry for exactly this name (not a demonym), or empty. */
  public Optional<LexiconEntry> name(String surface) {
    LexiconEntry e = byName.get(surface);
    return e == null || e.kind() == LexiconEntry.Kind.DEMONYM ? Optional.empty() : Optional.of(e);
  }

  /** The state key of a demonym ("North Korean" gives "north korea"), or empty. */
  public Optional<String> stateOfDemonym(String surface) {
    for (LexiconEntry e : byFirstChar.getOrDefault(surface.isEmpty() ? ' ' : surface.charAt(0), List.of())) {
      if (e.kind() == LexiconEntry.Kind.DEMONYM && e.surface().equals(surface)) {
        return Optional.of(e.key());
      }
    }
    return Optional.empty();
  }

  /** All demonyms, longest first. */
  public List<String> demonyms() {
    return List.copyOf(demonyms);
  }

  /** True if the lower-cased word can end a title ("minister", "leader"). */
  public boolean isTitleHead(String word) {
    return titleHeads.contains(word.toLowerCase(Locale.ROOT));
  }

  /** True if the lower-cased word can stand inside a title ("foreign", "defence"). */
  public boolean isTitleModifier(String word) {
    return titleMods.contains(word.toLowerCase(Locale.ROOT));
  }

  /** True if the word is never a mention on its own. */
  public boolean isStopword(String word) {
    return stopwords.contains(word.toLowerCase(Locale.ROOT));
  }
}
