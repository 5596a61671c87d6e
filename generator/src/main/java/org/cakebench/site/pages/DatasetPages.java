package org.cakebench.site.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cakebench.data.Condition;
import org.cakebench.data.Dataset;
import org.cakebench.data.Datasets;
import org.cakebench.data.InvalidInputException;
import org.cakebench.data.Observers;
import org.cakebench.report.Format;
import org.cakebench.report.ReportData;
import org.cakebench.site.output.StimulusExample;

/** The datasets index (all 17) and one page per dataset with trials. */
final class DatasetPages {
  private DatasetPages() {}

  static PageModel index(PageSources s) {
    ReportData report = s.data();
    List<TableView.Row> rows = new ArrayList<>();
    for (Dataset d : Datasets.all()) {
      boolean trials = report.has(d);
      List<String> models = SectionTables.modelsOn(report, List.of(d));
      rows.add(
          new TableView.Row(
              List.of(
                  Cell.header(d.title(), trials ? Links.dataset(d) : null),
                  Cell.text(d.inPaper() ? "paper" : "extension (model-vs-human)"),
                  Cell.number(
                      d.parametric() ? Integer.toString(d.conditions().size()) : "1",
                      d.parametric() ? d.conditions().size() : 1),
                  Cell.number(Integer.toString(report.humans(d).size()), report.humans(d).size()),
                  Cell.number(
                      Format.count(report.trials(Observers.HUMANS, d)),
                      report.trials(Observers.HUMANS, d)),
                  Cell.text(modelsText(report, models)),
                  Cell.text(s.examples().containsKey(d) ? "yes" : "not published here")),
              false));
    }
    TableView table =
        new TableView(
            "table-datasets",
            "The "
                + Datasets.all().size()
                + " datasets: the paper's "
                + paperCount()
                + " and those of the later model-vs-human benchmark",
            List.of(
                Column.text("Dataset"),
                Column.text("Source"),
                Column.number("Conditions"),
                Column.number("Human observers"),
                Column.number("Human trials"),
                Column.text("Models with decisions"),
                Column.text("Images")),
            rows,
            true,
            TableView.Layout.CARDS);
    return new PageModel(
        Links.DATASETS,
        s.content().require("datasets").titleOr("Datasets"),
        "datasets",
        "index",
        "The " + Datasets.all().size() + " out-of-distribution datasets and their trials.",
        new Views.Index(
            s.content().require("datasets"),
            List.of(new Views.TableBlock("list-title", "Overview", "", table))));
  }

  /** How many of the registry's datasets the paper used. */
  static long paperCount() {
    return Datasets.PAPER.size();
  }

  /** The models of a dataset in a few words: the paper's by name, the others counted. */
  private static String modelsText(ReportData report, List<String> models) {
    if (models.isEmpty()) {
      return "none";
    }
    List<String> paper = report.names(models.stream().filter(report::compared).toList());
    long other = models.stream().filter(m -> !report.compared(m)).count();
    String text = paper.isEmpty() ? "" : Format.names(paper);
    if (other > 0) {
      text += (text.isEmpty() ? "" : "; ") + other + " other model" + (other == 1 ? "" : "s");
    }
    return text;
  }

  static List<PageModel> pages(PageSources s) {
    List<PageModel> pages = new ArrayList<>();
    for (Dataset d : s.data().datasets()) {
      pages.add(page(s, d));
    }
    return pages;
  }

  private static PageModel page(PageSources s, Dataset d) {
    ReportData report = s.data();
    String name = "datasets/" + d.name();
    if (!s.content().exists(name)) {
      throw new InvalidInputException(
          "content/" + name + ".md: missing description of dataset " + d.name());
    }
    List<Views.Fact> facts = new ArrayList<>();
    facts.add(
        new Views.Fact(
            "Source",
            d.inPaper()
                ? "one of the paper's " + paperCount() + " datasets"
                : "extension: from the later model-vs-human benchmark, not in the paper",
            null));
    facts.add(
        new Views.Fact(
            "Human observers",
            report.humans(d).size()
                + " ("
                + Format.count(report.trials(Observers.HUMANS, d))
                + " trials)",
            null));
    List<String> models = SectionTables.modelsOn(report, List.of(d));
    facts.add(
        new Views.Fact(
            "The paper's models with decisions",
            Format.names(report.names(models.stream().filter(report::compared).toList())),
            null));
    List<String> other = models.stream().filter(m -> !report.compared(m)).toList();
    if (!other.isEmpty()) {
      facts.add(
          new Views.Fact(
              "Other models with decisions",
              Format.names(report.names(other)),
              Links.MODELS + "#" + ModelPages.OTHER_MODELS));
    }
    if (d.parametric()) {
      facts.add(
          new Views.Fact(
              "Conditions",
              String.join(", ", d.conditions().stream().map(Condition::plotLabel).toList())
                  + " ("
                  + d.xAxisLabel()
                  + ")",
              null));
      facts.add(
          new Views.Fact(
              "Benchmark conditions",
              String.join(
                  ", ", d.benchmarkConditions().stream().map(Condition::plotLabel).toList()),
              Links.METHODS + "#benchmark-conditions"));
    }
    List<StimulusExample> examples = s.examples().getOrDefault(d, List.of());
    String note =
        examples.isEmpty()
            ? "The images of this dataset are published only as release archives upstream and"
                + " are not part of the data this site is built from."
            : "";
    return new PageModel(
        Links.dataset(d),
        d.title(),
        "datasets",
        "dataset",
        "Trials of humans and models on the " + d.title() + " dataset.",
        new Views.DatasetPage(
            s.content().require(name),
            facts,
            examples,
            note,
            s.report().figuresOf(d),
            List.of(byCondition(report, d, true), byCondition(report, d, false))));
  }

  /** Accuracy (or kappa with humans) of every observer in every condition of a dataset. */
  static TableView byCondition(ReportData report, Dataset d, boolean accuracy) {
    List<Condition> conditions = report.conditions(d);
    List<Column> columns = new ArrayList<>();
    columns.add(Column.text("Observer"));
    for (Condition c : conditions) {
      columns.add(Column.number(d.parametric() ? c.plotLabel() : "All trials"));
    }
    List<String> observers = new ArrayList<>();
    observers.add(Observers.HUMANS);
    observers.addAll(SectionTables.modelsOn(report, List.of(d)));
    List<TableView.Row> rows = new ArrayList<>();
    for (String o : observers) {
      List<Cell> cells = new ArrayList<>();
      boolean humans = o.equals(Observers.HUMANS);
      cells.add(Cell.header(report.name(o), humans ? null : Links.model(o)));
      for (Condition c : conditions) {
        cells.add(
            accuracy
                ? Cell.percent(report.accuracyInterval(o, d, c))
                : Cell.decimal(report.humanKappa(o, d, c), 2));
      }
      rows.add(new TableView.Row(cells, humans));
    }
    String axis = d.parametric() ? " by " + d.xAxisLabel().toLowerCase(Locale.ROOT) : "";
    return new TableView(
        accuracy ? "table-accuracy" : "table-kappa",
        accuracy
            ? d.title()
                + ": 16-class accuracy"
                + axis
                + " with 95% intervals (humans: pooled trials; interval over observers)"
            : d.title()
                + ": error consistency κ with the humans"
                + axis
                + " (mean over human observers; humans: over pairs of humans)",
        columns,
        rows,
        false,
        TableView.Layout.SCROLL);
  }
}
