package org.cakebench.site.transform;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
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
    return process(pages, outDir, Map.of(), Set.of());
  }

  /**
   * Transforms and checks {@code pages}, which may also link to {@code otherPages} (page path to
   * its element ids), pages checked in another run, and to {@code pendingFiles}, files that a step
   * running beside the checks is still writing (paths relative to {@code outDir}).
   */
  public Result process(
      List<Page> pages,
      Path outDir,
      Map<String, Set<String>> otherPages,
      Set<String> pendingFiles) {
    List<Parsed> parsed =
        pages.parallelStream()
            .map(
                page -> {
                  Document doc = Jsoup.parse(page.html());
                  doc.outputSettings().prettyPrint(false);
                  return new Parsed(page.path(), page.title(), doc);
                })
            .toList();
    return processParsed(parsed, outDir, otherPages, pendingFiles);
  }

  /**
   * As {@link #process}, for pages built as trees (the print edition, composed from the trees of
   * pages already checked): nothing is serialised only to be parsed again.
   */
  public Result processParsed(
      List<Parsed> pages,
      Path outDir,
      Map<String, Set<String>> otherPages,
      Set<String> pendingFiles) {
    pages.parallelStream().forEach(p -> transforms.forEach(t -> t.apply(p.tree(), p.page())));
    List<Facts> facts = pages.parallelStream().map(p -> Facts.of(p.tree())).toList();
    Map<String, Set<String>> ids = new LinkedHashMap<>(otherPages);
    for (int i = 0; i < pages.size(); i++) {
      ids.put(pages.get(i).path(), facts.get(i).ids());
    }
    SiteIndex site = new SiteIndex(ids, outDir, pendingFiles);
    // The checks read the pages and the site, and change neither: pages are checked in parallel.
    List<Checked> checked =
        IntStream.range(0, pages.size())
            .parallel()
            .mapToObj(i -> check(pages.get(i), site, facts.get(i).links()))
            .toList();
    List<String> problems = new ArrayList<>();
    List<Page> result = new ArrayList<>();
    int links = 0;
    for (Checked c : checked) {
      problems.addAll(c.problems());
      links += c.links();
      result.add(c.page());
    }
    if (!problems.isEmpty()) {
      throw new SiteCheckException(problems);
    }
    return new Result(result, links, ids, pages.stream().map(Parsed::tree).toList());
  }

  /**
   * A page as a tree, on its way through the chain.
   *
   * @param path the file path relative to the output folder
   * @param title the page title
   * @param tree its document, which the transforms change in place
   */
  public record Parsed(String path, String title, Document tree) {
    // The transforms and checks read a page's path and title; its HTML comes from the tree.
    Page page() {
      return new Page(path, title, "");
    }
  }

  private record Checked(Page page, List<String> problems, int links) {}

  /** What the checks need to know of a transformed page: its ids and how many links it has. */
  private record Facts(Set<String> ids, int links) {
    static Facts of(Document doc) {
      Set<String> ids = new HashSet<>();
      int links = 0;
      for (Element e : doc.getAllElements()) {
        if (!e.id().isEmpty()) {
          ids.add(e.id());
        }
        if (LinkCheck.isTarget(e)) {
          links++;
        }
      }
      return new Facts(ids, links);
    }
  }

  private Checked check(Parsed parsed, SiteIndex site, int links) {
    Page page = parsed.page();
    Document doc = parsed.tree();
    List<String> problems = new ArrayList<>();
    for (PageCheck check : checks) {
      check.check(doc, page, site).forEach(p -> problems.add(page.path() + ": " + p));
    }
    return new Checked(page.withHtml(doc.outerHtml()), problems, links);
  }

  /**
   * The processed pages.
   *
   * @param pages the pages with their final HTML
   * @param linksChecked the number of internal links, anchors and images checked
   * @param ids the element ids of every page, by page path
   * @param trees the pages' trees as their HTML was written from them, for a step that builds on
   *     them (the print edition takes their content without parsing the pages again); a step may
   *     take them apart, the pages' HTML stays as it is
   */
  public record Result(
      List<Page> pages, int linksChecked, Map<String, Set<String>> ids, List<Document> trees) {
    public Result {
      pages = List.copyOf(pages);
      ids = Map.copyOf(ids);
      trees = List.copyOf(trees);
    }
  }
}
