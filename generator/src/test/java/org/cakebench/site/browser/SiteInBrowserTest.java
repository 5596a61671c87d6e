package org.cakebench.site.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.cakebench.site.SiteResult;
import org.cakebench.testing.Needs;
import org.cakebench.testing.Requirement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The site of the published data (shared mirror, with the figures stage's figures; the synthetic
 * study where the mirror is absent) in headless Chromium, served from a sub-path as GitHub Pages
 * would and opened from file://: no console errors, every image decodes, navigation, sorting and
 * the lightbox work, text meets AA contrast in both colour schemes. Screenshots go to
 * target/screenshots/.
 */
@Tag("browser")
@Needs(Requirement.CHROMIUM)
class SiteInBrowserTest {
  static final Path SCREENSHOTS = Path.of("target/screenshots");
  static Path out;
  static SiteResult site;
  static StaticServer server;
  static Browser browser;

  @BeforeAll
  static void start() throws IOException {
    BrowserSite s = BrowserSite.get();
    out = s.out;
    site = s.site;
    server = s.server;
    browser = s.browser;
  }

  @Test
  void everyPageLoadsWithoutConsoleErrorsAndEveryImageDecodes() {
    browser.consoleErrors();
    for (String page : site.pages()) {
      browser.open(server.base() + page);
      assertThat(browser.consoleErrors()).as(page).isEmpty();
      assertThat(browser.brokenImages()).as(page).isEmpty();
      assertThat(browser.driver.findElements(By.tagName("h1"))).as(page).hasSize(1);
    }
  }

  @Test
  void navigationReachesEverySectionFromTheHomePage() {
    browser.open(server.base());
    for (String label :
        List.of("3.1 OOD generalisation", "3.4 Shape bias", "Leaderboard", "Summary")) {
      browser.driver.findElement(By.linkText(label)).click();
      new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
          .until(ExpectedConditions.attributeToBe(By.linkText(label), "aria-current", "page"));
    }
    assertThat(browser.driver.getCurrentUrl()).endsWith("/cakebench/index.html");
    assertThat(browser.driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("Supervised and self-supervised models vs. humans");
  }

  @Test
  void figureOpensFullSizeInTheLightboxAndEscapeClosesIt() {
    browser.open(server.base() + "shape-bias.html");
    browser.driver.findElement(By.cssSelector("figure.figure a.zoom")).click();
    WebElement dialog = browser.driver.findElement(By.cssSelector("dialog.lightbox"));
    new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
        .until(d -> dialog.getAttribute("open") != null);
    new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
        .until(
            d ->
                ((Number)
                            browser.js(
                                "return document.querySelector('dialog.lightbox img').naturalWidth;"))
                        .intValue()
                    > 0);
    assertThat(browser.driver.getCurrentUrl()).endsWith("shape-bias.html");
    dialog.sendKeys(Keys.ESCAPE);
    new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
        .until(d -> dialog.getAttribute("open") == null);
  }

  @Test
  void worksFromFileUrlsUnderTheContentSecurityPolicy() {
    browser.consoleErrors();
    browser.open(out.resolve("leaderboard.html").toUri().toString());
    assertThat(browser.consoleErrors()).isEmpty();
    assertThat(browser.brokenImages()).isEmpty();
    // The stylesheet applied and the script ran: the sort button works.
    assertThat(
            (String)
                browser.js(
                    "return getComputedStyle(document.querySelector('.site-title')).fontWeight;"))
        .isEqualTo("700");
    By rank = By.cssSelector("#leaderboard thead tr:last-child th:nth-child(2)");
    browser.driver.findElement(rank).findElement(By.tagName("button")).click();
    assertThat(browser.driver.findElement(rank).getAttribute("aria-sort")).isEqualTo("ascending");
  }

  @Test
  void textMeetsAaContrastInLightAndDarkSchemes() {
    for (String scheme : List.of("light", "dark")) {
      browser.colourScheme(scheme);
      for (String page :
          List.of(
              "index.html",
              "image-errors.html",
              "leaderboard.html",
              "dataset-cue-conflict.html",
              "downloads.html",
              "references.html")) {
        browser.open(server.base() + page);
        assertThat(browser.lowContrast()).as(scheme + " " + page).isEmpty();
      }
    }
    browser.colourScheme("light");
  }

  @Test
  void contrastCheckFindsTextBelowAa() {
    browser.open(server.base() + "methods.html");
    // The CSP forbids style attributes in markup, not styles set by a test through the CSSOM.
    browser.js(
        "const p = document.createElement('p'); p.textContent = 'grey on grey';"
            + " p.style.color = '#777'; p.style.background = '#888';"
            + " document.querySelector('main').append(p);");
    assertThat(browser.lowContrast()).anySatisfy(p -> assertThat(p).contains("grey on grey"));
  }

  @Test
  void printsContentWithoutNavigation() {
    browser.open(server.base() + "shape-bias.html");
    browser.media("print");
    try {
      assertThat(
              browser.js("return getComputedStyle(document.querySelector('.site-nav')).display;"))
          .isEqualTo("none");
      assertThat(browser.js("return getComputedStyle(document.querySelector('main')).display;"))
          .isEqualTo("block");
      browser.screenshot(SCREENSHOTS.resolve("shape-bias-print.png"));
    } finally {
      browser.media("");
    }
  }

  @Test
  void savesScreenshotsOfTheHomePageAndASectionPage() {
    for (String scheme : List.of("light", "dark")) {
      browser.colourScheme(scheme);
      for (int width : List.of(1280, 390)) {
        browser.width(width);
        for (String page :
            List.of(
                "index.html",
                "shape-bias.html",
                "leaderboard.html",
                "datasets.html",
                "image-errors.html")) {
          browser.open(server.base() + page);
          assertThat(
                  ((Number) browser.js("return document.documentElement.scrollWidth;")).intValue())
              .as("no sideways scrolling of %s at %d px", page, width)
              .isLessThanOrEqualTo(width);
          Path file =
              SCREENSHOTS.resolve(page.replace(".html", "") + "-" + width + "-" + scheme + ".png");
          browser.screenshot(file);
          assertThat(file).isNotEmptyFile();
        }
      }
    }
    browser.colourScheme("light");
    browser.width(1280);
  }
}
