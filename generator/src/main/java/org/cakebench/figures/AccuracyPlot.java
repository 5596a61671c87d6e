package org.cakebench.figures;

import java.util.List;
import java.util.Optional;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.data.Dataset;
import org.cakebench.data.PaperSection;
import org.jspecify.annotations.Nullable;

/**
 * Figure 1 of the paper for one parametric dataset: 16-class accuracy of the pooled humans and each
 * model against the distortion's conditions, with chance at 1/16.
 */
final class AccuracyPlot implements Figure {
  private static final double CHANCE = 1.0 / 16;

  private final Dataset dataset;
  private final ConditionSeries series;
  private final String missing;
  private final @Nullable String panelOf;

  AccuracyPlot(AnalysisResults results, ObserverStyles styles, Dataset dataset) {
    this(results, styles, dataset, null);
  }

  /** The plot of {@code dataset}, also shown as a panel of the figure {@code panelOf}, if any. */
  AccuracyPlot(
      AnalysisResults results, ObserverStyles styles, Dataset dataset, @Nullable String panelOf) {
    this.dataset = dataset;
    this.series = series(results, styles, dataset);
    this.missing = styles.missingPaperModels(series.ids());
    this.panelOf = panelOf;
  }

  /** Accuracy and trials of the pooled humans and every model in each condition of {@code d}. */
  static ConditionSeries series(AnalysisResults results, ObserverStyles styles, Dataset d) {
    return ConditionSeries.collect(
        d,
        ObserverStyles.humansAndModels(results),
        styles,
        List.of("accuracy", "trials"),
        (id, condition) ->
            results.score(id, d, condition).map(s -> new double[] {s.accuracy(), s.trials()}));
  }

  @Override
  public String id() {
    return "fig1-" + dataset.name();
  }

  @Override
  public Optional<Dataset> dataset() {
    return Optional.of(dataset);
  }

  @Override
  public Optional<String> panelOf() {
    return Optional.ofNullable(panelOf);
  }

  @Override
  public PaperSection section() {
    return PaperSection.OOD;
  }

  @Override
  public String title() {
    return dataset.title() + ": accuracy";
  }

  @Override
  public String caption() {
    return Captions.join(
        "Classification accuracy (16 classes) of "
            + Captions.who(series.observers())
            + " in the "
            + Captions.lower(dataset.title())
            + " experiment, by "
            + Captions.lower(dataset.xAxisLabel())
            + "; humans are pooled over all participants.",
        "The dotted line marks chance (1/16).",
        missing);
  }

  @Override
  public String altText() {
    StringBuilder text =
        new StringBuilder("Line chart of classification accuracy from 0 to 1 against ")
            .append(Captions.lower(dataset.xAxisLabel()))
            .append(" for ")
            .append(Captions.lower(dataset.title()))
            .append(", conditions ")
            .append(String.join(", ", series.labels()))
            .append(". ");
    for (ObserverStyle o : series.observers()) {
      double[] v = series.drawn(o.id());
      text.append(o.name())
          .append(" from ")
          .append(Captions.value(v[0]))
          .append(" to ")
          .append(Captions.value(v[v.length - 1]))
          .append(". ");
    }
    return text.append("Chance is 0.06.").toString();
  }

  @Override
  public DataTable table() {
    return series.table();
  }

  @Override
  public Drawing chart() {
    return ConditionLinePlot.draw(spec(series, "chance (1/16)"));
  }

  /**
   * The accuracies of {@code series} from 0 to 1, the dotted chance line labelled {@code chance}.
   */
  static ConditionLinePlot.Spec spec(ConditionSeries series, String chance) {
    return series.spec(
        "Classification accuracy", 0, 1, CHANCE, chance, v -> "accuracy " + Captions.percent(v, 1));
  }
}
