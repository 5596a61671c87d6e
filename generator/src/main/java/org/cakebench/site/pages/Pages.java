package org.cakebench.site.pages;

import java.util.ArrayList;
import java.util.List;
import org.cakebench.report.BuildInfo;
import org.cakebench.report.Report;
import org.cakebench.site.output.ReportArchive;

/** Every page of the report in navigation order, and the navigation itself. */
public final class Pages {
  private Pages() {}

  /** The page models of the whole site. */
  public static List<PageModel> all(PageSources s) {
    List<PageModel> pages = new ArrayList<>();
    pages.add(HomePages.home(s));
    pages.add(
        HomePages.text(s, Links.INTRODUCTION, "introduction", "introduction", "Introduction"));
    pages.add(HomePages.text(s, Links.METHODS, "methods", "methods", "Methods"));
    Section.all().forEach(section -> pages.add(HomePages.section(s, section)));
    pages.add(LeaderboardPage.of(s));
    pages.add(DatasetPages.index(s));
    pages.addAll(DatasetPages.pages(s));
    pages.add(ModelPages.index(s));
    pages.addAll(ModelPages.pages(s));
    pages.add(HomePages.text(s, Links.ADD_MODEL, "add-a-model", "add-a-model", "Add your model"));
    pages.add(DownloadsPage.of(s, List.copyOf(pages)));
    pages.add(HomePages.references(s));
    return pages;
  }

  /**
   * Every table of {@code pages} as CSV rows for the report's archive, at {@code
   * <page>/<table-id>.csv} (e.g. {@code leaderboard/leaderboard.csv}), in page order.
   */
  public static List<ReportArchive.Table> tables(List<PageModel> pages) {
    List<ReportArchive.Table> tables = new ArrayList<>();
    for (PageModel page : pages) {
      for (TableView t : tablesOf(page.view())) {
        tables.add(new ReportArchive.Table(tablePath(page, t), t.csv()));
      }
    }
    return tables;
  }

  /**
   * The paths of {@link #tables}, without the rows: the downloads page lists the files, and the CSV
   * of every table of a hundred models is written once, for the archive.
   */
  public static List<String> tablePaths(List<PageModel> pages) {
    List<String> paths = new ArrayList<>();
    for (PageModel page : pages) {
      for (TableView t : tablesOf(page.view())) {
        paths.add(tablePath(page, t));
      }
    }
    return paths;
  }

  private static String tablePath(PageModel page, TableView table) {
    return page.path().replaceFirst("\\.html$", "") + "/" + table.id() + ".csv";
  }

  private static List<TableView> tablesOf(Object view) {
    if (view instanceof Views.SectionPage v) {
      return v.tables();
    }
    if (view instanceof Views.DatasetPage v) {
      return v.tables();
    }
    if (view instanceof Views.ModelPage v) {
      return v.tables();
    }
    if (view instanceof Views.Leaderboard v) {
      return v.blocks().stream().map(Views.TableBlock::table).toList();
    }
    if (view instanceof Views.Index v) {
      return v.blocks().stream().map(Views.TableBlock::table).toList();
    }
    return List.of();
  }

  /** The navigation, banner and footer facts shared by every page of {@code report}. */
  public static SiteView site(Report report) {
    BuildInfo build = report.build();
    List<NavItem> nav = new ArrayList<>();
    nav.add(new NavItem("home", Links.HOME, "Summary"));
    nav.add(new NavItem("introduction", Links.INTRODUCTION, "Introduction"));
    nav.add(new NavItem("methods", Links.METHODS, "Methods"));
    for (Section s : Section.all()) {
      nav.add(new NavItem(s.key(), s.path(), s.navLabel()));
    }
    List<NavItem> data =
        List.of(
            new NavItem("leaderboard", Links.LEADERBOARD, "Leaderboard"),
            new NavItem("datasets", Links.DATASETS, "Datasets"),
            new NavItem("models", Links.MODELS, "Models"),
            new NavItem("add-a-model", Links.ADD_MODEL, "Add your model"),
            new NavItem("downloads", Links.DOWNLOADS, "Downloads"),
            new NavItem("references", Links.REFERENCES, "Cite"));
    List<String> synthetic = report.synthetic().stream().map(id -> report.data().name(id)).toList();
    return new SiteView("cakebench", nav, data, build, synthetic);
  }
}
