package org.storyline.fuse.entity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.storyline.core.entity.EntityType;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;

/**
 * Known entities with their names, aliases, Wikidata ids, offices over time and metonyms, read
 * from the line-based format documented in the built-in resource {@code kb.txt}. Immutable and
 * thread-safe. Resolution works without it ({@link #empty()}); it adds canonical names, ids and
 * office holders.
 */
public final class KnowledgeBase {
  private static final String BUILT_IN = "kb.txt";
  private static volatile KnowledgeBase builtIn;

  private final Map<String, KbEntry> byId;
  private final Map<String, List<Alias>> byBlockKey = new HashMap<>();
  private final Map<String, List<KbEntry>> personsBySurname = new HashMap<>();
  private final Map<String, List<Held>> holdersByTitle = new HashMap<>();

  private record Alias(KbEntry entry, NameForm form) {}

  private record Held(KbEntry entry, Office office) {}

  private KnowledgeBase(List<KbEntry> entries) {
    Map<String, KbEntry> m = new LinkedHashMap<>();
    for (KbEntry e : entries) {
      m.put(e.id(), e);
    }
    this.byId = Collections.unmodifiableMap(m);
    for (KbEntry e : byId.values()) {
      List<String> names = new ArrayList<>();
      names.add(e.name());
      names.addAll(e.aliases());
      for (String n : names) {
        NameForm f = NameForm.of(n, e.type());
        for (String k : f.blockKeys()) {
          byBlockKey.computeIfAbsent(k, x -> new ArrayList<>()).add(new Alias(e, f));
        }
        if (f.isPerson() && !f.given().isEmpty()) {
          for (String s : f.surnames()) {
            List<KbEntry> l = personsBySurname.computeIfAbsent(s, x -> new ArrayList<>());
            if (!l.contains(e)) {
              l.add(e);
            }
          }
        }
      }
    }
    for (KbEntry e : byId.values()) {
      for (Office o : e.offices()) {
        OfficeTitle t = OfficeTitle.of(o.role(), o.qualifier(), this);
        holdersByTitle.computeIfAbsent(t.key(), x -> new ArrayList<>()).add(new Held(e, o));
      }
    }
  }

  /** A knowledge base that knows nothing. */
  public static KnowledgeBase empty() {
    return new KnowledgeBase(List.of());
  }

  /** The knowledge base shipped with storyline (resource {@code kb.txt} of this package). */
  public static KnowledgeBase builtIn() {
    KnowledgeBase kb = builtIn;
    if (kb == null) {
      synchronized (KnowledgeBase.class) {
        kb = builtIn;
        if (kb == null) {
          kb = new KnowledgeBase(KnowledgeBaseParser.parse(readBuiltIn(), BUILT_IN).entries());
          builtIn = kb;
        }
      }
    }
    return kb;
  }

  /**
   * Reads a knowledge-base file. It replaces the built-in base, unless its first directive is
   * {@code @extends builtin}: then its blocks are read on top of the built-in ones.
   *
   * @throws StorylineException {@code INPUT_NOT_FOUND}, {@code INPUT_UNREADABLE} or
   *     {@code INPUT_MALFORMED} (with the line)
   */
  public static KnowledgeBase load(Path file) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (NoSuchFileException e) {
      throw new StorylineException(ErrorCode.INPUT_NOT_FOUND, "knowledge base " + file + " does not exist", e);
    } catch (CharacterCodingException e) {
      throw new StorylineException(ErrorCode.INPUT_UNREADABLE, "knowledge base " + file + " is not UTF-8 text", e);
    } catch (IOException e) {
      throw new StorylineException(ErrorCode.INPUT_UNREADABLE, "cannot read knowledge base " + file + ": " + e.getMessage(), e);
    }
    return parse(text, file.toString());
  }

  /** Reads knowledge-base text; {@code source} names it in messages. */
  public static KnowledgeBase parse(String text, String source) {
    KnowledgeBaseParser.Parsed p = KnowledgeBaseParser.parse(text, source);
    KnowledgeBase own = new KnowledgeBase(p.entries());
    return p.extendsBuiltIn() ? builtIn().extendedWith(own) : own;
  }

  /** This base with the entries of {@code other} added; an entry of {@code other} replaces one with its id. */
  public KnowledgeBase extendedWith(KnowledgeBase other) {
    List<KbEntry> all = new ArrayList<>(byId.values());
    Map<String, KbEntry> merged = new LinkedHashMap<>();
    for (KbEntry e : all) {
      merged.put(e.id(), e);
    }
    for (KbEntry e : other.byId.values()) {
      merged.put(e.id(), e);
    }
    return new KnowledgeBase(new ArrayList<>(merged.values()));
  }

  /** All entries, in file order. */
  public List<KbEntry> entries() {
    return List.copyOf(byId.values());
  }

  public int size() {
    return byId.size();
  }

  public Optional<KbEntry> entry(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The entry a name typed {@code type} refers to, or empty if none or several fit. An entry
   * of the same type wins over a metonym ("Pyongyang" typed STATE is North Korea through
   * {@code stands-for}, typed PLACE the city), which wins over a compatible type.
   */
  public Optional<KbEntry> lookup(String name, EntityType type) {
    NameForm form = NameForm.of(name, type);
    Set<String> keys = new LinkedHashSet<>(form.blockKeys());
    if (type == EntityType.OTHER) {
      keys.addAll(NameForm.of(name, EntityType.ORGANIZATION).blockKeys());
    }
    Map<EntityType, NameForm> asType = new HashMap<>();
    int bestRank = Integer.MAX_VALUE;
    Set<KbEntry> best = new LinkedHashSet<>();
    for (String k : keys) {
      for (Alias a : byBlockKey.getOrDefault(k, List.of())) {
        KbEntry e = a.entry();
        int rank = rank(type, e);
        if (rank > bestRank || rank == Integer.MAX_VALUE) {
          continue;
        }
        NameForm mine = asType.computeIfAbsent(e.type(), t -> NameForm.of(name, t));
        if (NameSimilarity.compare(mine, a.form()) != NameMatch.SAME || spelledOut(mine, a.form())) {
          continue;
        }
        KbEntry target = rank == 1 ? byId.get(e.standsFor()) : e;
        if (target == null) {
          continue;
        }
        if (rank < bestRank) {
          bestRank = rank;
          best.clear();
        }
        best.add(target);
      }
    }
    return best.size() == 1 ? Optional.of(best.iterator().next()) : Optional.empty();
  }

  /**
   * True if a written-out name would match an entry only through the entry's acronym alias: the
   * base lists the full names it means, so "Adobe Photoshop" is not AP and "US Senate" not US.
   */
  private static boolean spelledOut(NameForm name, NameForm alias) {
    return name.acronym() == null && alias.acronym() != null && !name.key().equals(alias.key());
  }

  private static int rank(EntityType mention, KbEntry e) {
    if (mention == e.type()) {
      return 0;
    }
    boolean actor = mention == EntityType.STATE || mention == EntityType.ORGANIZATION;
    if (actor && e.standsFor() != null) {
      return 1;
    }
    return TypeCompatibility.mayName(mention, e.type()) ? 2 : Integer.MAX_VALUE;
  }

  /** The one person of the base with this surname key, or empty if none or several. */
  Optional<KbEntry> personBySurname(Set<String> surnames) {
    Set<KbEntry> found = new LinkedHashSet<>();
    for (String s : surnames) {
      found.addAll(personsBySurname.getOrDefault(s, List.of()));
    }
    return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
  }

  /** The entries holding the post on at least one day of {@code [start, end]} (nulls: any time). */
  List<KbEntry> holders(OfficeTitle title, LocalDate start, LocalDate end) {
    Set<KbEntry> out = new LinkedHashSet<>();
    for (Held h : holdersByTitle.getOrDefault(title.key(), List.of())) {
      if (h.office().heldDuring(start, end)) {
        out.add(h.entry());
      }
    }
    return List.copyOf(out);
  }

  /**
   * The id of the state or body a title's qualifier names, following {@code stands-for}
   * ("Kremlin" gives "russia"), or null.
   *
   * @param raw the qualifier as written (may be an id)
   * @param folded the qualifier folded, demonyms folded
   */
  String qualifierId(String raw, String folded) {
    KbEntry e = byId.get(raw.strip());
    if (e == null) {
      for (EntityType t : new EntityType[] {EntityType.STATE, EntityType.ORGANIZATION, EntityType.MEDIA}) {
        Optional<KbEntry> hit = lookup(folded, t);
        if (hit.isPresent()) {
          e = hit.get();
          break;
        }
      }
    }
    if (e == null) {
      return null;
    }
    if (e.standsFor() != null && byId.containsKey(e.standsFor())) {
      return e.standsFor();
    }
    return e.id();
  }

  private static String readBuiltIn() {
    try (InputStream in = KnowledgeBase.class.getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new StorylineException(ErrorCode.INTERNAL_ERROR, "built-in knowledge base " + BUILT_IN + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StorylineException(ErrorCode.INTERNAL_ERROR, "cannot read built-in knowledge base", e);
    }
  }
}
