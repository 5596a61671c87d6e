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
    // One walk through the page; the problems are listed scripts first, then styles, then
    // attributes, each in document order.
    List<String> scripts = new ArrayList<>();
    boolean style = false;
    List<String> attributes = new ArrayList<>();
    for (Element e : doc.getAllElements()) {
      if (e.nameIs("script") && (!e.hasAttr("src") || !e.data().isBlank())) {
        scripts.add("inline <script>; put scripts in assets/*.js");
      }
      style |= e.nameIs("style");
      for (Attribute a : e.attributes()) {
        String key = a.getKey().toLowerCase(Locale.ROOT);
        if (key.equals("style")) {
          attributes.add("style attribute on <" + e.normalName() + ">");
        } else if (key.startsWith("on")) {
          attributes.add("event handler " + key + " on <" + e.normalName() + ">");
        } else if (isJavascriptUrl(a.getValue())) {
          attributes.add("javascript: URL on <" + e.normalName() + ">");
        }
      }
    }
    List<String> problems = new ArrayList<>(scripts);
    if (style) {
      problems.add("inline <style>; put styles in assets/site.css");
    }
    problems.addAll(attributes);
    return problems;
  }

  private static boolean isJavascriptUrl(String value) {
    // Most values start with something other than a j after any white space: only J and j lower
    // to j, so those need no copy of the value in lower case.
    int i = 0;
    while (i < value.length() && Character.isWhitespace(value.charAt(i))) {
      i++;
    }
    if (i == value.length() || (value.charAt(i) != 'j' && value.charAt(i) != 'J')) {
      return false;
    }
    return value.strip().toLowerCase(Locale.ROOT).startsWith("javascript:");
  }
}
