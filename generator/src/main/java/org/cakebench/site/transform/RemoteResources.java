package org.cakebench.site.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cakebench.site.pages.Page;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Nothing a page loads by itself (images, scripts, stylesheets, media, frames) may come from
 * another site: the {@link ContentSecurityPolicy} allows only the site's own files, so a remote
 * image in the Markdown ({@code ![](https://...)} or {@code <img src="https://...">}) would survive
 * the sanitiser and show broken. Links the reader follows ({@code <a href>}) may go anywhere.
 */
public final class RemoteResources implements PageCheck {

  /** The {@code <link rel>} values whose target the browser fetches on its own. */
  private static final Set<String> FETCHED_LINKS =
      Set.of("stylesheet", "icon", "preload", "modulepreload", "prefetch", "manifest");

  @Override
  public List<String> check(Document doc, Page page, SiteIndex site) {
    List<String> problems = new ArrayList<>();
    // Every element is looked at, as a selector of six alternatives would, without matching six
    // selectors against each cell of the tables of a hundred models.
    for (Element e : doc.getAllElements()) {
      if (e.attributesSize() == 0) {
        continue;
      }
      for (Attribute a : e.attributes()) {
        if (!loads(e, a.getKey())) {
          continue;
        }
        for (String url : urls(a)) {
          if (ExternalLinks.isExternal(url)) {
            problems.add(
                "<"
                    + e.normalName()
                    + " "
                    + a.getKey()
                    + "=\""
                    + a.getValue()
                    + "\">: loads "
                    + url.strip()
                    + " from another site, which the Content-Security-Policy blocks; keep the"
                    + " file in the site (e.g. assets/) and link it relatively");
          }
        }
      }
    }
    return problems;
  }

  private static boolean loads(Element e, String attribute) {
    return switch (attribute) {
      case "src", "srcset", "poster" -> true;
      case "data" -> e.normalName().equals("object");
      case "href" ->
          e.normalName().equals("image")
              || (e.normalName().equals("link") && fetchedLink(e.attr("rel")));
      default -> false;
    };
  }

  private static boolean fetchedLink(String rel) {
    for (String kind : rel.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (FETCHED_LINKS.contains(kind)) {
        return true;
      }
    }
    return false;
  }

  /** The URLs of an attribute: a {@code srcset} lists several, each with a width or density. */
  private static List<String> urls(Attribute a) {
    if (!a.getKey().equals("srcset")) {
      return List.of(a.getValue());
    }
    List<String> urls = new ArrayList<>();
    for (String candidate : a.getValue().split(",")) {
      String url = candidate.strip().split("\\s+")[0];
      if (!url.isEmpty()) {
        urls.add(url);
      }
    }
    return urls;
  }
}
