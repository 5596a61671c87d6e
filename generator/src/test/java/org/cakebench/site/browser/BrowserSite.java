package org.cakebench.site.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.cakebench.site.ReportSite;
import org.cakebench.site.SiteFixture;
import org.cakebench.site.SiteResult;

/**
 * The site every browser test reads, built once per test run: the published data (shared mirror,
 * with the figures stage's figures) or, where the mirror is absent, the synthetic study; served
 * from a sub-path as GitHub Pages would, and one headless Chromium. Closed when the JVM exits.
 */
final class BrowserSite {
  private static BrowserSite instance;

  final Path dir;
  final Path out;
  final SiteResult site;
  final boolean shared;
  final StaticServer server;
  final Browser browser;

  private BrowserSite() throws IOException {
    dir = Files.createTempDirectory("cakebench-browser-site");
    out = dir.resolve("site");
    shared = Files.isDirectory(SiteFixture.sharedData().resolve("raw-data"));
    site =
        ReportSite.render(shared ? SiteFixture.shared(out) : SiteFixture.synthetic(dir, 19), out);
    server = new StaticServer(out);
    browser = Browser.start();
  }

  /** The site, built on first use; skips the caller when Chromium is not installed. */
  static synchronized BrowserSite get() throws IOException {
    Browser.assumeInstalled();
    if (instance == null) {
      instance = new BrowserSite();
      Runtime.getRuntime().addShutdownHook(new Thread(instance::close));
    }
    instance.browser.width(1280);
    instance.browser.media("");
    instance.browser.colourScheme("light");
    return instance;
  }

  /** The URL of a page of the site as the server serves it. */
  String url(String page) {
    return server.base() + page;
  }

  private void close() {
    try {
      browser.close();
      server.close();
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
