package org.cakebench.site.transform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cakebench.site.pages.Page;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * The figures a page shows as SVG documents ({@code <object data="figures/….svg">}) keep their
 * links working: every link inside the SVG resolves from the SVG's own folder (so {@code
 * ../model-x.html}, which also works when the SVG is opened alone), and carries {@code
 * target="_top"} (or {@code _blank}), since a link inside an object would otherwise open in the
 * figure's own frame. Each SVG is read once per build.
 */
public final class FigureLinks implements PageCheck {
  private final Map<String, List<String>> bySvg = new ConcurrentHashMap<>();

  @Override
  public List<String> check(Document doc, Page page, SiteIndex site) {
    List<String> problems = new ArrayList<>();
    for (Element object : doc.select("object[data$=.svg]")) {
      String svg = LinkCheck.normalise(page.path(), object.attr("data"));
      if (svg == null || !site.exists(svg)) {
        continue; // LinkCheck names the missing file
      }
      bySvg.computeIfAbsent(svg, s -> problems(s, site)).forEach(problems::add);
    }
    return problems;
  }

  private static List<String> problems(String svg, SiteIndex site) {
    List<String> problems = new ArrayList<>();
    for (SvgLink a : links(site.file(svg))) {
      if (!a.target().equals("_top") && !a.target().equals("_blank")) {
        problems.add(
            svg
                + ": link to "
                + a.href()
                + " has no target=\"_top\"; it would open inside the figure");
      }
      if (ExternalLinks.isExternal(a.href())) {
        continue;
      }
      String problem = LinkCheck.resolve(a.href(), svg, site);
      if (problem != null) {
        problems.add(svg + ": link to " + a.href() + ": " + problem);
      }
    }
    return problems;
  }

  private record SvgLink(String href, String target) {}

  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)\\s*=\\s*\"([^\"]*)\"");

  /**
   * The distinct links ({@code <a>} elements) of an SVG file, in the order they first occur. The
   * file's bytes are scanned for the elements' start tags rather than parsed into a tree, or even
   * decoded: the error-consistency matrices of a hundred models are megabytes of cells, and the
   * figures are written by the figures stage, which quotes every attribute value. Only the start
   * tags are decoded (UTF-8: the ASCII bytes looked for never occur inside a multi-byte character).
   * A figure links every cell and marker of a model to the same page (some five thousand tags at 33
   * models, fifty distinct links), so each link is checked, and named when broken, once.
   */
  private static Collection<SvgLink> links(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    Set<SvgLink> links = new LinkedHashSet<>();
    for (int start = indexOf(bytes, '<', 0); start >= 0; start = indexOf(bytes, '<', start + 1)) {
      int after = start + 2;
      if (after >= bytes.length || bytes[start + 1] != 'a' || !whitespaceAt(bytes, after)) {
        continue; // another element whose name starts with a, or a stray "<a"
      }
      int end = indexOf(bytes, '>', after);
      if (end < 0) {
        throw new IllegalStateException(file + ": an <a> start tag is not closed");
      }
      String tag = new String(bytes, after, end - after, StandardCharsets.UTF_8);
      SvgLink link = link(tag);
      if (link != null) {
        links.add(link);
      }
    }
    return links;
  }

  /** The link of an {@code <a>} start tag's attributes; null when it has no href. */
  private static @Nullable SvgLink link(String tag) {
    Map<String, String> attributes = new HashMap<>();
    Matcher m = ATTRIBUTE.matcher(tag);
    while (m.find()) {
      attributes.put(m.group(1), Parser.unescapeEntities(m.group(2), true));
    }
    String href = attributes.getOrDefault("href", attributes.get("xlink:href"));
    return href == null ? null : new SvgLink(href, attributes.getOrDefault("target", ""));
  }

  private static int indexOf(byte[] bytes, char c, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == c) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the character that starts at byte {@code at} is white space. */
  private static boolean whitespaceAt(byte[] bytes, int at) {
    if (bytes[at] >= 0) {
      return Character.isWhitespace((char) bytes[at]);
    }
    String rest = new String(bytes, at, Math.min(4, bytes.length - at), StandardCharsets.UTF_8);
    return Character.isWhitespace(rest.charAt(0));
  }
}
