package org.cakebench.site.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cakebench.report.Format;
import org.cakebench.report.ReportData;
import org.cakebench.site.output.DownloadFile;
import org.cakebench.site.output.ReportArchive;

/** The downloads page: model decisions per observer, the analyses as JSON and figure numbers. */
final class DownloadsPage {
  private DownloadsPage() {}

  /** The downloads page; {@code all} are the other pages, whose tables it offers as CSV. */
  static PageModel of(PageSources s, List<PageModel> all) {
    ReportData report = s.data();
    Map<String, List<DownloadFile>> byObserver = new LinkedHashMap<>();
    for (String m : report.models()) {
      byObserver.put(m, new ArrayList<>());
    }
    for (DownloadFile f : s.downloads().decisions()) {
      byObserver.computeIfAbsent(f.observer(), k -> new ArrayList<>()).add(f);
    }
    List<Views.FileGroup> groups = new ArrayList<>();
    byObserver.forEach(
        (id, files) -> {
          if (!files.isEmpty()) {
            long bytes = files.stream().mapToLong(DownloadFile::bytes).sum();
            groups.add(
                new Views.FileGroup(
                    report.name(id)
                        + " ("
                        + files.size()
                        + (files.size() == 1 ? " file, " : " files, ")
                        + size(bytes)
                        + ")",
                    report.hasDecisions(id) ? Links.model(id) : null,
                    files));
          }
        });
    return new PageModel(
        Links.DOWNLOADS,
        s.content().require("downloads").titleOr("Downloads"),
        "downloads",
        "downloads",
        "Model decisions, the numbers behind every figure and the analyses as JSON.",
        new Views.DownloadsPage(
            s.content().require("downloads"),
            s.downloads().json(),
            groups,
            s.report().figures(),
            tables(Pages.tablePaths(all))));
  }

  /** The tables' CSV files, one group per page. */
  private static List<Views.TableFiles> tables(List<String> paths) {
    Map<String, List<String>> byPage = new LinkedHashMap<>();
    for (String path : paths) {
      String page = path.substring(0, path.indexOf('/'));
      byPage.computeIfAbsent(page, k -> new ArrayList<>()).add(ReportArchive.TABLES + "/" + path);
    }
    List<Views.TableFiles> groups = new ArrayList<>();
    byPage.forEach((page, files) -> groups.add(new Views.TableFiles(page + ".html", files)));
    return groups;
  }

  /** A file size for people, e.g. {@code 12.3 kB}. */
  static String size(long bytes) {
    if (bytes < 1000) {
      return bytes + " B";
    }
    if (bytes < 1_000_000) {
      return Format.decimal(bytes / 1000.0, 1) + " kB";
    }
    return Format.decimal(bytes / 1_000_000.0, 1) + " MB";
  }
}
