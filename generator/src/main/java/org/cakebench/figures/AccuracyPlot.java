package org.cakebench.figures;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.analysis.Estimate;
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

  /**
   * Accuracy, trials and the ends of the accuracy's 95 % interval (see {@link
   * org.cakebench.analysis.StandardErrors}) of the pooled humans and every model in each condition
   * of {@code d}.
   */
  static ConditionSeries series(AnalysisResults results, ObserverStyles styles, Dataset d) {
    return ConditionSeries.collect(
        d,
        ObserverStyles.humansAndModels(results),
        styles,
        List.of("accuracy", "trials", "low", "high"),
        (id, condition) ->
            results
                .score(id, d, condition)
                .map(
                    s -> {
                      Estimate interval = s.accuracyInterval();
                      return new double[] {
                        s.accuracy(), s.trials(), interval.low(), interval.high()
                      };
                    }));
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
        barsNote(),
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
    return ConditionLinePlot.draw(spec());
  }

  /** What {@link #chart()} draws. */
  ConditionLinePlot.Spec spec() {
    return spec(series, "chance (1/16)", this::barred);
  }

  /**
   * What the bars are. Every observer of the paper gets its bar here, a model's over images: with
   * 160 to 640 images per condition its interval (up to ±8 points) is as wide as many of the gaps
   * between models that the paper discusses, so a reader needs it beside each model. Beyond a named
   * legend the models' bars become faint strips beneath the lines ({@link ConditionPanel}); each
   * marker's tooltip and the table still give its own interval.
   */
  private String barsNote() {
    if (series.observers().size() <= ConditionLinePlot.NAMED_LEGEND) {
      return "Bars: 95 % intervals; humans: between participants; models: over images.";
    }
    return "Bars: 95 % intervals; humans: between participants; the paper's models: over images,"
        + " as faint strips beneath the lines that darken where many overlap (each marker's"
        + " tooltip gives its own); models outside the paper's comparison have theirs in the"
        + " table only.";
  }

  /**
   * Whether observer {@code o} gets its bar: all do while the legend names each; beyond, the models
   * outside the paper's comparison, drawn light as context, get none.
   */
  private boolean barred(ObserverStyle o) {
    return o.paper() || series.observers().size() <= ConditionLinePlot.NAMED_LEGEND;
  }

  /**
   * The accuracies of {@code series} from 0 to 1, the dotted chance line labelled {@code chance},
   * with error bars for the observers {@code barred} accepts.
   */
  static ConditionLinePlot.Spec spec(
      ConditionSeries series, String chance, Predicate<ObserverStyle> barred) {
    return series
        .spec(
            "Classification accuracy",
            0,
            1,
            CHANCE,
            chance,
            v -> "accuracy " + Captions.percent(v, 1))
        .withBars(series.bars("low", "high", barred, v -> Captions.percent(v, 1)));
  }
}
