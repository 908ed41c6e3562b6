package org.storyline.nlp.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storyline.core.claim.EventType;
import org.storyline.core.error.ErrorCode;
import org.storyline.core.error.StorylineException;

/** The trigger table of {@code triggers.tsv}: lemma and part of speech to event rules, in file order. */
public final class TriggerTable {
  private final Map<String, List<TriggerRule>> rules = new HashMap<>();

  /** Loads the table shipped with storyline. */
  public static TriggerTable load() {
    return new TriggerTable(ResourceRows.read("/org/storyline/nlp/claim/triggers.tsv", 6));
  }

  /** A table from rows of six columns: lemma, V|N, type, mode, needs, frame. */
  public TriggerTable(List<String[]> rows) {
    for (String[] r : rows) {
      if (!r[1].equals("V") && !r[1].equals("N")) {
        throw new StorylineException(ErrorCode.INTERNAL_ERROR, "trigger " + r[0] + ": part of speech must be V or N");
      }
      TriggerRule rule = new TriggerRule(r[0], r[1].equals("V"), EventType.valueOf(r[2]), r[3],
          r[4].equals("-") ? null : r[4], Frame.valueOf(r[5].toUpperCase(Locale.ROOT)));
      rules.computeIfAbsent(key(rule.lemma(), rule.verb()), k -> new ArrayList<>()).add(rule);
    }
  }

  private static String key(String lemma, boolean verb) {
    return (verb ? "V:" : "N:") + lemma;
  }

  /** The rules for a lemma as a verb or noun, in table order; empty if it is no trigger. */
  public List<TriggerRule> rules(String lemma, boolean verb) {
    return rules.getOrDefault(key(lemma.toLowerCase(Locale.ROOT), verb), List.of());
  }
}
