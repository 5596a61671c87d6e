package org.cakebench.site.transform;

import java.util.ArrayList;
import java.util.List;
import org.cakebench.site.pages.Page;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page skeleton accessibility tools expect: a language, a title, one each of header, nav, main
 * and footer, exactly one h1, heading levels that never skip (h2 to h4), and a caption on every
 * table.
 */
public final class SemanticStructure implements PageCheck {

  @Override
  public List<String> check(Document doc, Page page, SiteIndex site) {
    List<String> problems = new ArrayList<>();
    if (doc.selectFirst("html[lang]") == null) {
      problems.add("<html> has no lang attribute");
    }
    if (doc.title().isBlank()) {
      problems.add("no <title>");
    }
    for (String tag : List.of("header", "main", "footer")) {
      long count = doc.body().children().stream().filter(e -> e.nameIs(tag)).count();
      if (count != 1) {
        problems.add("needs exactly one <" + tag + "> in <body>");
      }
    }
    // One walk through the page for the rest: the pages of a hundred models hold tables of
    // thousands of cells, and each select would walk all of them again.
    Walk walk = new Walk();
    doc.getAllElements().forEach(walk::visit);
    if (walk.navs == 0) {
      problems.add("no <nav>");
    }
    if (walk.h1 != 1) {
      problems.add("has " + walk.h1 + " <h1> elements; needs exactly one");
    }
    problems.addAll(walk.skips);
    problems.addAll(walk.tables);
    return problems;
  }

  /** What one walk through the page's elements finds. */
  private static final class Walk {
    int navs;
    int h1;
    int previous;
    final List<String> skips = new ArrayList<>();
    final List<String> tables = new ArrayList<>();

    void visit(Element e) {
      String name = e.normalName();
      if (name.equals("nav")) {
        navs++;
      } else if (name.equals("table")) {
        if (e.selectFirst("caption") == null) {
          tables.add("a table has no <caption>");
        }
      } else if (name.length() == 2
          && name.charAt(0) == 'h'
          && name.charAt(1) >= '1'
          && name.charAt(1) <= '6') {
        int level = name.charAt(1) - '0';
        if (level == 1) {
          h1++;
        }
        if (previous > 0 && level > previous + 1) {
          skips.add("heading '" + e.text() + "' skips from h" + previous + " to h" + level);
        }
        previous = level;
      }
    }
  }
}
