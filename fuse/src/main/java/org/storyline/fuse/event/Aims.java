package org.storyline.fuse.event;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.core.claim.EventType;

/**
 * Agreements that talks aim at: "North Korea was continuing arms negotiations with Russia and
 * intended to strike a deal soon" gives a meeting claim and a planned agreement claim of one
 * sentence. The deal is the purpose of the negotiations, not an event of its own: a planned
 * agreement claim without a placed date whose participants are all among those of a consultation
 * claim of the same sentence joins that claim's event, which is then titled "negotiates an
 * agreement". A planned agreement with a date of its own ("will sign the accord on 3 May") is a
 * scheduled event and stays apart, as does one naming a party the talks do not name.
 */
final class Aims {
  /** The mode under which an event whose talks aim at an agreement is titled. */
  static final String TITLE_MODE = "negotiate";

  private Aims() {}

  /**
   * For each aim among the members, the consultation member of its sentence it belongs to;
   * the first such member (by processing order) when the sentence has several.
   */
  static Map<Member, Member> of(List<Member> members) {
    Map<String, Member> talksBySentence = new HashMap<>();
    for (Member m : members) {
      if (m.type() == EventType.CONSULT && !m.participants().isEmpty()) {
        talksBySentence.putIfAbsent(sentenceKey(m), m);
      }
    }
    Map<Member, Member> out = new LinkedHashMap<>();
    if (talksBySentence.isEmpty()) {
      return out;
    }
    for (Member m : members) {
      if (m.type() != EventType.AGREE || !m.planned() || m.window() != null || m.participants().isEmpty()) {
        continue;
      }
      Member talks = talksBySentence.get(sentenceKey(m));
      if (talks != null && m.participants().stream()
          .allMatch(a -> talks.participants().stream().anyMatch(b -> ActorKeys.same(a, b)))) {
        out.put(m, talks);
      }
    }
    return out;
  }

  private static String sentenceKey(Member m) {
    return m.claim().document() + "@" + m.claim().start();
  }
}
