package org.cakebench.site.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cakebench.analysis.BenchmarkScores;
import org.cakebench.site.report.ReportData;

/** The benchmark leaderboard: the benchmark scores of humans and every model with decisions. */
final class LeaderboardPage {
  private LeaderboardPage() {}

  static PageModel of(PageSources s) {
    ReportData report = s.report();
    List<TableView.Row> rows = new ArrayList<>();
    // Humans first, then the models by OOD accuracy (missing values last).
    List<BenchmarkScores> ordered =
        report.results().benchmark().values().stream()
            .sorted(
                Comparator.comparing((BenchmarkScores b) -> !b.human())
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
        s.content().require("leaderboard").titleOr("Leaderboard"),
        "leaderboard",
        "leaderboard",
        "Benchmark scores of humans and every model with decisions.",
        new Views.Leaderboard(
            s.content().require("leaderboard"), table, s.overviewFigures("benchmark")));
  }
}
