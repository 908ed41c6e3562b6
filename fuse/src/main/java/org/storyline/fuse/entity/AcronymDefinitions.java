package org.storyline.fuse.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronyms a document defines itself: a written-out name followed by its initials in brackets
 * ("the Research Institute of America (RIA)"). In that document the acronym names what the
 * document spelled out, whatever the knowledge base says the acronym usually means.
 */
final class AcronymDefinitions {
  private static final Pattern BRACKETED = Pattern.compile("\\A\\s*\\(\\s*([A-Z][A-Za-z.&]{1,9})\\s*\\)");

  private AcronymDefinitions() {}

  /** Node index of each acronym mention a document defines, to the node of its written-out name. */
  static Map<Integer, Integer> find(Corpus corpus) {
    Map<Integer, Integer> out = new HashMap<>();
    for (Map.Entry<String, List<MentionNode>> doc : corpus.byDocument.entrySet()) {
      String body = corpus.body(doc.getKey());
      if (body == null) {
        continue;
      }
      Map<String, MentionNode> defined = new HashMap<>();
      for (MentionNode n : doc.getValue()) {
        NameForm f = n.form();
        if (n.isTitle() || f.isPerson() || f.acronym() != null || f.initials() == null) {
          continue;
        }
        int end = n.mention().span().end();
        Matcher m = BRACKETED.matcher(body).region(end, Math.min(body.length(), end + 16));
        m.useAnchoringBounds(true);
        if (m.lookingAt()) {
          String acronym = NameForm.of(m.group(1), n.mention().type()).acronym();
          if (f.initials().equals(acronym)) {
            defined.putIfAbsent(acronym, n);
          }
        }
      }
      if (defined.isEmpty()) {
        continue;
      }
      for (MentionNode n : doc.getValue()) {
        MentionNode full = n.form().acronym() == null ? null : defined.get(n.form().acronym());
        if (full != null && !n.isTitle()) {
          out.put(n.index(), full.index());
        }
      }
    }
    return out;
  }
}
