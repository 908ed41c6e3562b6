package org.storyline.nlp;

import java.util.List;
import java.util.stream.Collectors;
import org.storyline.core.claim.Claim;
import org.storyline.core.claim.ClaimKind;
import org.storyline.core.document.Article;
import org.storyline.core.document.SourceFormat;
import org.storyline.core.document.SourceRef;
import org.storyline.core.entity.EntityRef;
import org.storyline.core.entity.Mention;
import org.storyline.core.stage.DocumentAnalysis;
import org.storyline.core.time.DateBasis;
import org.storyline.core.time.PublicationDate;

/** Test helpers: builds articles, runs the shared analyzer, and picks claims and actors. */
final class Analyses {
  private Analyses() {}

  static Article article(String id, String body, String date) {
    PublicationDate pd = date == null ? null : new PublicationDate(date, null, DateBasis.GIVEN, 1.0);
    return new Article(id, new SourceRef(id + ".txt", null, SourceFormat.TEXT, null), null, null, List.of(), pd,
        "en", body, null, List.of());
  }

  static DocumentAnalysis analyze(String body, String date) {
    return CoreNlpAnalyzer.shared().analyze(article("t-" + Integer.toHexString(body.hashCode()), body, date));
  }

  /** The event claim whose trigger is {@code trigger}. */
  static Claim event(DocumentAnalysis a, String trigger) {
    return a.claims().stream()
        .filter(c -> c.kind() == ClaimKind.EVENT && c.event().trigger().equals(trigger))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no event claim triggered by '" + trigger + "' in " + describe(a)));
  }

  static List<String> names(Claim c, String role) {
    return c.actors().stream().filter(r -> role.equals(r.role())).map(EntityRef::name).collect(Collectors.toList());
  }

  static Mention mention(DocumentAnalysis a, String text) {
    return a.mentions().stream().filter(m -> m.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + a.mentions()));
  }

  static String describe(DocumentAnalysis a) {
    return a.claims().stream()
        .map(c -> c.kind() + (c.event() == null ? "" : " " + c.event().type() + "/" + c.event().trigger())
            + " " + c.actors().stream().map(r -> r.role() + "=" + r.name()).collect(Collectors.joining(",")))
        .collect(Collectors.joining("; "));
  }
}
