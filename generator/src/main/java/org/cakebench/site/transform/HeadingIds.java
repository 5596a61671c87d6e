package org.cakebench.site.transform;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.cakebench.site.pages.Page;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Gives every h2–h4 in {@code main} a unique id (from its text, unless it has one) and a small
 * self-link, so each section of a page can be linked to.
 */
public final class HeadingIds implements PageTransform {

  @Override
  public void apply(Document doc, Page page) {
    Set<String> used = new HashSet<>();
    doc.select("[id]").forEach(e -> used.add(e.id()));
    for (Element h : doc.select("main h2, main h3, main h4")) {
      if (h.id().isEmpty()) {
        String base = slug(h.text());
        String id = base;
        for (int n = 2; used.contains(id); n++) {
          id = base + "-" + n;
        }
        used.add(id);
        h.id(id);
      }
      if (h.closest("nav") == null && h.selectFirst("a.anchor") == null) {
        h.appendElement("a")
            .addClass("anchor")
            .attr("href", "#" + h.id())
            .attr("aria-label", "Link to this section")
            .text("#");
      }
    }
  }

  /** A lower-case, dash-separated id from heading text, e.g. {@code 3-1-out-of-distribution}. */
  static String slug(String text) {
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    return plain.isEmpty() ? "section" : plain;
  }
}
