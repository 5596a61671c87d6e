package org.cakebench.site.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.cakebench.analysis.BenchmarkScores;
import org.cakebench.data.Dataset;
import org.cakebench.data.PaperSection;
import org.cakebench.report.DatasetCoverage;
import org.cakebench.report.Format;
import org.cakebench.report.Leaderboard;
import org.cakebench.report.ReportData;

/**
 * The benchmark leaderboard as model-vs-human ranks it: the human-likeness ranking (mean rank over
 * accuracy difference, observed consistency and error consistency) and the OOD-accuracy ranking,
 * each with the scores over every dataset next to those over the paper's datasets and the humans as
 * the reference row; then, unranked, the observers with decisions on some datasets only.
 */
final class LeaderboardPage {
  private LeaderboardPage() {}

  static PageModel of(PageSources s) {
    ReportData report = s.data();
    Leaderboard board = s.report().leaderboard();
    Sets sets = Sets.of(report);
    List<Views.TableBlock> blocks = new ArrayList<>();
    blocks.add(
        new Views.TableBlock(
            "human-likeness", "Human-likeness ranking", "", likeness(report, board, sets)));
    blocks.add(
        new Views.TableBlock("ood-accuracy", "OOD accuracy ranking", "", ood(report, board, sets)));
    if (!board.partial().isEmpty()) {
      blocks.add(
          new Views.TableBlock(
              "partial-title",
              "Observers with decisions on some datasets only",
              "Not ranked: their means cover only the datasets they have, so they cannot be"
                  + " compared with the means over all "
                  + report.datasets().size()
                  + " datasets above.",
              partial(report, board.partial())));
    }
    return new PageModel(
        Links.LEADERBOARD,
        s.content().require("leaderboard").titleOr("Leaderboard"),
        "leaderboard",
        "leaderboard",
        "Model-vs-human ranks of every model with decisions: human-likeness and OOD accuracy.",
        new Views.Leaderboard(
            s.content().require("leaderboard"),
            blocks,
            s.report().overviewFigures(PaperSection.BENCHMARK)));
  }

  /** The two sets of datasets the scores are over: all with trials, and the paper's among them. */
  private record Sets(int all, int paper) {
    static Sets of(ReportData report) {
      List<Dataset> datasets = report.datasets();
      return new Sets(datasets.size(), (int) datasets.stream().filter(Dataset::inPaper).count());
    }

    /** Whether the paper's datasets are fewer than all, so that both columns say something. */
    boolean split() {
      return paper > 0 && paper < all;
    }

    String allLabel() {
      return "all " + all;
    }

    String paperLabel() {
      return "paper's " + paper;
    }
  }

  /** Humans first (the reference row, kept first by the sort script), then the ranked models. */
  private static List<Leaderboard.Row> rows(Leaderboard board, boolean byOod) {
    List<Leaderboard.Row> rows = new ArrayList<>();
    if (board.humans() != null) {
      rows.add(board.humans());
    }
    List<Leaderboard.Row> ranked = new ArrayList<>(board.ranked());
    if (byOod) {
      ranked.sort(java.util.Comparator.comparingDouble(Leaderboard.Row::oodRank));
    }
    rows.addAll(ranked);
    return rows;
  }

  private static TableView likeness(ReportData report, Leaderboard board, Sets sets) {
    List<Column> columns = new ArrayList<>();
    List<TableView.ColumnGroup> groups = new ArrayList<>();
    columns.add(Column.text("Observer"));
    columns.add(Column.lowerBetter("Rank"));
    columns.add(Column.lowerBetter("Mean rank"));
    groups.add(new TableView.ColumnGroup("", 3));
    measureColumns(columns, groups, "Accuracy difference ↓", Column.Better.LOWER, sets);
    measureColumns(columns, groups, "Observed consistency ↑", Column.Better.HIGHER, sets);
    measureColumns(columns, groups, "Error consistency ↑", Column.Better.HIGHER, sets);
    columns.add(Column.text("Group"));
    columns.add(Column.text("In the paper"));
    groups.add(new TableView.ColumnGroup("", 2));
    List<TableView.Row> rows = new ArrayList<>();
    for (Leaderboard.Row r : rows(board, false)) {
      List<Cell> cells = new ArrayList<>();
      boolean humans = r.scores().human();
      cells.add(observer(report, r));
      cells.add(rank(r.humanLikenessRank(), humans));
      cells.add(humans ? Cell.number(Format.MISSING, Double.NaN) : Cell.decimal(r.meanRank(), 2));
      measureCells(cells, r, BenchmarkScores::accuracyDifference, sets);
      measureCells(cells, r, BenchmarkScores::observedConsistency, sets);
      measureCells(cells, r, BenchmarkScores::errorConsistency, sets);
      cells.add(Cell.text(report.profile(r.observer()).group().title()));
      cells.add(inPaper(report, r));
      rows.add(new TableView.Row(cells, humans));
    }
    return new TableView(
        "leaderboard",
        "Human-likeness: the models with decisions on every dataset by their mean place in the three"
            + " measures, most human-like first, under the humans' reference row; scores over "
            + (sets.split() ? "all datasets and the paper's" : "every dataset")
            + "; select a column heading to sort (best first)",
        columns,
        rows,
        true,
        groups,
        TableView.Layout.CARDS);
  }

  private static TableView ood(ReportData report, Leaderboard board, Sets sets) {
    List<Column> columns = new ArrayList<>();
    List<TableView.ColumnGroup> groups = new ArrayList<>();
    columns.add(Column.text("Observer"));
    columns.add(Column.lowerBetter("Rank"));
    groups.add(new TableView.ColumnGroup("", 2));
    measureColumns(columns, groups, "OOD accuracy ↑", Column.Better.HIGHER, sets);
    columns.add(Column.number("Shape bias"));
    columns.add(Column.text("Group"));
    columns.add(Column.text("In the paper"));
    groups.add(new TableView.ColumnGroup("", 3));
    List<TableView.Row> rows = new ArrayList<>();
    for (Leaderboard.Row r : rows(board, true)) {
      List<Cell> cells = new ArrayList<>();
      boolean humans = r.scores().human();
      cells.add(observer(report, r));
      cells.add(rank(r.oodRank(), humans));
      cells.add(Cell.percent(r.scores().oodAccuracyInterval()));
      if (sets.split()) {
        cells.add(Cell.percent(r.paperScores().oodAccuracyInterval()));
      }
      cells.add(Cell.decimal(report.shapeBiasInterval(r.observer()), 2));
      cells.add(Cell.text(report.profile(r.observer()).group().title()));
      cells.add(inPaper(report, r));
      rows.add(new TableView.Row(cells, humans));
    }
    return new TableView(
        "leaderboard-ood",
        "OOD accuracy: the same models, most accurate first, with 95% intervals (models: over"
            + " images; humans: over participants); select a column heading to sort (best first)",
        columns,
        rows,
        true,
        groups,
        TableView.Layout.CARDS);
  }

  private static void measureColumns(
      List<Column> columns,
      List<TableView.ColumnGroup> groups,
      String measure,
      Column.Better better,
      Sets sets) {
    if (!sets.split()) {
      columns.add(new Column(measure, true, better));
      groups.add(new TableView.ColumnGroup("", 1));
      return;
    }
    columns.add(new Column(sets.allLabel(), true, better));
    columns.add(new Column(sets.paperLabel(), true, better));
    groups.add(new TableView.ColumnGroup(measure, 2));
  }

  private static void measureCells(
      List<Cell> cells, Leaderboard.Row r, ToDoubleFunction<BenchmarkScores> measure, Sets sets) {
    cells.add(Cell.decimal(measure.applyAsDouble(r.scores()), 3));
    if (sets.split()) {
      cells.add(Cell.decimal(measure.applyAsDouble(r.paperScores()), 3));
    }
  }

  private static Cell observer(ReportData report, Leaderboard.Row r) {
    return Cell.header(
        report.name(r.observer()), r.scores().human() ? null : Links.model(r.observer()));
  }

  /** A place, "reference" for the humans; shared places read as "2.5". */
  private static Cell rank(double place, boolean humans) {
    if (humans) {
      return Cell.number("reference", Double.NaN);
    }
    String text =
        place == Math.rint(place)
            ? Integer.toString((int) place)
            : String.format(Locale.ROOT, "%.1f", place);
    return Cell.number(text, place);
  }

  private static Cell inPaper(ReportData report, Leaderboard.Row r) {
    return Cell.text(
        r.scores().human() ? "reference" : report.profile(r.observer()).inPaper() ? "yes" : "no");
  }

  private static TableView partial(ReportData report, List<Leaderboard.Row> observers) {
    List<TableView.Row> rows = new ArrayList<>();
    for (Leaderboard.Row r : observers) {
      String id = r.observer();
      List<Dataset> datasets = DatasetCoverage.datasets(report, id);
      rows.add(
          new TableView.Row(
              List.of(
                  Cell.header(report.name(id), Links.model(id)),
                  Cell.text(report.profile(id).group().title()),
                  Cell.text(DatasetCoverage.describe(report, datasets)),
                  Cell.decimal(r.scores().errorConsistency(), 3),
                  Cell.decimal(report.shapeBiasInterval(id), 2)),
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
        false,
        TableView.Layout.CARDS);
  }
}
