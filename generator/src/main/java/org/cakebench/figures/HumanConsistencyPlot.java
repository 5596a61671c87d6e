package org.cakebench.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.analysis.HumanConsistency;
import org.cakebench.data.Condition;
import org.cakebench.data.Dataset;
import org.cakebench.data.Observers;

/**
 * Error consistency with humans against the conditions of one parametric dataset: each model's mean
 * kappa with the human participants, and for humans the mean over pairs of participants.
 */
final class HumanConsistencyPlot implements Figure {
  private final Dataset dataset;
  private final List<Condition> conditions;
  private final List<ObserverStyle> observers;
  private final Map<String, double[]> kappa = new LinkedHashMap<>();
  private final String missing;

  HumanConsistencyPlot(AnalysisResults results, ObserverStyles styles, Dataset dataset) {
    this.dataset = dataset;
    List<HumanConsistency> entries =
        results.humanConsistency().stream()
            .filter(h -> h.dataset().equals(dataset.name()))
            .toList();
    this.conditions =
        dataset.conditions().stream()
            .filter(c -> entries.stream().anyMatch(h -> h.condition().equals(c.label())))
            .toList();
    List<String> present = new ArrayList<>();
    entries.forEach(
        h -> {
          if (!present.contains(h.observer())) {
            present.add(h.observer());
          }
        });
    this.observers = styles.order(present).stream().map(styles::style).toList();
    for (String id : present) {
      double[] values = new double[conditions.size()];
      for (int i = 0; i < conditions.size(); i++) {
        String label = conditions.get(i).label();
        values[i] =
            entries.stream()
                .filter(h -> h.observer().equals(id) && h.condition().equals(label))
                .mapToDouble(HumanConsistency::kappa)
                .findFirst()
                .orElse(Double.NaN);
      }
      kappa.put(id, values);
    }
    this.missing = styles.missingPaperModels(present);
  }

  @Override
  public String id() {
    return "ec-" + dataset.name();
  }

  @Override
  public String section() {
    return "benchmark";
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
            + ": for each model its mean kappa with every participant; for humans the mean over"
            + " all pairs of participants.",
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
    for (ObserverStyle o : observers) {
      double[] v = kappa.get(o.id());
      double mean =
          java.util.Arrays.stream(v).filter(Double::isFinite).average().orElse(Double.NaN);
      text.append(o.id().equals(Observers.HUMANS) ? "Humans with each other" : o.name())
          .append(": mean kappa ")
          .append(Captions.value(mean))
          .append(". ");
    }
    return text.toString().strip();
  }

  @Override
  public DataTable table() {
    DataTable.Builder table =
        new DataTable.Builder("observer", "name", "group", "condition", "label", "kappa");
    for (ObserverStyle o : observers) {
      for (int i = 0; i < conditions.size(); i++) {
        table.row(
            o.id(),
            o.name(),
            o.group().key(),
            conditions.get(i).label(),
            conditions.get(i).plotLabel(),
            kappa.get(o.id())[i]);
      }
    }
    return table.build();
  }

  @Override
  public Drawing chart() {
    double min =
        kappa.values().stream()
            .flatMapToDouble(java.util.Arrays::stream)
            .filter(Double::isFinite)
            .min()
            .orElse(0);
    double yMin = Math.min(-0.2, Math.floor(min * 10) / 10);
    return ConditionLinePlot.draw(
        new ConditionLinePlot.Spec(
            dataset.title(),
            conditions.stream().map(Condition::plotLabel).toList(),
            dataset.xAxisLabel(),
            "Error consistency with humans (\u03ba)",
            yMin,
            1,
            observers,
            kappa,
            0,
            "\u03ba = 0: chance overlap"));
  }
}
