package org.cakebench.site.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.cakebench.analysis.DominantResponse;
import org.cakebench.data.Condition;
import org.cakebench.data.Dataset;
import org.cakebench.data.Datasets;
import org.cakebench.data.Observers;
import org.cakebench.data.PaperSection;
import org.cakebench.report.Format;
import org.cakebench.report.ReportData;

/**
 * The numbers behind each results section, as tables: accuracy per distortion (3.1), dominant
 * response and response entropy per noise level (3.2), error consistency on the texture-shape
 * datasets (3.3) and shape bias (3.4). Columns grow with the models that have decisions.
 */
public final class SectionTables {
  private SectionTables() {}

  /** The tables of section {@code key}. */
  public static List<TableView> of(PaperSection section, ReportData report) {
    return switch (section) {
      case OOD -> List.of(accuracy(report));
      case CATEGORY ->
          List.of(
              dominant(report, Datasets.UNIFORM_NOISE),
              entropy(report, Datasets.UNIFORM_NOISE),
              dominant(report, Datasets.LOW_PASS));
      case IMAGE ->
          Datasets.TEXTURE_SHAPE.stream()
              .filter(report::has)
              .map(d -> consistency(report, d))
              .toList();
      case SHAPE -> List.of(shapeBias(report));
      default -> List.of();
    };
  }

  static List<Column> observerColumns(String first, ReportData report, List<String> models) {
    List<Column> columns = new ArrayList<>();
    columns.add(Column.text(first));
    columns.add(Column.number("Humans"));
    models.forEach(m -> columns.add(Column.number(report.name(m))));
    return columns;
  }

  /**
   * The models with decisions on any of {@code datasets}: the paper's models first, then the
   * others, each in catalogue order. Models without data there get no column.
   */
  static List<String> modelsOn(ReportData report, List<Dataset> datasets) {
    List<String> models = new ArrayList<>();
    for (List<String> part : List.of(report.comparisonModels(), report.otherModels())) {
      part.stream()
          .filter(m -> datasets.stream().anyMatch(d -> report.has(m, d)))
          .forEach(models::add);
    }
    return models;
  }

  /**
   * Headings over the model columns of {@link #observerColumns} (after {@code leading} columns):
   * "The paper's models" and "Other models"; none when all models are the paper's.
   */
  static List<TableView.ColumnGroup> modelGroups(
      ReportData report, List<String> models, int leading) {
    long paper = models.stream().filter(report::compared).count();
    long other = models.size() - paper;
    if (other == 0) {
      return List.of();
    }
    List<TableView.ColumnGroup> groups = new ArrayList<>();
    groups.add(new TableView.ColumnGroup("", leading));
    if (paper > 0) {
      groups.add(new TableView.ColumnGroup("The paper's models", (int) paper));
    }
    groups.add(new TableView.ColumnGroup("Other models", (int) other));
    return groups;
  }

  static TableView accuracy(ReportData report) {
    List<Dataset> distortions = report.datasets().stream().filter(Dataset::parametric).toList();
    List<String> models = modelsOn(report, distortions);
    List<TableView.Row> rows = new ArrayList<>();
    for (Dataset d : report.datasets()) {
      if (!d.parametric()) {
        continue;
      }
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.header(d.title(), Links.dataset(d)));
      cells.add(Cell.percent(report.accuracyInterval(Observers.HUMANS, d)));
      models.forEach(m -> cells.add(Cell.percent(report.accuracyInterval(m, d))));
      rows.add(new TableView.Row(cells, false));
    }
    return new TableView(
        "table-ood-accuracy",
        "Accuracy on the twelve distortions, mean over each dataset's benchmark conditions"
            + " (humans: mean over observers), with 95% intervals",
        observerColumns("Distortion", report, models),
        rows,
        false,
        modelGroups(report, models, 2),
        TableView.Layout.SCROLL);
  }

  static TableView dominant(ReportData report, Dataset dataset) {
    return perCondition(
        report,
        dataset,
        "table-dominant-",
        ": most frequent response and its share of all decisions per condition (chance 6.25%)",
        (observer, condition) -> dominantCell(report, observer, dataset, condition));
  }

  /** A table with a row per condition and a column per observer (humans first). */
  private static TableView perCondition(
      ReportData report,
      Dataset dataset,
      String idPrefix,
      String captionAfterTitle,
      BiFunction<String, Condition, Cell> cell) {
    List<String> models = modelsOn(report, List.of(dataset));
    List<TableView.Row> rows = new ArrayList<>();
    for (Condition condition : report.conditions(dataset)) {
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.header(condition.plotLabel(), null));
      cells.add(cell.apply(Observers.HUMANS, condition));
      models.forEach(m -> cells.add(cell.apply(m, condition)));
      rows.add(new TableView.Row(cells, false));
    }
    return new TableView(
        idPrefix + dataset.name(),
        dataset.title() + captionAfterTitle,
        observerColumns(axis(dataset), report, models),
        rows,
        false,
        modelGroups(report, models, 2),
        TableView.Layout.SCROLL);
  }

  private static Cell dominantCell(
      ReportData report, String observer, Dataset dataset, Condition condition) {
    DominantResponse d = report.dominant(observer, dataset, condition);
    String text =
        d.category() == null
            ? Format.MISSING
            : Format.category(d.category()) + " " + Format.percent(d.share());
    return Cell.number(text, d.share());
  }

  static TableView entropy(ReportData report, Dataset dataset) {
    return perCondition(
        report,
        dataset,
        "table-entropy-",
        ": response entropy in bits per condition (4 bits: all categories equally often;"
            + " humans: mean over observers)",
        (observer, condition) -> Cell.decimal(report.entropy(observer, dataset, condition), 2));
  }

  static TableView consistency(ReportData report, Dataset dataset) {
    List<String> models = modelsOn(report, List.of(dataset));
    List<TableView.Row> rows = new ArrayList<>();
    List<Cell> humans = new ArrayList<>();
    humans.add(Cell.header("Humans", null));
    // Between pairs of humans, with the bootstrap interval over images where it was computed.
    humans.add(
        report
            .intervals(dataset)
            .map(i -> Cell.decimal(i.humans(), 2))
            .orElse(Cell.decimal(report.humanKappa(Observers.HUMANS, dataset), 2)));
    models.forEach(m -> humans.add(Cell.decimal(report.humanKappa(m, dataset), 2)));
    rows.add(new TableView.Row(humans, true));
    for (String a : models) {
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.header(report.name(a), Links.model(a)));
      cells.add(Cell.decimal(report.humanKappa(a, dataset), 2));
      for (String b : models) {
        cells.add(
            a.equals(b)
                ? Cell.number(Format.MISSING, Double.NaN)
                : Cell.decimal(report.pairKappa(a, b, dataset), 2));
      }
      rows.add(new TableView.Row(cells, false));
    }
    return new TableView(
        "table-kappa-" + dataset.name(),
        dataset.title()
            + ": error consistency κ between observers (Humans: mean over human observers; Humans"
            + " × Humans: mean over pairs of different humans, with its 95% bootstrap interval)",
        observerColumns("Observer", report, models),
        rows,
        false,
        modelGroups(report, models, 2),
        TableView.Layout.SCROLL);
  }

  static TableView shapeBias(ReportData report) {
    List<TableView.Row> rows = new ArrayList<>();
    rows.add(shapeRow(report, Observers.HUMANS, true));
    modelsOn(report, List.of(Datasets.CUE_CONFLICT))
        .forEach(m -> rows.add(shapeRow(report, m, false)));
    return new TableView(
        "table-shape-bias",
        "Shape bias (with its 95% interval) and texture decisions on cue-conflict images (of the"
            + " decisions naming either cue)",
        List.of(
            Column.text("Observer"),
            Column.text("Group"),
            Column.number("Shape bias"),
            Column.number("Texture decisions"),
            Column.number("Trials")),
        rows,
        false,
        TableView.Layout.CARDS);
  }

  private static TableView.Row shapeRow(ReportData report, String id, boolean humans) {
    return new TableView.Row(
        List.of(
            Cell.header(report.name(id), humans ? null : Links.model(id)),
            Cell.text(report.profile(id).group().title()),
            Cell.decimal(report.shapeBiasInterval(id), 2),
            Cell.percent(report.textureShare(id)),
            Cell.number(
                Format.count(report.trials(id, Datasets.CUE_CONFLICT)),
                report.trials(id, Datasets.CUE_CONFLICT))),
        humans);
  }

  private static String axis(Dataset dataset) {
    return dataset.xAxisLabel().isEmpty() ? "Condition" : dataset.xAxisLabel();
  }
}
