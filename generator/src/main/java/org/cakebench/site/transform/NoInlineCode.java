package org.cakebench.site.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cakebench.site.pages.Page;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The pages must run under the {@link ContentSecurityPolicy}: no inline scripts or styles, no
 * event-handler attributes and no {@code javascript:} URLs (scripts live in {@code assets/*.js}).
 */
public final class NoInlineCode implements PageCheck {

  @Override
  public List<String> check(Document doc, Page page, SiteIndex site) {
    List<String> problems = new ArrayList<>();
    for (Element script : doc.select("script")) {
      if (!script.hasAttr("src") || !script.data().isBlank()) {
        problems.add("inline <script>; put scripts in assets/*.js");
      }
    }
    if (!doc.select("style").isEmpty()) {
      problems.add("inline <style>; put styles in assets/site.css");
    }
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        String key = a.getKey().toLowerCase(Locale.ROOT);
        if (key.equals("style")) {
          problems.add("style attribute on <" + e.normalName() + ">");
        } else if (key.startsWith("on")) {
          problems.add("event handler " + key + " on <" + e.normalName() + ">");
        } else if (a.getValue().strip().toLowerCase(Locale.ROOT).startsWith("javascript:")) {
          problems.add("javascript: URL on <" + e.normalName() + ">");
        }
      }
    }
    return problems;
  }
}
