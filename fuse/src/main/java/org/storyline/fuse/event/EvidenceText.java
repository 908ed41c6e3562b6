package org.storyline.fuse.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The evidence sentence of an event and its reading back. Parts are joined by {@code "; "}:
 * <ul>
 *   <li>{@code "2 independent sources: Euronews, Kyiv Independent"} (always first; {@code "1
 *       independent source: Yonhap"}, {@code "no supporting source"}),
 *   <li>{@code "stated by Russia, a party"} when an actor's own statement supports it,
 *   <li>{@code "planned"} when only planned so far, else {@code "announced beforehand by 1 source:
 *       Euronews"} when planned claims joined claims saying it happened,
 *   <li>{@code "denied by North Korea (doc-1a2b, claim clm-3c4d)"} once per denial,
 *   <li>{@code "denies claim clm-3c4d"} once per member claim of a denial.
 * </ul>
 */
public final class EvidenceText {
  private static final Pattern SOURCES = Pattern.compile("^(\\d+) independent sources?: ([^;]*)");

  private EvidenceText() {}

  /** The sources part for the given origin names. */
  public static String sources(List<String> names) {
    if (names.isEmpty()) {
      return "no supporting source";
    }
    return names.size() + " independent source" + (names.size() == 1 ? "" : "s") + ": "
        + String.join(", ", names);
  }

  /**
   * The planned-sources part of an event that happened: {@code "announced beforehand by 1
   * source: Euronews"}, the outlets whose claims only planned it.
   */
  public static String announced(List<String> names) {
    return "announced beforehand by " + names.size() + " source" + (names.size() == 1 ? "" : "s")
        + (names.isEmpty() ? "" : ": " + String.join(", ", names));
  }

  /** The denial part for one denial. */
  public static String denial(String denier, String document, String claim) {
    return "denied by " + denier + " (" + document + ", claim " + claim + ")";
  }

  /** The source names written in an evidence sentence, or an empty list if none are. */
  public static List<String> sourceNames(String evidence) {
    if (evidence == null) {
      return List.of();
    }
    Matcher m = SOURCES.matcher(evidence);
    if (!m.find()) {
      return List.of();
    }
    return new ArrayList<>(Arrays.stream(m.group(2).split(", ")).map(String::strip)
        .filter(s -> !s.isEmpty()).toList());
  }
}
