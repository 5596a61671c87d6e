package org.cakebench.site.transform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.cakebench.site.pages.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The whole report as one long page ({@value #PATH}), to read offline or print as one PDF: the main
 * content of every page in navigation order, each under its title, in the frame of the home page.
 * Ids are prefixed with their page's name ({@code methods--error-consistency}) and links between
 * pages become links within the long page, so that every link still lands. Built from the processed
 * pages, as a tree; the result goes through the same checks.
 */
public final class PrintEdition {
  /** The page's path. */
  public static final String PATH = "report-print.html";

  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5");

  private static final List<String> ID_REFERENCES =
      List.of("aria-labelledby", "aria-describedby", "for", "headers");

  private PrintEdition() {}

  /**
   * The long page of {@code pages} (processed, the home page first), titled {@code title}; {@code
   * trees} are the pages' parsed trees, in the same order, whose content moves into the long page.
   */
  public static PostProcessor.Parsed compose(
      List<Page> pages, List<Document> trees, String title, String intro) {
    Map<String, String> slugs = new LinkedHashMap<>();
    for (Page p : pages) {
      slugs.put(p.path(), p.path().replaceFirst("\\.html$", ""));
    }
    Document frame = Jsoup.parse(pages.get(0).html());
    frame.outputSettings().prettyPrint(false);
    frame.title(title + " · cakebench");
    frame.select("[aria-current]").removeAttr("aria-current");
    Element description = frame.selectFirst("meta[name=description]");
    if (description != null) {
      description.attr("content", intro);
    }
    Element main = frame.selectFirst("main");
    main.empty().removeAttr("class").addClass("print-edition");
    main.appendElement("h1").text(title);
    main.appendElement("p").addClass("lead").text(intro);
    Element contents =
        main.appendElement("nav").addClass("print-contents").attr("aria-labelledby", "contents");
    contents.appendElement("p").addClass("toc-title").id("contents").text("Contents");
    Element list = contents.appendElement("ol");
    // Each section is made from its own page's tree, so they are made in parallel.
    List<Element> sections =
        IntStream.range(0, pages.size())
            .parallel()
            .mapToObj(i -> section(trees.get(i), slugs.get(pages.get(i).path()), slugs))
            .toList();
    for (int i = 0; i < pages.size(); i++) {
      Page p = pages.get(i);
      list.appendElement("li")
          .appendElement("a")
          .attr("href", "#" + slugs.get(p.path()))
          .text(p.title());
      main.appendChild(sections.get(i));
    }
    return new PostProcessor.Parsed(PATH, title, frame);
  }

  /** One page's main content as a section of the long page. */
  private static Element section(Document page, String slug, Map<String, String> slugs) {
    Element main = page.selectFirst("main");
    main.select("nav.toc, a.anchor, .skip-link").remove();
    // One walk over the rest, not one per kind of rewrite: each rewrite changes the element it is
    // on and nothing else, so they can all be made as the walk passes. The page's main element
    // itself is left behind, so it is not rewritten.
    Element title = null;
    for (Element e : main.getAllElements()) {
      if (e != main) {
        rewrite(e, slug, slugs);
        if (title == null && e.normalName().equals("h2")) {
          title = e;
        }
      }
    }
    Element section = new Element("section").addClass("print-page").id(slug);
    if (title != null) {
      if (title.id().isEmpty()) {
        title.id(slug + "--title");
      }
      section.attr("aria-labelledby", title.id());
    }
    // Moved, not copied: the page's HTML is already written, its tree is not needed again.
    section.appendChildren(new ArrayList<>(main.childNodes()));
    return section;
  }

  /**
   * An element of page {@code slug} as the long page needs it: its id and the ids it refers to
   * prefixed with the page's name, its link within the long page, and a heading one level down (the
   * long page has one h1), so that the page's h1 becomes the section's h2.
   */
  private static void rewrite(Element e, String slug, Map<String, String> slugs) {
    if (!e.id().isEmpty()) {
      e.id(slug + "--" + e.id());
    }
    for (String attribute : ID_REFERENCES) {
      if (e.hasAttr(attribute)) {
        StringBuilder ids = new StringBuilder();
        for (String id : e.attr(attribute).trim().split("\\s+")) {
          ids.append(ids.length() == 0 ? "" : " ").append(slug).append("--").append(id);
        }
        e.attr(attribute, ids.toString());
      }
    }
    if (e.normalName().equals("a") && e.hasAttr("href")) {
      e.attr("href", link(e.attr("href"), slug, slugs));
    }
    if (HEADINGS.contains(e.normalName())) {
      e.tagName("h" + (e.normalName().charAt(1) - '0' + 1));
    }
  }

  /** {@code href} on page {@code slug} as a link within the long page, where it names a page. */
  static String link(String href, String slug, Map<String, String> slugs) {
    if (href.startsWith("#")) {
      return href.length() == 1 ? "#" + slug : "#" + slug + "--" + href.substring(1);
    }
    int hash = href.indexOf('#');
    String path = hash < 0 ? href : href.substring(0, hash);
    String target = slugs.get(path);
    if (target == null) {
      return href; // a file (figure, download, image) or another site: unchanged
    }
    return hash < 0 || hash == href.length() - 1
        ? "#" + target
        : "#" + target + "--" + href.substring(hash + 1);
  }
}
