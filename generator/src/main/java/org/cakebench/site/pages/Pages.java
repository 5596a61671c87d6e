package org.cakebench.site.pages;

import java.util.ArrayList;
import java.util.List;
import org.cakebench.report.BuildInfo;

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
    pages.add(DownloadsPage.of(s));
    return pages;
  }

  /** The navigation and footer facts shared by every page. */
  public static SiteView site(BuildInfo build) {
    List<NavItem> report = new ArrayList<>();
    report.add(new NavItem("home", Links.HOME, "Summary"));
    report.add(new NavItem("introduction", Links.INTRODUCTION, "Introduction"));
    report.add(new NavItem("methods", Links.METHODS, "Methods"));
    for (Section s : Section.all()) {
      report.add(new NavItem(s.key(), s.path(), s.navLabel()));
    }
    List<NavItem> data =
        List.of(
            new NavItem("leaderboard", Links.LEADERBOARD, "Leaderboard"),
            new NavItem("datasets", Links.DATASETS, "Datasets"),
            new NavItem("models", Links.MODELS, "Models"),
            new NavItem("add-a-model", Links.ADD_MODEL, "Add your model"),
            new NavItem("downloads", Links.DOWNLOADS, "Downloads"));
    return new SiteView("cakebench", report, data, build);
  }
}
