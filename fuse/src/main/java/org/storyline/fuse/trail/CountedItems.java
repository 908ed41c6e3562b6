package org.storyline.fuse.trail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.storyline.fuse.event.ActorKeys;

/**
 * Groups the items that quantities count under one head noun, so that reports of the same
 * thing in different words form one series. The rule, applied to the normalised item:
 *
 * <ol>
 *   <li>Numbers, calibres ({@code 152mm}, {@code 122 mm}), determiners and vague quantifiers
 *       are dropped; {@code containers of ammunition} keeps its container head ("containers of
 *       ammunition"), since a container count is not a round count.
 *   <li>Ammunition words (shell, round, munition, ammunition, ammo, artillery) group as
 *       {@code artillery shells}.
 *   <li>Missile words group as {@code ballistic missiles} when a ballistic hint is present
 *       (ballistic, SRBM, a model name with a digit such as KN-23 or Hwasong-11), else as
 *       {@code missiles}.
 *   <li>Troop words (troops, soldiers, servicemen, personnel, workers sent as forces) group as
 *       {@code troops}.
 *   <li>Anything else groups under its head noun, the last word ("Shahed drones" and "attack
 *       drones" are {@code drones}, "T-90 tanks" {@code tanks}), except broad heads (systems,
 *       equipment, units, weapons, goods ...), which keep their modifiers ("air defence
 *       systems").
 * </ol>
 */
public final class CountedItems {
  private static final Pattern CALIBRE = Pattern.compile("\\b\\d+(\\.\\d+)?\\s*-?\\s*(mm|millimet\\w*)\\b");
  private static final Pattern NUMBER = Pattern.compile("\\b\\d[\\d,.]*\\b");
  private static final Set<String> DROP = Set.of("a", "an", "the", "of", "some", "about", "around",
      "over", "more", "than", "nearly", "almost", "up", "to", "at", "least", "million", "millions",
      "thousand", "thousands", "hundred", "hundreds", "billion", "billions", "dozen", "dozens",
      "several", "many", "additional", "other", "new", "old", "its", "their", "his", "her");
  private static final Set<String> CONTAINERS = Set.of("container", "containers", "crate",
      "crates", "box", "boxes", "shipment", "shipments", "wagon", "wagons", "railcar", "railcars",
      "truckload", "truckloads", "consignment", "consignments");
  private static final Set<String> AMMUNITION = Set.of("shell", "shells", "round", "rounds",
      "munition", "munitions", "ammunition", "ammo", "artillery");
  private static final Set<String> MISSILES = Set.of("missile", "missiles", "rocket", "rockets",
      "srbm", "srbms");
  private static final Set<String> TROOPS = Set.of("troop", "troops", "soldier", "soldiers",
      "serviceman", "servicemen", "personnel", "fighters", "forces");

  /** Heads too broad to stand alone: their modifiers are kept ("air defence systems"). */
  private static final Set<String> BROAD_HEADS = Set.of("system", "systems", "equipment", "unit",
      "units", "piece", "pieces", "item", "items", "weapon", "weapons", "products", "goods");

  private static final Set<String> FAMILIES =
      Set.of("artillery shells", "ballistic missiles", "missiles", "troops");

  private CountedItems() {}

  /** The group an item belongs to, or null when the item is missing or empty once cleaned. */
  public static String group(String item) {
    if (item == null) {
      return null;
    }
    String raw = item.toLowerCase(Locale.ROOT);
    boolean modelName = Pattern.compile("\\b[a-z]+-\\d+").matcher(raw).find();
    String s = CALIBRE.matcher(raw).replaceAll(" ");
    s = ActorKeys.normalise(NUMBER.matcher(s).replaceAll(" "));
    List<String> words = new ArrayList<>();
    for (String w : s.split(" ")) {
      if (!w.isEmpty() && !DROP.contains(w)) {
        words.add(w);
      }
    }
    if (words.isEmpty()) {
      return null;
    }
    if (CONTAINERS.contains(words.get(0))) {
      String head = plural(words.get(0));
      List<String> rest = words.subList(1, words.size());
      return rest.isEmpty() ? head : head + " of " + String.join(" ", rest);
    }
    if (words.stream().anyMatch(MISSILES::contains)) {
      boolean ballistic = modelName || words.contains("ballistic") || words.contains("srbm")
          || words.contains("srbms");
      return ballistic ? "ballistic missiles" : "missiles";
    }
    if (words.stream().anyMatch(AMMUNITION::contains)) {
      return "artillery shells";
    }
    if (words.stream().anyMatch(TROOPS::contains)) {
      return "troops";
    }
    String head = words.get(words.size() - 1);
    if (BROAD_HEADS.contains(head)) {
      return String.join(" ", words);
    }
    return head;
  }

  /**
   * The group of an item if it reads well in a title: a named family (artillery shells,
   * ballistic missiles, missiles, troops) or a single head noun (drones, tanks); null for
   * container counts and broad heads with their modifiers ("north korean made weapons").
   */
  public static String forTitle(String item) {
    String g = group(item);
    if (g == null || g.contains(" of ")) {
      return null;
    }
    if (FAMILIES.contains(g)) {
      return g;
    }
    return g.indexOf(' ') < 0 && !BROAD_HEADS.contains(g) ? g : null;
  }

  private static String plural(String w) {
    if (w.endsWith("s")) {
      return w;
    }
    return w.endsWith("x") ? w + "es" : w + "s";
  }
}
