package org.cakebench.figures;

import java.util.List;
import java.util.Optional;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.analysis.ConditionScore;
import org.cakebench.data.Dataset;
import org.cakebench.data.Observers;
import org.cakebench.data.PaperSection;

/**
 * Error consistency with humans against the conditions of one parametric dataset: each model's mean
 * kappa with the human participants, and as the humans' line ("Humans (pairs)") the mean over pairs
 * of participants.
 */
final class HumanConsistencyPlot implements Figure {
  /** The humans' line is the human-human mean, not the humans' consistency with themselves. */
  static final String HUMAN_PAIRS = "Humans (pairs)";

  private final Dataset dataset;
  private final ConditionSeries series;
  private final String missing;

  HumanConsistencyPlot(AnalysisResults results, ObserverStyles styles, Dataset dataset) {
    this.dataset = dataset;
    List<String> candidates = ObserverStyles.humansAndModels(results);
    this.series =
        ConditionSeries.collect(
                dataset,
                candidates,
                styles,
                List.of("kappa", "observed_consistency"),
                (id, condition) ->
                    results
                        .score(id, dataset, condition)
                        .map(ConditionScore::withHumans)
                        .map(h -> new double[] {h.kappa(), h.observed()}))
            .renamed(Observers.HUMANS, HUMAN_PAIRS);
    this.missing = styles.missingPaperModels(series.ids());
  }

  @Override
  public String id() {
    return "ec-" + dataset.name();
  }

  @Override
  public Optional<Dataset> dataset() {
    return Optional.of(dataset);
  }

  @Override
  public PaperSection section() {
    return PaperSection.BENCHMARK;
  }

  @Override
  public String title() {
    return dataset.title() + ": error consistency with humans";
  }

  @Override
  public String caption() {
    return Captions.join(
        "Error consistency (Cohen's kappa on trial-by-trial correctness) with the human"
            + " participants in the "
            + Captions.lower(dataset.title())
            + " experiment, by "
            + Captions.lower(dataset.xAxisLabel())
            + ": for each model its mean kappa with every participant; \""
            + HUMAN_PAIRS
            + "\" is the mean over all pairs of different participants.",
        "Kappa 0 (dotted) means no more overlap of errors than the accuracies alone predict.",
        missing);
  }

  @Override
  public String altText() {
    StringBuilder text =
        new StringBuilder("Line chart of error consistency with humans (kappa) against ")
            .append(Captions.lower(dataset.xAxisLabel()))
            .append(" for ")
            .append(Captions.lower(dataset.title()))
            .append(". ");
    for (ObserverStyle o : series.observers()) {
      text.append(o.id().equals(Observers.HUMANS) ? "Pairs of human participants" : o.name())
          .append(": mean kappa ")
          .append(Captions.value(series.mean(o.id())))
          .append(". ");
    }
    return text.toString().strip();
  }

  @Override
  public DataTable table() {
    return series.table();
  }

  @Override
  public Drawing chart() {
    double yMin = Math.min(-0.2, Math.floor(series.min(0) * 10) / 10);
    return series.plot(
        "Error consistency with humans (\u03ba)", yMin, 1, 0, "\u03ba = 0: chance overlap");
  }
}
