package org.cakebench.site.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.cakebench.site.ReportSite;
import org.cakebench.site.SiteFixture;
import org.cakebench.testing.Needs;
import org.cakebench.testing.Requirement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Figures are shown as their SVG documents under the site's Content-Security-Policy, from a
 * sub-path and from file://: they render, and a link inside one (a hotspot on a marker, {@code
 * target="_top"}) opens the model's page in the top window, not inside the figure. The test figures
 * of the synthetic site carry such a hotspot over their second bar (ResNet-50).
 */
@Tag("browser")
@Needs(Requirement.CHROMIUM)
class FiguresInBrowserTest {
  @TempDir static Path dir;
  static Path out;
  static StaticServer server;
  static Browser browser;

  @BeforeAll
  static void build() throws IOException {
    browser = BrowserSite.get().browser;
    out = dir.resolve("site");
    ReportSite.render(SiteFixture.synthetic(dir, 19), out);
    server = new StaticServer(out);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  private WebElement loadedFigure(String url) {
    browser.consoleErrors();
    browser.open(url);
    WebElement object = browser.driver.findElement(By.cssSelector("#figure-shape-bias object"));
    // The SVG rendered: the object has the figure's size, and no policy blocked it.
    new WebDriverWait(browser.driver, Duration.ofSeconds(10))
        .until(d -> object.getSize().getHeight() > 100);
    assertThat(browser.consoleErrors()).isEmpty();
    return object;
  }

  private void clickTheHotspotOf(WebElement object) {
    // The hotspot covers the second bar: x 120-170, y 100-175 of 320 x 200, scaled to the object.
    double scale = object.getSize().getWidth() / 320.0;
    int x = (int) Math.round((145 - 160) * scale);
    int y = (int) Math.round((140 - 100) * scale);
    new Actions(browser.driver).moveToElement(object, x, y).click().perform();
    new WebDriverWait(browser.driver, Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().endsWith("model-resnet50.html"));
  }

  @Test
  void aLinkInsideAFigureOpensTheModelPageInTheTopWindowFromASubPath() {
    WebElement object = loadedFigure(server.base() + "shape-bias.html");
    clickTheHotspotOf(object);
    assertThat(browser.driver.getCurrentUrl()).isEqualTo(server.base() + "model-resnet50.html");
    assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("ResNet-50");
  }

  @Test
  void aLinkInsideAFigureOpensTheModelPageFromFileUrls() {
    WebElement object = loadedFigure(out.resolve("shape-bias.html").toUri().toString());
    clickTheHotspotOf(object);
    assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("ResNet-50");
  }

  @Test
  void theFigureKeepsItsProportionsOnAPhone() {
    browser.width(390);
    try {
      WebElement object = loadedFigure(server.base() + "shape-bias.html");
      assertThat(object.getSize().getWidth()).isLessThanOrEqualTo(390);
      assertThat((double) object.getSize().getHeight() / object.getSize().getWidth())
          .isCloseTo(200.0 / 320, org.assertj.core.data.Offset.offset(0.02));
    } finally {
      browser.width(1280);
    }
  }
}
