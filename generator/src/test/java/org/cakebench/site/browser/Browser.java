package org.cakebench.site.browser;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by its chromedriver (no Selenium Manager, no network): loads
 * pages, reads the console, checks images and contrast, and takes full-page screenshots.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Skips the calling test, with the reason, when Chromium or its driver is not installed. */
  static void assumeInstalled() {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser tests need Debian's chromium and chromium-driver at /usr/bin/chromium and"
            + " /usr/bin/chromedriver (apt-get install -y chromium chromium-driver)");
  }

  static Browser start() throws IOException {
    // Selenium warns that it has no CDP bindings for this Chromium; the tests need none.
    Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
    Path profile = Files.createTempDirectory("cakebench-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    return new Browser(new ChromeDriver(service, options), profile);
  }

  /** Opens {@code url} and waits until it has loaded, including every (lazy) image. */
  void open(String url) {
    driver.get(url);
    js("document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager');");
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(
            d ->
                Boolean.TRUE.equals(
                    js(
                        "return document.readyState === 'complete' &&"
                            + " Array.from(document.images).every(i => i.complete);")));
  }

  /**
   * Waits until the script {@code condition} (an expression) is true, at most ten seconds: for a
   * layout that a resize or a style sheet applies after the page has loaded.
   */
  void waitFor(String condition) {
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .withMessage("waiting for " + condition)
        .until(d -> Boolean.TRUE.equals(js("return " + condition + ";")));
  }

  /** Console messages at SEVERE level since the last call. */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** The sources of images that did not decode (naturalWidth 0). */
  @SuppressWarnings("unchecked")
  List<String> brokenImages() {
    return (List<String>)
        js(
            "return Array.from(document.images).filter(i => !(i.naturalWidth > 0))"
                + ".map(i => i.currentSrc || i.src);");
  }

  /** Text elements whose colour contrast is below WCAG AA (see contrast.js). */
  @SuppressWarnings("unchecked")
  List<String> lowContrast() {
    return (List<String>) js(resource("contrast.js"));
  }

  /** Switches prefers-color-scheme (light or dark) for the following pages. */
  void colourScheme(String scheme) {
    driver.executeCdpCommand(
        "Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  /** Emulates print media ({@code print}) or the screen ({@code ""}). */
  void media(String media) {
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
  }

  /** Sets the viewport width (CSS pixels). */
  void width(int width) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
  }

  /** Saves a screenshot of the whole page. */
  void screenshot(Path file) {
    Number height = (Number) js("return document.documentElement.scrollHeight;");
    Number width = (Number) js("return document.documentElement.scrollWidth;");
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of(
                "format",
                "png",
                "captureBeyondViewport",
                true,
                "clip",
                Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  static String resource(String name) {
    try (InputStream in = Browser.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
