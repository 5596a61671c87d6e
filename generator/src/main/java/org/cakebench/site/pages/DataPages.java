package org.cakebench.site.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cakebench.analysis.BenchmarkScores;
import org.cakebench.site.output.DownloadFile;
import org.cakebench.site.report.Format;
import org.cakebench.site.report.ReportData;

/** The benchmark leaderboard and the downloads page. */
final class DataPages {
  private DataPages() {}

  static PageModel leaderboard(PageSources s) {
    ReportData report = s.report();
    List<TableView.Row> rows = new ArrayList<>();
    // Humans first, then the models by OOD accuracy (missing values last).
    List<BenchmarkScores> ordered =
        report.results().benchmark().values().stream()
            .sorted(
                java.util.Comparator.comparing((BenchmarkScores b) -> !b.human())
                    .thenComparing(b -> Double.isFinite(b.oodAccuracy()) ? -b.oodAccuracy() : 1.0))
            .toList();
    for (BenchmarkScores b : ordered) {
      boolean humans = b.human();
      String id = b.observer();
      rows.add(
          new TableView.Row(
              List.of(
                  Cell.header(report.name(id), humans ? null : Links.model(id)),
                  Cell.text(report.profile(id).group().title()),
                  Cell.text(humans ? "reference" : report.profile(id).inPaper() ? "yes" : "no"),
                  Cell.percent(b.oodAccuracy()),
                  Cell.decimal(b.accuracyDifference(), 3),
                  Cell.decimal(b.observedConsistency(), 3),
                  Cell.decimal(b.errorConsistency(), 3),
                  Cell.decimal(b.shapeBias(), 3),
                  Cell.number(Integer.toString(b.accuracy().size()), b.accuracy().size())),
              humans));
    }
    TableView table =
        new TableView(
            "leaderboard",
            "Benchmark scores of every observer with data, humans (the reference row) first, then"
                + " by OOD accuracy; select a column heading to sort",
            List.of(
                Column.text("Observer"),
                Column.text("Group"),
                Column.text("In the paper"),
                Column.number("OOD accuracy ↑"),
                Column.number("Accuracy difference ↓"),
                Column.number("Observed consistency ↑"),
                Column.number("Error consistency ↑"),
                Column.number("Shape bias"),
                Column.number("Datasets")),
            rows,
            true);
    return new PageModel(
        Links.LEADERBOARD,
        DatasetPages.title(s.content().require("leaderboard"), "Leaderboard"),
        "leaderboard",
        "leaderboard",
        "Benchmark scores of humans and every model with decisions.",
        new Views.Leaderboard(
            s.content().require("leaderboard"), table, s.overviewFigures("benchmark")));
  }

  static PageModel downloads(PageSources s) {
    ReportData report = s.report();
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
                    report.name(id) + " (" + files.size() + " files, " + size(bytes) + ")",
                    report.hasDecisions(id) ? Links.model(id) : null,
                    files));
          }
        });
    return new PageModel(
        Links.DOWNLOADS,
        DatasetPages.title(s.content().require("downloads"), "Downloads"),
        "downloads",
        "downloads",
        "Model decisions, the numbers behind every figure and the analyses as JSON.",
        new Views.DownloadsPage(
            s.content().require("downloads"), s.downloads().json(), groups, s.figures()));
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
