package org.storyline.fuse.event;

import java.util.Locale;
import java.util.Map;

/**
 * Groups event modes that describe the same kind of happening, so that claims of one event
 * whose extractors chose different but related modes still fuse: {@code visit}, {@code meet},
 * {@code talks} and {@code summit} are all an encounter; {@code strike}, {@code missile} and
 * {@code shelling} all an attack; {@code military}, {@code arms} and {@code supply} all a
 * transfer; {@code agree} and {@code sign} an agreement; {@code praise} and {@code support};
 * {@code warn} and {@code threaten}; {@code deny} and {@code reject}. Any other mode is its own family; a missing mode fits every family.
 */
final class ModeFamilies {
  private static final Map<String, String> FAMILY = Map.ofEntries(
      Map.entry("visit", "encounter"), Map.entry("meet", "encounter"),
      Map.entry("meeting", "encounter"), Map.entry("talks", "encounter"),
      Map.entry("talk", "encounter"), Map.entry("summit", "encounter"),
      Map.entry("host", "encounter"), Map.entry("discuss", "encounter"),
      Map.entry("consult", "encounter"), Map.entry("call", "encounter"),
      Map.entry("phone", "encounter"), Map.entry("telephone", "encounter"),
      Map.entry("strike", "attack"), Map.entry("airstrike", "attack"),
      Map.entry("missile", "attack"), Map.entry("shelling", "attack"),
      Map.entry("attack", "attack"), Map.entry("bombing", "attack"),
      Map.entry("drone", "attack"), Map.entry("launch", "attack"), Map.entry("fire", "attack"),
      Map.entry("bombardment", "attack"),
      Map.entry("agree", "agreement"), Map.entry("sign", "agreement"),
      Map.entry("agreement", "agreement"), Map.entry("pact", "agreement"),
      Map.entry("support", "support"), Map.entry("praise", "support"),
      Map.entry("warn", "threat"), Map.entry("threaten", "threat"),
      Map.entry("deny", "denial"), Map.entry("reject", "denial"), Map.entry("dismiss", "denial"),
      Map.entry("military", "transfer"), Map.entry("arms", "transfer"),
      Map.entry("weapons", "transfer"), Map.entry("supply", "transfer"),
      Map.entry("deliver", "transfer"), Map.entry("delivery", "transfer"),
      Map.entry("transfer", "transfer"), Map.entry("ammunition", "transfer"));

  private ModeFamilies() {}

  /** The family of a mode, or null for a missing or blank mode. */
  static String of(String mode) {
    if (mode == null || mode.isBlank()) {
      return null;
    }
    String m = mode.trim().toLowerCase(Locale.ROOT);
    return FAMILY.getOrDefault(m, m);
  }
}
