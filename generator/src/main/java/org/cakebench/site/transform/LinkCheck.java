package org.cakebench.site.transform;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.cakebench.site.pages.Page;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * Every internal link, anchor, image, embedded figure ({@code <object data>}), stylesheet and
 * script must resolve: the file exists in the site (pages by their path), a {@code #fragment} names
 * an id on the target page, and no link leaves the output folder. Links must be relative so the
 * site works from file:// and a sub-path. Links inside the figures: {@link FigureLinks}.
 */
public final class LinkCheck implements PageCheck {
  private static final Evaluator SELECTOR =
      QueryParser.parse("a[href], link[href], img[src], script[src], source[src], object[data]");

  @Override
  public List<String> check(Document doc, Page page, SiteIndex site) {
    List<String> problems = new ArrayList<>();
    for (Element e : targets(doc)) {
      String attr = attribute(e);
      String value = e.attr(attr);
      String problem = resolve(value, page.path(), site);
      if (problem != null) {
        problems.add("<" + e.normalName() + " " + attr + "=\"" + value + "\">: " + problem);
      }
    }
    return problems;
  }

  /** The attribute that holds an element's URL. */
  private static String attribute(Element e) {
    return e.hasAttr("href") ? "href" : e.hasAttr("data") ? "data" : "src";
  }

  /** The elements whose URLs the check follows (external links excluded). */
  static List<Element> targets(Document doc) {
    return doc.select(SELECTOR).stream().filter(LinkCheck::isInternal).toList();
  }

  /** Whether the check follows the URL of {@code e}. */
  static boolean isTarget(Element e) {
    return e.is(SELECTOR) && isInternal(e);
  }

  private static boolean isInternal(Element e) {
    return !ExternalLinks.isExternal(e.attr(attribute(e))) && !e.attr("href").startsWith("mailto:");
  }

  /** Why {@code href} on page {@code from} does not resolve, or null if it does. */
  static @Nullable String resolve(String href, String from, SiteIndex site) {
    if (href.isBlank()) {
      return "empty link";
    }
    URI uri;
    try {
      uri = new URI(href);
    } catch (URISyntaxException e) {
      return "not a valid URL";
    }
    if (uri.getScheme() != null || uri.getRawAuthority() != null) {
      return "absolute URL to " + uri.getScheme() + "; internal links must be relative";
    }
    String path = uri.getPath() == null ? "" : uri.getPath();
    if (path.startsWith("/")) {
      return "root-relative link; use a relative link so the site works from a sub-path";
    }
    String target = path.isEmpty() ? from : normalise(from, path);
    if (target == null) {
      return "leaves the site folder";
    }
    if (!site.exists(target)) {
      return "no such file " + target;
    }
    String fragment = uri.getFragment();
    if (fragment != null
        && !fragment.isEmpty()
        && site.isPage(target)
        && !site.ids(target).contains(fragment)) {
      return "no element with id '" + fragment + "' on " + target;
    }
    return null;
  }

  /** {@code path} resolved against the folder of page {@code from}; null if it climbs out. */
  static @Nullable String normalise(String from, String path) {
    List<String> parts = new ArrayList<>(List.of(from.split("/")));
    parts.remove(parts.size() - 1);
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          return null;
        }
        parts.remove(parts.size() - 1);
      } else {
        parts.add(part);
      }
    }
    return String.join("/", parts);
  }
}
