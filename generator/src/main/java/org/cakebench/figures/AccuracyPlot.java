package org.cakebench.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.analysis.ConditionScore;
import org.cakebench.data.Condition;
import org.cakebench.data.Dataset;
import org.cakebench.data.Observers;

/**
 * Figure 1 of the paper for one parametric dataset: 16-class accuracy of the pooled humans and each
 * model against the distortion's conditions, with chance at 1/16.
 */
final class AccuracyPlot implements Figure {
  private static final double CHANCE = 1.0 / 16;

  private final Dataset dataset;
  private final List<Condition> conditions;
  private final List<ObserverStyle> observers;
  private final Map<String, double[]> accuracy = new LinkedHashMap<>();
  private final Map<String, int[]> trials = new LinkedHashMap<>();
  private final String missing;

  AccuracyPlot(AnalysisResults results, ObserverStyles styles, Dataset dataset) {
    this.dataset = dataset;
    this.conditions =
        dataset.conditions().stream()
            .filter(c -> results.scores().stream().anyMatch(s -> matches(s, c)))
            .toList();
    List<String> ids = new ArrayList<>();
    ids.add(Observers.HUMANS);
    ids.addAll(results.models());
    List<String> present = ids.stream().filter(id -> results.has(id, dataset.name())).toList();
    this.observers = styles.order(present).stream().map(styles::style).toList();
    for (String id : present) {
      double[] values = new double[conditions.size()];
      int[] counts = new int[conditions.size()];
      for (int i = 0; i < conditions.size(); i++) {
        ConditionScore score =
            results.score(id, dataset.name(), conditions.get(i).label()).orElse(null);
        values[i] = score == null ? Double.NaN : score.accuracy();
        counts[i] = score == null ? 0 : score.trials();
      }
      accuracy.put(id, values);
      trials.put(id, counts);
    }
    this.missing = styles.missingPaperModels(present);
  }

  private boolean matches(ConditionScore s, Condition c) {
    return s.dataset().equals(dataset.name()) && s.condition().equals(c.label());
  }

  @Override
  public String id() {
    return "fig1-" + dataset.name();
  }

  @Override
  public String section() {
    return "ood";
  }

  @Override
  public String title() {
    return dataset.title() + ": accuracy";
  }

  @Override
  public String caption() {
    return Captions.join(
        "Classification accuracy (16 classes) of "
            + Captions.who(observers)
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
            .append(String.join(", ", conditions.stream().map(Condition::plotLabel).toList()))
            .append(". ");
    for (ObserverStyle o : observers) {
      double[] v = accuracy.get(o.id());
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
    DataTable.Builder table =
        new DataTable.Builder(
            "observer", "name", "group", "condition", "label", "accuracy", "trials");
    for (ObserverStyle o : observers) {
      for (int i = 0; i < conditions.size(); i++) {
        table.row(
            o.id(),
            o.name(),
            o.group().key(),
            conditions.get(i).label(),
            conditions.get(i).plotLabel(),
            accuracy.get(o.id())[i],
            trials.get(o.id())[i]);
      }
    }
    return table.build();
  }

  @Override
  public Drawing chart() {
    return ConditionLinePlot.draw(
        new ConditionLinePlot.Spec(
            dataset.title(),
            conditions.stream().map(Condition::plotLabel).toList(),
            dataset.xAxisLabel(),
            "Classification accuracy",
            0,
            1,
            observers,
            accuracy,
            CHANCE,
            "chance"));
  }
}
