package org.storyline.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * Every page of the UI on a store whose titles, outlets, bodies, chrome, event titles and evidence
 * hold {@code <script>} and {@code <img onerror>}: the markup shows as text and never runs.
 */
class HostileTextBrowserTest {
  @TempDir static Path tmp;
  static WorkbenchServer server;
  static Browser browser;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    browser = new Browser();
    server = WorkbenchServer.create(StoreSnapshot.load(HandMadeStore.write(tmp.resolve("store"))), ServerOptions.loopback());
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

  @ParameterizedTest
  @ValueSource(strings = {"#/", "#/event/" + HandMadeStore.HOSTILE_EVENT, "#/document/" + HandMadeStore.D3,
      "#/document/" + HandMadeStore.D2, "#/search?q=hostile", "#/documents", "#/entity/" + HandMadeStore.ANKARA, "#/trails"})
  void markupIsText(String page) {
    browser.open(base + page);
    browser.js("document.querySelectorAll('details').forEach(d => d.open = true);");
    String text = browser.driver.findElement(By.id("view")).getText();
    boolean expectsMarkup = !page.contains("entity") && !page.contains("trails");
    if (expectsMarkup) {
      assertTrue(text.contains("<script>") || text.contains("<img src=x onerror="), page + ": " + text);
    }
    assertTrue(browser.driver.findElements(By.cssSelector("#view script, #view img, #view b, #view i")).isEmpty(), page);
    assertEquals(Boolean.TRUE, browser.js("return window.__pwned === undefined;"), page);
    List<?> errors = (List<?>) browser.js("return Array.from(document.querySelectorAll('.error')).map(e => e.textContent);");
    assertTrue(errors.isEmpty(), page + ": " + errors);
  }
}
