package org.storyline.fuse.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A post named without its holder ("the North Korean leader", "Russia's defence minister"):
 * a normalised role and qualifier. The recogniser writes such mentions with the key
 * {@code title:<role>|<qualifier>} ("title:leader|north korea"); knowledge-base offices use the
 * same normalisation, so "defense minister|russian" and "minister of defence|Russia" are equal.
 *
 * @param role the role, lower case, synonyms folded ("spokesman" is "spokesperson")
 * @param qualifier the state or body: a knowledge-base id when the base knows it, else its
 *     folded name with demonyms folded ("north korea"); empty if none
 * @param qualifierText the folded name of the qualifier as written, demonyms folded
 */
record OfficeTitle(String role, String qualifier, String qualifierText) {
  private static final Map<String, String> ROLE_SYNONYMS = new LinkedHashMap<>();

  static {
    ROLE_SYNONYMS.put("defense", "defence");
    ROLE_SYNONYMS.put("minister of defence", "defence minister");
    ROLE_SYNONYMS.put("minister of national defence", "defence minister");
    ROLE_SYNONYMS.put("national defence minister", "defence minister");
    ROLE_SYNONYMS.put("defence chief", "defence minister");
    ROLE_SYNONYMS.put("secretary of defence", "defence secretary");
    ROLE_SYNONYMS.put("secretary-general", "secretary general");
    ROLE_SYNONYMS.put("secretary general of", "secretary general");
    ROLE_SYNONYMS.put("national security advisor", "national security adviser");
    ROLE_SYNONYMS.put("minister of foreign affairs", "foreign minister");
    ROLE_SYNONYMS.put("foreign affairs minister", "foreign minister");
    ROLE_SYNONYMS.put("top diplomat", "foreign minister");
    ROLE_SYNONYMS.put("spokesman", "spokesperson");
    ROLE_SYNONYMS.put("spokeswoman", "spokesperson");
    ROLE_SYNONYMS.put("spokes person", "spokesperson");
    ROLE_SYNONYMS.put("press secretary", "spokesperson");
    ROLE_SYNONYMS.put("secretary of security council", "security council secretary");
    ROLE_SYNONYMS.put("security council chief", "security council secretary");
    ROLE_SYNONYMS.put("head of security council", "security council secretary");
    ROLE_SYNONYMS.put("head of state", "leader");
    ROLE_SYNONYMS.put("prosecutor-general", "prosecutor general");
    ROLE_SYNONYMS.put("top prosecutor", "prosecutor general");
    ROLE_SYNONYMS.put("chief prosecutor", "prosecutor general");
    ROLE_SYNONYMS.put("ambassador to un", "un ambassador");
    ROLE_SYNONYMS.put("un representative", "un ambassador");
    ROLE_SYNONYMS.put("envoy to un", "un ambassador");
  }

  OfficeTitle {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(qualifierText, "qualifierText");
  }

  /** The title of a recogniser key {@code title:role|qualifier}, or null if the key is no title. */
  static OfficeTitle fromKey(String key, KnowledgeBase kb) {
    if (key == null || !key.startsWith("title:")) {
      return null;
    }
    String body = key.substring("title:".length());
    int bar = body.indexOf('|');
    String role = bar < 0 ? body : body.substring(0, bar);
    String qualifier = bar < 0 ? "" : body.substring(bar + 1);
    OfficeTitle t = of(role, qualifier, kb);
    return t.role().isEmpty() ? null : t;
  }

  /** Normalises a role and a qualifier; a state named inside the role moves to the qualifier. */
  static OfficeTitle of(String role, String qualifier, KnowledgeBase kb) {
    List<String> roleWords = new ArrayList<>(NameTables.get().foldDemonyms(NameText.words(role)));
    roleWords.removeIf(w -> w.equals("the"));
    String q = String.join(" ", withoutThe(NameTables.get().foldDemonyms(NameText.words(qualifier == null ? "" : qualifier))));
    if (q.isEmpty()) {
      String[] state = takeState(roleWords);
      if (state != null) {
        q = state[0];
        roleWords = new ArrayList<>(List.of(state[1].isEmpty() ? new String[0] : state[1].split(" ")));
      }
    }
    if (q.isEmpty() && kb != null) {
      String[] body = takeKnownBody(roleWords, kb);
      if (body != null) {
        q = body[0];
        roleWords = new ArrayList<>(List.of(body[1].split(" ")));
      }
    }
    String r = normaliseRole(String.join(" ", roleWords));
    String qid = q;
    if (kb != null && !q.isEmpty()) {
      String id = kb.qualifierId(qualifier == null || qualifier.isBlank() ? q : qualifier.strip(), q);
      if (id != null) {
        qid = id;
      }
    }
    return new OfficeTitle(r, qid, q);
  }

  /** The key of the post: {@code role|qualifier}. */
  String key() {
    return role + "|" + qualifier;
  }

  /** Folds a stretch of text the way titles are folded, padded with spaces for word search. */
  static String foldContext(String text) {
    return " " + normaliseRole(String.join(" ", NameTables.get().foldDemonyms(NameText.words(text)))) + " ";
  }

  private static String normaliseRole(String words) {
    String r = " " + words + " ";
    r = r.replace(" of the ", " of ");
    for (Map.Entry<String, String> e : ROLE_SYNONYMS.entrySet()) {
      r = r.replace(" " + e.getKey() + " ", " " + e.getValue() + " ");
    }
    return r.strip();
  }

  private static String[] takeState(List<String> words) {
    NameTables tables = NameTables.get();
    for (int i = 0; i < words.size(); i++) {
      int len = i + 1 < words.size() && tables.isCountryPhrase(words.get(i) + " " + words.get(i + 1)) ? 2
          : tables.isCountryPhrase(words.get(i)) ? 1 : 0;
      if (len > 0) {
        String state = String.join(" ", words.subList(i, i + len));
        List<String> rest = new ArrayList<>(words.subList(0, i));
        rest.addAll(words.subList(i + len, words.size()));
        return new String[] {state, String.join(" ", rest)};
      }
    }
    return null;
  }

  /** A state or body the knowledge base knows, named inside the role ("nato secretary general"). */
  private static String[] takeKnownBody(List<String> words, KnowledgeBase kb) {
    for (int len = Math.min(3, words.size() - 1); len >= 1; len--) {
      for (int i = 0; i + len <= words.size(); i++) {
        String phrase = String.join(" ", words.subList(i, i + len));
        if (kb.qualifierId(phrase, phrase) != null) {
          List<String> rest = new ArrayList<>(words.subList(0, i));
          rest.addAll(words.subList(i + len, words.size()));
          return new String[] {phrase, String.join(" ", rest)};
        }
      }
    }
    return null;
  }

  private static List<String> withoutThe(List<String> words) {
    List<String> out = new ArrayList<>(words);
    out.removeIf(w -> w.equals("the"));
    return out;
  }

}
