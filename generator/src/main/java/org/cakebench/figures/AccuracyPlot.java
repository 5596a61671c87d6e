package org.cakebench.figures;

import java.util.List;
import java.util.Optional;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.data.Dataset;
import org.cakebench.data.PaperSection;

/**
 * Figure 1 of the paper for one parametric dataset: 16-class accuracy of the pooled humans and each
 * model against the distortion's conditions, with chance at 1/16.
 */
final class AccuracyPlot implements Figure {
  private static final double CHANCE = 1.0 / 16;

  private final Dataset dataset;
  private final ConditionSeries series;
  private final String missing;

  AccuracyPlot(AnalysisResults results, ObserverStyles styles, Dataset dataset) {
    this.dataset = dataset;
    List<String> candidates = ObserverStyles.humansAndModels(results);
    this.series =
        ConditionSeries.collect(
            dataset,
            candidates,
            styles,
            List.of("accuracy", "trials"),
            (id, condition) ->
                results
                    .score(id, dataset, condition)
                    .map(s -> new double[] {s.accuracy(), s.trials()}));
    this.missing = styles.missingPaperModels(series.ids());
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
    return series.plot("Classification accuracy", 0, 1, CHANCE, "chance (1/16)");
  }
}
