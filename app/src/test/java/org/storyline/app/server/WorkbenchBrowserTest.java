package org.storyline.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The web UI in headless Chromium on the seeds store: zoom the timeline, open the 2023-09-13
 * summit, see its source sentences highlighted, follow a link to a document, search "Hwasong".
 */
class WorkbenchBrowserTest {
  static WorkbenchServer server;
  static Browser browser;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    browser = new Browser();
    server = WorkbenchServer.create(StoreSnapshot.load(SeedsStore.get()), ServerOptions.loopback());
    base = "http://127.0.0.1:" + server.start() + "/";
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void analystWalkThrough() throws Exception {
    browser.open(base);
    WebElement chart = browser.driver.findElement(By.id("timeline"));
    int before = Integer.parseInt(chart.getAttribute("data-span"));
    assertTrue(browser.driver.findElements(By.cssSelector("#timeline .event-mark")).size() >= 3);
    browser.screenshot("timeline");
    browser.driver.findElement(By.id("zoom-in")).click();
    browser.driver.findElement(By.id("zoom-in")).click();
    int after = Integer.parseInt(browser.driver.findElement(By.id("timeline")).getAttribute("data-span"));
    assertTrue(after < before / 3, "zoom in: " + before + " -> " + after + " days");
    browser.driver.findElement(By.id("zoom-reset")).click();

    String summit = SeedsWorkbenchTest.summit(new Http(server.port())).get("id").asText();
    JsonNode detail = new Http(server.port()).get("/api/events/" + summit).json();
    Set<String> sentences = new HashSet<>();
    detail.get("claims").forEach(c -> sentences.add(c.get("claim").get("sentence").asText().strip()));
    try {
      browser.driver.findElement(By.cssSelector("#timeline .event-mark[data-id='" + summit + "']")).click();
    } catch (org.openqa.selenium.WebDriverException covered) {
      browser.driver.findElement(By.cssSelector(".event-row[data-id='" + summit + "'] a.event-link")).click();
    }
    browser.waitFor(() -> browser.driver.getCurrentUrl().contains("#/event/"), "event page");
    browser.waitRendered();
    assertTrue(browser.driver.getCurrentUrl().endsWith("#/event/" + summit));
    List<WebElement> marks = browser.driver.findElements(By.cssSelector("mark.claim-sentence"));
    assertEquals(detail.get("claims").size(), marks.size(), "one highlighted sentence per claim");
    assertTrue(marks.size() >= 1);
    Set<String> shown = new HashSet<>();
    marks.forEach(m -> shown.add(m.getText().strip()));
    assertEquals(sentences, shown, "every source sentence is highlighted");
    assertTrue(browser.driver.findElement(By.cssSelector(".event-date")).getText().contains("2023"));
    browser.screenshot("event");

    WebElement docLink = browser.driver.findElements(By.cssSelector("a.doc-link")).get(0);
    docLink.click();
    browser.waitRendered();
    assertTrue(browser.driver.getCurrentUrl().contains("#/document/"));
    assertFalse(browser.driver.findElements(By.cssSelector("#doc-body .hl-claim.focus")).isEmpty(), "claim highlighted in the document");
    assertFalse(browser.driver.findElements(By.cssSelector("#doc-body .hl-entity")).isEmpty(), "entities highlighted");
    browser.screenshot("document");

    WebElement box = browser.driver.findElement(By.id("search-input"));
    box.clear();
    box.sendKeys("Hwasong", Keys.ENTER);
    browser.waitFor(() -> browser.driver.getCurrentUrl().contains("#/search"), "search page");
    browser.waitRendered();
    List<WebElement> hits = browser.driver.findElements(By.cssSelector(".search-hit"));
    assertTrue(hits.size() >= 1, "no hits for Hwasong");
    assertTrue(hits.get(0).getText().toLowerCase().contains("hwasong"), hits.get(0).getText());
    assertFalse(browser.driver.findElements(By.cssSelector(".facet li a")).isEmpty(), "facets");
    browser.screenshot("search");

    browser.open(base + "#/trails");
    browser.screenshot("trails");
    String entity = server.snapshot().entities().stream()
        .max(java.util.Comparator.comparingInt(e -> server.snapshot().eventsOfEntity(e.id()).size())).orElseThrow().id();
    browser.open(base + "#/entity/" + entity);
    assertFalse(browser.driver.findElements(By.cssSelector("svg.network .node")).isEmpty(), "co-occurrence network");
    browser.screenshot("entity");
    assertEquals(Boolean.TRUE, browser.js("return window.__pwned === undefined;"));
  }

  @Test
  void hostileSeedArticleShowsAsText() {
    JsonNode docs = new Http(server.port()).get("/api/documents?text=pwned").json();
    assertEquals(1, docs.get("total").asInt(), docs.toString());
    String id = docs.get("items").get(0).get("id").asText();
    browser.open(base + "#/document/" + id);
    String body = browser.driver.findElement(By.id("doc-body")).getText();
    assertTrue(body.contains("onerror") || body.contains("<script>"), body);
    assertTrue(browser.driver.findElements(By.cssSelector("#view img, #view script")).isEmpty());
    browser.open(base + "#/search?q=pwned");
    assertTrue(browser.driver.findElements(By.cssSelector("#view img, #view script")).isEmpty());
    assertEquals(Boolean.TRUE, browser.js("return window.__pwned === undefined;"));
  }
}
