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
      if (doc.select("body > " + tag).size() != 1) {
        problems.add("needs exactly one <" + tag + "> in <body>");
      }
    }
    if (doc.select("nav").isEmpty()) {
      problems.add("no <nav>");
    }
    int h1 = doc.select("h1").size();
    if (h1 != 1) {
      problems.add("has " + h1 + " <h1> elements; needs exactly one");
    }
    int previous = 0;
    for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
      int level = h.normalName().charAt(1) - '0';
      if (previous > 0 && level > previous + 1) {
        problems.add("heading '" + h.text() + "' skips from h" + previous + " to h" + level);
      }
      previous = level;
    }
    for (Element table : doc.select("table")) {
      if (table.selectFirst("caption") == null) {
        problems.add("a table has no <caption>");
      }
    }
    return problems;
  }
}
