package org.cakebench.site.transform;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cakebench.site.pages.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The ordered post-processing chain (as Hugo's transform chain): each page is parsed once, every
 * transform runs on it in order, then every check runs with the whole site in view. Any problem
 * fails the build with a {@link SiteCheckException} naming the page.
 */
public final class PostProcessor {
  private final List<PageTransform> transforms;
  private final List<PageCheck> checks;

  /** A chain of {@code transforms} followed by {@code checks}. */
  public PostProcessor(List<PageTransform> transforms, List<PageCheck> checks) {
    this.transforms = List.copyOf(transforms);
    this.checks = List.copyOf(checks);
  }

  /** The report's chain, in the order it runs. */
  public static PostProcessor standard() {
    return new PostProcessor(
        List.of(
            new HeadingIds(),
            new TableOfContents(),
            new ExternalLinks(),
            new ContentSecurityPolicy()),
        List.of(
            new SemanticStructure(),
            new AltText(),
            new NoInlineCode(),
            new LinkCheck(),
            new FigureLinks(),
            new RemoteResources()));
  }

  /**
   * Transforms and checks {@code pages}; files they link must already be under {@code outDir}.
   * Gives the final pages.
   */
  public Result process(List<Page> pages, Path outDir) {
    return process(pages, outDir, Map.of());
  }

  /**
   * Transforms and checks {@code pages}, which may also link to {@code otherPages} (page path to
   * its element ids), pages checked in another run.
   */
  public Result process(List<Page> pages, Path outDir, Map<String, Set<String>> otherPages) {
    List<Document> docs =
        pages.parallelStream()
            .map(
                page -> {
                  Document doc = Jsoup.parse(page.html());
                  doc.outputSettings().prettyPrint(false);
                  transforms.forEach(t -> t.apply(doc, page));
                  return doc;
                })
            .toList();
    Map<String, Set<String>> ids = new LinkedHashMap<>(otherPages);
    for (int i = 0; i < pages.size(); i++) {
      Set<String> pageIds = new HashSet<>();
      for (Element e : docs.get(i).select("[id]")) {
        pageIds.add(e.id());
      }
      ids.put(pages.get(i).path(), pageIds);
    }
    SiteIndex site = new SiteIndex(ids, outDir);
    List<String> problems = new ArrayList<>();
    List<Page> result = new ArrayList<>();
    int links = 0;
    for (int i = 0; i < pages.size(); i++) {
      Page page = pages.get(i);
      Document doc = docs.get(i);
      for (PageCheck check : checks) {
        check.check(doc, page, site).forEach(p -> problems.add(page.path() + ": " + p));
      }
      links += LinkCheck.targets(doc).size();
      result.add(page.withHtml(doc.outerHtml()));
    }
    if (!problems.isEmpty()) {
      throw new SiteCheckException(problems);
    }
    return new Result(result, links, ids);
  }

  /**
   * The processed pages.
   *
   * @param pages the pages with their final HTML
   * @param linksChecked the number of internal links, anchors and images checked
   * @param ids the element ids of every page, by page path
   */
  public record Result(List<Page> pages, int linksChecked, Map<String, Set<String>> ids) {
    public Result {
      pages = List.copyOf(pages);
      ids = Map.copyOf(ids);
    }
  }
}
