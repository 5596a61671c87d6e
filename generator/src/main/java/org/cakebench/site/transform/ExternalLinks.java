package org.cakebench.site.transform;

import java.util.Locale;
import org.cakebench.site.pages.Page;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Marks links that leave the site: {@code rel="noopener noreferrer external"} and the class {@code
 * external} (the stylesheet adds an arrow), plus a hidden "(external link)" for screen readers.
 */
public final class ExternalLinks implements PageTransform {

  @Override
  public void apply(Document doc, Page page) {
    for (Element a : doc.select("a[href]")) {
      if (!isExternal(a.attr("href"))) {
        continue;
      }
      a.attr("rel", "noopener noreferrer external").addClass("external");
      if (a.selectFirst("span.visually-hidden") == null) {
        a.appendElement("span").addClass("visually-hidden").text(" (external link)");
      }
    }
  }

  /** Whether {@code href} names another site (http, https or protocol-relative). */
  static boolean isExternal(String href) {
    String h = href.strip().toLowerCase(Locale.ROOT);
    return h.startsWith("http://") || h.startsWith("https://") || h.startsWith("//");
  }
}
