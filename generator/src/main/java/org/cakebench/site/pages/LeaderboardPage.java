package org.cakebench.site.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cakebench.analysis.BenchmarkScores;
import org.cakebench.data.Dataset;
import org.cakebench.data.PaperSection;
import org.cakebench.report.DatasetCoverage;
import org.cakebench.report.ReportData;

/**
 * The benchmark leaderboard: the observers with decisions on every dataset, ranked by OOD accuracy
 * under the human reference row, and, in a separate unranked table, the observers with decisions on
 * only some datasets, whose means cover fewer datasets and so cannot be ranked against the rest.
 */
final class LeaderboardPage {
  private LeaderboardPage() {}

  static PageModel of(PageSources s) {
    ReportData report = s.data();
    List<BenchmarkScores> complete = new ArrayList<>();
    List<BenchmarkScores> partial = new ArrayList<>();
    for (BenchmarkScores b : report.benchmarkRows()) {
      (b.human() || b.missingDatasets().isEmpty() ? complete : partial).add(b);
    }
    partial.sort(
        Comparator.comparingInt((BenchmarkScores b) -> report.models().indexOf(b.observer())));
    // Humans first, then the models by OOD accuracy (missing values last).
    complete.sort(
        Comparator.comparing((BenchmarkScores b) -> !b.human())
            .thenComparing(b -> Double.isFinite(b.oodAccuracy()) ? -b.oodAccuracy() : 1.0));
    List<Views.TableBlock> blocks = new ArrayList<>();
    blocks.add(new Views.TableBlock("table-title", "Scores", "", ranked(report, complete)));
    if (!partial.isEmpty()) {
      blocks.add(
          new Views.TableBlock(
              "partial-title",
              "Observers with decisions on some datasets only",
              "Not ranked: their means cover only the datasets they have, so they cannot be"
                  + " compared with the means over all "
                  + report.datasets().size()
                  + " datasets above.",
              partial(report, partial)));
    }
    return new PageModel(
        Links.LEADERBOARD,
        s.content().require("leaderboard").titleOr("Leaderboard"),
        "leaderboard",
        "leaderboard",
        "Benchmark scores of humans and every model with decisions.",
        new Views.Leaderboard(
            s.content().require("leaderboard"),
            blocks,
            s.report().overviewFigures(PaperSection.BENCHMARK)));
  }

  private static TableView ranked(ReportData report, List<BenchmarkScores> ordered) {
    List<TableView.Row> rows = new ArrayList<>();
    int rank = 0;
    for (BenchmarkScores b : ordered) {
      boolean humans = b.human();
      String id = b.observer();
      if (!humans) {
        rank++;
      }
      rows.add(
          new TableView.Row(
              List.of(
                  Cell.header(report.name(id), humans ? null : Links.model(id)),
                  humans
                      ? Cell.number("reference", Double.NaN)
                      : Cell.number(Integer.toString(rank), rank),
                  Cell.text(report.profile(id).group().title()),
                  Cell.text(humans ? "reference" : report.profile(id).inPaper() ? "yes" : "no"),
                  Cell.percent(b.oodAccuracy()),
                  Cell.decimal(b.accuracyDifference(), 3),
                  Cell.decimal(b.observedConsistency(), 3),
                  Cell.decimal(b.errorConsistency(), 3),
                  Cell.decimal(b.shapeBias(), 3)),
              humans));
    }
    return new TableView(
        "leaderboard",
        "Benchmark scores over all "
            + report.datasets().size()
            + " datasets: humans (the reference row) first, then the models ranked by OOD"
            + " accuracy; select a column heading to sort",
        List.of(
            Column.text("Observer"),
            Column.number("Rank"),
            Column.text("Group"),
            Column.text("In the paper"),
            Column.number("OOD accuracy ↑"),
            Column.number("Accuracy difference ↓"),
            Column.number("Observed consistency ↑"),
            Column.number("Error consistency ↑"),
            Column.number("Shape bias")),
        rows,
        true);
  }

  private static TableView partial(ReportData report, List<BenchmarkScores> observers) {
    List<TableView.Row> rows = new ArrayList<>();
    for (BenchmarkScores b : observers) {
      String id = b.observer();
      List<Dataset> datasets = DatasetCoverage.datasets(report, id);
      rows.add(
          new TableView.Row(
              List.of(
                  Cell.header(report.name(id), Links.model(id)),
                  Cell.text(report.profile(id).group().title()),
                  Cell.text(DatasetCoverage.describe(report, datasets)),
                  Cell.decimal(b.errorConsistency(), 3),
                  Cell.decimal(b.shapeBias(), 3)),
              false));
    }
    return new TableView(
        "leaderboard-partial",
        "Observers with decisions on some datasets only, unranked, in catalogue order; error"
            + " consistency is their mean over the datasets they have",
        List.of(
            Column.text("Observer"),
            Column.text("Group"),
            Column.text("Datasets with decisions"),
            Column.number("Error consistency (their datasets)"),
            Column.number("Shape bias")),
        rows,
        false);
  }
}
