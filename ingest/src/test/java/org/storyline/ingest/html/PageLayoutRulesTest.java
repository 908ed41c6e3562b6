package org.storyline.ingest.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.core.document.Extraction;
import org.storyline.core.document.SourceDocument;
import org.storyline.core.document.SourceFormat;
import org.storyline.core.document.SourceRef;

/** Layout classes that look like chrome but hold the article: sidebar layouts and folded accordion panels. */
class PageLayoutRulesTest {
  private static final List<String> STEPS = List.of(
      "Before the mission arrives, the host ministry collects a year of customs records so that the inspectors "
          + "can compare declared cargo with what the port cranes actually moved.",
      "The inspectors then visit the warehouses named in the records, photograph the seals on each container "
          + "and note any that were replaced since the last inspection round.",
      "Finally the team writes a short report for the council, listing open questions for the ministry and "
          + "proposing dates for a follow-up visit within the next six months.");

  private static Extraction extract(String html) {
    return new HtmlMainTextExtractor().extract(new SourceDocument(
        new SourceRef("p.html", "https://news.test/inspections", SourceFormat.HTML, null), html, true, null, null,
        null, null));
  }

  @Test
  void aLayoutWithASidebarIsNotTheSidebar() {
    StringBuilder html = new StringBuilder("<html><body><h1>How port inspections work</h1>"
        + "<div class=\"c-layout-sidebar-left\"><div class=\"c-layout-side\"><ul><li><a href=\"/a\">Guides</a></li>"
        + "<li><a href=\"/b\">News</a></li></ul></div><div class=\"c-layout-main\">");
    STEPS.forEach(s -> html.append("<p>").append(s).append("</p>"));
    html.append("</div></div>");
    for (String desk : List.of("north", "south")) {
      // two boxes of other guides that together outweigh the article
      html.append("<div class=\"sidebar also-see\"><p>").append(STEPS.get(0).replace("mission", "delegation from the "
          + desk)).append("</p><p>").append(STEPS.get(1).replace("inspectors", "auditors of the " + desk))
          .append("</p></div>");
    }
    html.append("</body></html>");
    Extraction e = extract(html.toString());
    for (String s : STEPS) {
      assertTrue(e.body().contains(s), e.body());
    }
    assertFalse(e.body().contains("delegation"), "a real sidebar still goes: " + e.body());
  }

  @Test
  void foldedAccordionPanelsAreArticleTextButHiddenMenusAreNot() {
    StringBuilder html = new StringBuilder("<html><body><article><h1>How port inspections work</h1>"
        + "<p>Customs inspections follow three steps, which the council published after the last review of the "
        + "port, together with the forms that exporters must fill in.</p><div class=\"faq-accordion\">");
    for (int i = 0; i < STEPS.size(); i++) {
      html.append("<button>Step ").append(i + 1).append("</button><div class=\"accordion__panel\" hidden><p>")
          .append(STEPS.get(i)).append("</p></div>");
    }
    html.append("</div></article><div class=\"mobile-menu\" hidden><p>Home page of the council, news, guides "
        + "for exporters, contact details and the list of all our regional offices.</p></div></body></html>");
    Extraction e = extract(html.toString());
    for (String s : STEPS) {
      assertTrue(e.body().contains(s), e.body());
    }
    assertFalse(e.body().contains("regional offices"), e.body());
  }
}
