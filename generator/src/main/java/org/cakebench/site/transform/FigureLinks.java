package org.cakebench.site.transform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cakebench.site.pages.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

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
    for (Element a : links(site.file(svg))) {
      String href = a.hasAttr("href") ? a.attr("href") : a.attr("xlink:href");
      String target = a.attr("target");
      if (!target.equals("_top") && !target.equals("_blank")) {
        problems.add(
            svg + ": link to " + href + " has no target=\"_top\"; it would open inside the figure");
      }
      if (ExternalLinks.isExternal(href)) {
        continue;
      }
      String problem = LinkCheck.resolve(href, svg, site);
      if (problem != null) {
        problems.add(svg + ": link to " + href + ": " + problem);
      }
    }
    return problems;
  }

  private static List<Element> links(Path file) {
    try {
      Document svg =
          Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), "", Parser.xmlParser());
      return svg.select("a[href], a[xlink:href]");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
