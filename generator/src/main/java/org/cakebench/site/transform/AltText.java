package org.cakebench.site.transform;

import java.util.ArrayList;
import java.util.List;
import org.cakebench.site.pages.Page;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Every image must say what it shows: a non-blank {@code alt} attribute. */
public final class AltText implements PageCheck {

  @Override
  public List<String> check(Document doc, Page page, SiteIndex site) {
    List<String> problems = new ArrayList<>();
    for (Element img : doc.select("img")) {
      if (img.attr("alt").isBlank()) {
        problems.add("image " + img.attr("src") + " has no alt text");
      }
    }
    return problems;
  }
}
