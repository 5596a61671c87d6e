package org.cakebench.site.transform;

import org.cakebench.site.pages.Page;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Puts the Content-Security-Policy meta tag at the top of every page's head: scripts, styles,
 * images and the figures' SVG documents ({@code <object>}) only from the site itself, nothing
 * inline, no plugins, no forms. {@link NoInlineCode} checks the pages keep to it.
 */
public final class ContentSecurityPolicy implements PageTransform {
  /** The policy every page carries. */
  public static final String POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
          + "font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; "
          + "object-src 'self'; frame-src 'self'";

  @Override
  public void apply(Document doc, Page page) {
    doc.select("meta[http-equiv=Content-Security-Policy]").remove();
    Element meta =
        new Element("meta").attr("http-equiv", "Content-Security-Policy").attr("content", POLICY);
    Element charset = doc.head().selectFirst("meta[charset]");
    if (charset != null) {
      charset.after(meta);
    } else {
      doc.head().prependChild(meta);
    }
  }
}
