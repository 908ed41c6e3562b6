package org.storyline.nlp.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storyline.core.claim.Claim;
import org.storyline.core.claim.ClaimKind;
import org.storyline.core.claim.EventType;
import org.storyline.core.claim.Stance;
import org.storyline.core.entity.EntityRef;
import org.storyline.core.entity.Mention;
import org.storyline.core.text.Span;
import org.storyline.nlp.mention.SentenceMentions;

/**
 * Points each denial (a REJECT claim) at the claim it denies: an event denied in the same
 * sentence ("denied that it had shipped drones"), else the latest alleged claim of the last few
 * sentences that involves one of the deniers ("X accused Pyongyang of ... . Pyongyang denied the
 * accusations"), else the latest alleged claim of the previous two sentences.
 */
final class DenialLinker {
  private static final int LOOKBACK_SENTENCES = 4;

  private DenialLinker() {}

  static List<Claim> link(List<Claim> claims, List<SentenceMentions> mentions) {
    Map<Span, String> keys = new HashMap<>();
    for (SentenceMentions sm : mentions) {
      for (Mention m : sm.all()) {
        keys.put(m.span(), m.key() == null ? m.text().toLowerCase(Locale.ROOT) : m.key());
      }
    }
    List<Integer> sentenceStarts = new ArrayList<>();
    for (Claim c : claims) {
      if (sentenceStarts.isEmpty() || sentenceStarts.get(sentenceStarts.size() - 1) != c.start()) {
        sentenceStarts.add(c.start());
      }
    }
    List<Claim> out = new ArrayList<>(claims);
    for (int i = 0; i < out.size(); i++) {
      Claim c = out.get(i);
      if (c.kind() != ClaimKind.EVENT || c.event().type() != EventType.REJECT || c.denies() != null) {
        continue;
      }
      String denied = sameSentence(out, c);
      if (denied == null) {
        denied = earlier(out, i, c, keys, sentenceStarts);
      }
      if (denied != null) {
        out.set(i, new Claim(c.id(), c.document(), c.sentence(), c.start(), c.end(), c.kind(), c.event(), c.actors(),
            c.place(), c.date(), c.quantities(), c.attribution(), c.stance(), c.quote(), denied, c.confidence()));
      }
    }
    return out;
  }

  private static String sameSentence(List<Claim> claims, Claim reject) {
    for (Claim o : claims) {
      if (o != reject && o.start() == reject.start() && o.kind() == ClaimKind.EVENT
          && o.event().type() != EventType.REJECT && o.stance() == Stance.DENIED) {
        return o.id();
      }
    }
    return null;
  }

  private static String earlier(List<Claim> claims, int at, Claim reject, Map<Span, String> keys,
      List<Integer> starts) {
    Set<String> deniers = new HashSet<>();
    for (EntityRef r : reject.actors()) {
      if ("source".equals(r.role()) && r.span() != null) {
        deniers.add(keys.getOrDefault(r.span(), r.name().toLowerCase(Locale.ROOT)));
      }
    }
    int here = starts.indexOf(reject.start());
    String fallback = null;
    for (int j = at - 1; j >= 0; j--) {
      Claim o = claims.get(j);
      int back = here - starts.indexOf(o.start());
      if (back > LOOKBACK_SENTENCES) {
        break;
      }
      if (o.kind() != ClaimKind.EVENT || o.stance() != Stance.ALLEGED) {
        continue;
      }
      for (EntityRef r : o.actors()) {
        if (r.span() != null && deniers.contains(keys.getOrDefault(r.span(), r.name().toLowerCase(Locale.ROOT)))) {
          return o.id();
        }
      }
      if (fallback == null && back <= 2) {
        fallback = o.id();
      }
    }
    return fallback;
  }
}
