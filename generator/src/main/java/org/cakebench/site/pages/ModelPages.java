package org.cakebench.site.pages;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cakebench.analysis.BenchmarkScores;
import org.cakebench.data.Dataset;
import org.cakebench.data.InvalidInputException;
import org.cakebench.data.ObserverProfile;
import org.cakebench.data.Observers;
import org.cakebench.report.DatasetCoverage;
import org.cakebench.report.Format;
import org.cakebench.report.ReportData;

/**
 * The models index (the paper's 32, then the other models: extras and models found only in the
 * data) and one page per model with decisions.
 */
final class ModelPages {
  private ModelPages() {}

  /** The id of the models page's section on models outside the paper's comparison. */
  static final String OTHER_MODELS = "other-models";

  static PageModel index(PageSources s) {
    ReportData report = s.data();
    Set<String> ids = new LinkedHashSet<>();
    report.catalog().models().forEach(p -> ids.add(p.id()));
    ids.addAll(report.models());
    List<String> paper = ids.stream().filter(report::compared).toList();
    List<String> other = ids.stream().filter(id -> !report.compared(id)).toList();
    List<TableView.Row> rows = new ArrayList<>();
    for (String id : paper) {
      ObserverProfile p = report.profile(id);
      boolean decisions = report.hasDecisions(id);
      long datasets = DatasetCoverage.datasets(report, id).size();
      rows.add(
          new TableView.Row(
              List.of(
                  Cell.header(p.name(), decisions ? Links.model(id) : null),
                  Cell.text(p.group().title()),
                  Cell.text(p.family()),
                  Cell.number(
                      decisions ? datasets + " of " + report.datasets().size() : "no decisions yet",
                      decisions ? datasets : Double.NaN),
                  Cell.text(provenance(p))),
              false));
    }
    TableView paperTable =
        new TableView(
            "table-models",
            "The paper's " + paper.size() + " models and which of them have decisions",
            List.of(
                Column.text("Model"),
                Column.text("Group"),
                Column.text("Family"),
                Column.number("Datasets with decisions"),
                Column.text("Provenance")),
            rows,
            true,
            TableView.Layout.CARDS);
    List<Views.TableBlock> blocks = new ArrayList<>();
    blocks.add(new Views.TableBlock("paper-models", "The paper's models", "", paperTable));
    if (!other.isEmpty()) {
      blocks.add(
          new Views.TableBlock(
              OTHER_MODELS,
              "Other models",
              "Not part of the paper's comparison: shown for reference, never counted in its"
                  + " claims. In the data: "
                  + DatasetCoverage.summary(report, report.otherModels())
                  + ".",
              otherTable(report, other)));
    }
    return new PageModel(
        Links.MODELS,
        s.content().require("models").titleOr("Models"),
        "models",
        "index",
        "The "
            + report.paperCatalog().size()
            + " models of the paper, which of them have decisions, and the other models shown.",
        new Views.Index(s.content().require("models"), blocks));
  }

  /** Models outside the paper's comparison, with the datasets they have decisions on. */
  private static TableView otherTable(ReportData report, List<String> ids) {
    List<TableView.Row> rows = new ArrayList<>();
    for (String id : ids) {
      ObserverProfile p = report.profile(id);
      boolean decisions = report.hasDecisions(id);
      List<Dataset> datasets = DatasetCoverage.datasets(report, id);
      rows.add(
          new TableView.Row(
              List.of(
                  Cell.header(p.name(), decisions ? Links.model(id) : null),
                  Cell.text(p.family().isEmpty() ? Format.MISSING : p.family()),
                  Cell.text(
                      decisions ? DatasetCoverage.describe(report, datasets) : "no decisions yet"),
                  Cell.text(
                      p.listed() ? provenance(p) : "found in the data, not in observers.yaml")),
              false));
    }
    return new TableView(
        "table-other-models",
        "Models outside the paper's comparison and the datasets they have decisions on",
        List.of(
            Column.text("Model"),
            Column.text("Family"),
            Column.text("Datasets with decisions"),
            Column.text("Provenance")),
        rows,
        true,
        TableView.Layout.CARDS);
  }

  private static String provenance(ObserverProfile p) {
    return p.provenance().isEmpty() ? Format.MISSING : p.provenance();
  }

  static List<PageModel> pages(PageSources s) {
    Set<String> paths = new LinkedHashSet<>();
    List<PageModel> pages = new ArrayList<>();
    for (String id : s.data().models()) {
      if (!paths.add(Links.model(id))) {
        throw new InvalidInputException(
            "two models share the page " + Links.model(id) + "; ids must differ beyond case");
      }
      pages.add(page(s, id));
    }
    return pages;
  }

  private static PageModel page(PageSources s, String id) {
    ReportData report = s.data();
    ObserverProfile p = report.profile(id);
    BenchmarkScores b = report.benchmark(id).orElse(null);
    List<Views.Fact> facts = new ArrayList<>();
    facts.add(new Views.Fact("Id in the data", id, null));
    facts.add(new Views.Fact("Group", p.group().title(), null));
    facts.add(new Views.Fact("Family", p.family().isEmpty() ? Format.MISSING : p.family(), null));
    facts.add(
        new Views.Fact(
            "In the paper",
            p.inPaper()
                ? "yes, one of its " + report.paperCatalog().size() + " models"
                : "no: outside the paper's comparison, shown for reference",
            null));
    facts.add(
        new Views.Fact(
            "Provenance", p.provenance().isEmpty() ? Format.MISSING : p.provenance(), null));
    facts.add(
        new Views.Fact(
            "Shape bias",
            Format.decimal(report.shapeBias(id), 2)
                + (Double.isFinite(report.shapeBias(id))
                    ? " " + Format.interval(report.shapeBiasInterval(id), 2)
                    : "")
                + " ("
                + Format.percent(report.textureShare(id))
                + " texture decisions)",
            "shape-bias.html"));
    List<TableView> tables = new ArrayList<>();
    boolean complete = b != null && b.missingDatasets().isEmpty();
    // Means over fewer datasets cannot stand next to the humans' means over all of them.
    if (complete) {
      tables.add(benchmark(report, b));
    }
    tables.add(perDataset(report, id));
    List<Dataset> datasets = DatasetCoverage.datasets(report, id);
    String missing =
        complete || b == null
            ? ""
            : "Decisions on "
                + DatasetCoverage.describe(report, datasets)
                + " ("
                + datasets.size()
                + " of "
                + report.datasets().size()
                + " datasets): its benchmark means would cover only those, so they are not shown"
                + " here, and the leaderboard lists it unranked. The table compares it with the"
                + " humans dataset by dataset.";
    return new PageModel(
        Links.model(id),
        p.name(),
        "models",
        "model",
        p.name() + ": accuracy, error consistency with humans and shape bias.",
        new Views.ModelPage(facts, tables, missing));
  }

  private static TableView benchmark(ReportData report, BenchmarkScores b) {
    BenchmarkScores h = report.benchmark(Observers.HUMANS).orElse(null);
    List<TableView.Row> rows = new ArrayList<>();
    rows.add(
        new TableView.Row(
            List.of(
                Cell.header("OOD accuracy", null),
                Cell.percent(b.oodAccuracyInterval()),
                h == null ? Cell.percent(Double.NaN) : Cell.percent(h.oodAccuracyInterval())),
            false));
    rows.add(
        benchmarkRow(
            "Accuracy difference",
            b.accuracyDifference(),
            h == null ? Double.NaN : h.accuracyDifference()));
    rows.add(
        benchmarkRow(
            "Observed consistency",
            b.observedConsistency(),
            h == null ? Double.NaN : h.observedConsistency()));
    rows.add(
        benchmarkRow(
            "Error consistency κ",
            b.errorConsistency(),
            h == null ? Double.NaN : h.errorConsistency()));
    return new TableView(
        "table-benchmark",
        "Benchmark scores against the human observers (means over datasets, OOD accuracy with its"
            + " 95% interval; see Methods)",
        List.of(
            Column.text("Measure"),
            Column.number(report.name(b.observer())),
            Column.number("Humans")),
        rows,
        false,
        TableView.Layout.CARDS);
  }

  private static TableView.Row benchmarkRow(String label, double value, double humans) {
    return new TableView.Row(
        List.of(Cell.header(label, null), Cell.decimal(value, 3), Cell.decimal(humans, 3)), false);
  }

  private static TableView perDataset(ReportData report, String id) {
    List<TableView.Row> rows = new ArrayList<>();
    for (Dataset d : report.datasets()) {
      boolean has = report.has(id, d);
      if (!has) {
        continue; // the page's note names the datasets without decisions
      }
      rows.add(
          new TableView.Row(
              List.of(
                  Cell.header(d.title(), Links.dataset(d)),
                  Cell.text(d.inPaper() ? "paper" : "extension"),
                  Cell.percent(report.accuracyInterval(id, d)),
                  Cell.percent(report.accuracyInterval(Observers.HUMANS, d)),
                  Cell.decimal(report.humanKappa(id, d), 2),
                  Cell.decimal(report.humanKappa(Observers.HUMANS, d), 2)),
              false));
    }
    return new TableView(
        "table-per-dataset",
        "Per dataset with decisions: accuracy (with its 95% interval) and error consistency κ with"
            + " humans, over the benchmark conditions",
        List.of(
            Column.text("Dataset"),
            Column.text("Source"),
            Column.number("Accuracy"),
            Column.number("Humans' accuracy"),
            Column.number("κ with humans"),
            Column.number("Human–human κ")),
        rows,
        false,
        TableView.Layout.CARDS);
  }
}
