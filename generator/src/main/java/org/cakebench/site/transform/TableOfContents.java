package org.cakebench.site.transform;

import java.util.List;
import org.cakebench.site.pages.Page;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Fills a page's {@code <nav class="toc">} with links to its h2 headings (h3 nested below them);
 * removes it from pages with fewer than {@value #MIN_ENTRIES} sections. Runs after {@link
 * HeadingIds}.
 */
public final class TableOfContents implements PageTransform {
  static final int MIN_ENTRIES = 3;

  @Override
  public void apply(Document doc, Page page) {
    Element toc = doc.selectFirst("nav.toc");
    if (toc == null) {
      return;
    }
    List<Element> headings =
        doc.select("main h2[id], main h3[id]").stream()
            .filter(h -> h.closest("nav") == null)
            .toList();
    long sections = headings.stream().filter(h -> h.normalName().equals("h2")).count();
    if (sections < MIN_ENTRIES) {
      toc.remove();
      return;
    }
    toc.empty();
    toc.attr("aria-labelledby", "toc-title");
    toc.appendElement("p").addClass("toc-title").id("toc-title").text("On this page");
    Element list = toc.appendElement("ol");
    Element sub = null;
    Element lastItem = null;
    for (Element h : headings) {
      String text = title(h);
      if (h.normalName().equals("h2") || lastItem == null) {
        lastItem = list.appendElement("li");
        lastItem.appendElement("a").attr("href", "#" + h.id()).text(text.strip());
        sub = null;
      } else {
        if (sub == null) {
          sub = lastItem.appendElement("ol");
        }
        sub.appendElement("li").appendElement("a").attr("href", "#" + h.id()).text(text.strip());
      }
    }
  }

  /**
   * A heading's text without its self-link ({@link HeadingIds}' "#"), whatever else it holds: a
   * heading may be a link itself, or have emphasis in it.
   */
  static String title(Element heading) {
    Element copy = heading.clone();
    copy.select("a.anchor").remove();
    return copy.text();
  }
}
