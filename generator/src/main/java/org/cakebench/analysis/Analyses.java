package org.cakebench.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.cakebench.data.Condition;
import org.cakebench.data.DatasetTrials;
import org.cakebench.data.InvalidInputException;
import org.cakebench.data.ObserverTrials;
import org.cakebench.data.Observers;
import org.cakebench.data.RawData;
import org.cakebench.data.Trial;

/** Applies every measure to the raw data and gathers the {@link AnalysisResults}. */
public final class Analyses {
  /** The condition label that stands for all trials of a dataset. */
  public static final String ALL = "all";

  private Analyses() {}

  /** Analyses {@code data}; notes on missing data go to {@code warnings}. */
  public static AnalysisResults run(RawData data, Consumer<String> warnings) {
    data.dataset("cue-conflict").ifPresent(d -> d.observers().forEach(Analyses::checkTextureNames));
    Map<String, CorrectnessTable> tables = new LinkedHashMap<>();
    data.datasets().parallelStream()
        .map(d -> Map.entry(d.dataset().name(), CorrectnessTable.of(d)))
        .toList()
        .forEach(e -> tables.put(e.getKey(), e.getValue()));

    List<ConditionScore> scores = new ArrayList<>();
    List<ConsistencyWithHumans> consistency = new ArrayList<>();
    List<ConfusionEntry> confusions = new ArrayList<>();
    List<ConsistencyMatrix> matrices = new ArrayList<>();
    for (DatasetTrials d : data.datasets()) {
      CorrectnessTable table = tables.get(d.dataset().name());
      List<String> conditions = plottedConditions(d);
      for (String condition : conditions) {
        addScores(d, condition, scores, confusions);
        addHumanConsistency(d, condition, table, consistency);
      }
      matrices.add(ConsistencyMatrix.of(d.dataset().name(), ALL, table));
      if (d.dataset().parametric()) {
        conditions.forEach(c -> matrices.add(ConsistencyMatrix.of(d.dataset().name(), c, table)));
      }
    }

    Benchmark benchmark = new Benchmark(data, tables, warnings);
    Map<String, BenchmarkScores> scoresByObserver = new LinkedHashMap<>();
    scoresByObserver.put(Observers.HUMANS, benchmark.humans());
    data.models().forEach(m -> scoresByObserver.put(m, benchmark.model(m)));

    return new AnalysisResults(
        data.datasets().stream().map(DatasetTrials::dataset).toList(),
        List.copyOf(data.models()),
        scores,
        consistency,
        confusions,
        shapeBiasEntries(data),
        matrices,
        scoresByObserver);
  }

  /** The registry conditions that have trials, or {@link #ALL} for datasets without conditions. */
  static List<String> plottedConditions(DatasetTrials d) {
    if (!d.dataset().parametric()) {
      return List.of(ALL);
    }
    List<String> present = new ArrayList<>();
    for (Condition c : d.dataset().conditions()) {
      boolean any =
          d.observers().stream()
              .anyMatch(o -> o.trials().stream().anyMatch(t -> t.condition().equals(c.label())));
      if (any) {
        present.add(c.label());
      }
    }
    return present;
  }

  private static List<Trial> select(ObserverTrials o, String condition) {
    return ALL.equals(condition)
        ? o.trials()
        : o.trials().stream().filter(t -> t.condition().equals(condition)).toList();
  }

  private static void addScores(
      DatasetTrials d,
      String condition,
      List<ConditionScore> scores,
      List<ConfusionEntry> confusions) {
    String dataset = d.dataset().name();
    List<Trial> pooled = new ArrayList<>();
    List<Double> humanEntropies = new ArrayList<>();
    for (ObserverTrials o : d.observers()) {
      List<Trial> trials = select(o, condition);
      if (trials.isEmpty()) {
        continue;
      }
      double entropy = ResponseEntropy.of(trials);
      scores.add(
          new ConditionScore(
              o.observer(), dataset, condition, Accuracy.of(trials), entropy, trials.size()));
      if (o.human()) {
        pooled.addAll(trials);
        humanEntropies.add(entropy);
      } else {
        confusions.add(
            new ConfusionEntry(o.observer(), dataset, condition, ConfusionMatrix.of(trials)));
      }
    }
    if (!pooled.isEmpty()) {
      double entropy =
          humanEntropies.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
      scores.add(
          new ConditionScore(
              Observers.HUMANS, dataset, condition, Accuracy.of(pooled), entropy, pooled.size()));
      confusions.add(
          new ConfusionEntry(Observers.HUMANS, dataset, condition, ConfusionMatrix.of(pooled)));
    }
  }

  private static void addHumanConsistency(
      DatasetTrials d, String condition, CorrectnessTable table, List<ConsistencyWithHumans> out) {
    String dataset = d.dataset().name();
    String selected = ALL.equals(condition) ? null : condition;
    List<String> humans = d.humans().stream().map(ObserverTrials::observer).toList();
    if (humans.isEmpty()) {
      return;
    }
    for (ObserverTrials m : d.models()) {
      List<ErrorConsistency> values =
          humans.stream().map(h -> table.consistency(m.observer(), h, selected)).toList();
      out.add(meanConsistency(m.observer(), dataset, condition, values));
    }
    List<ErrorConsistency> pairs = new ArrayList<>();
    for (int i = 0; i < humans.size(); i++) {
      for (int j = i + 1; j < humans.size(); j++) {
        pairs.add(table.consistency(humans.get(i), humans.get(j), selected));
      }
    }
    if (!pairs.isEmpty()) {
      out.add(meanConsistency(Observers.HUMANS, dataset, condition, pairs));
    }
  }

  private static ConsistencyWithHumans meanConsistency(
      String observer, String dataset, String condition, List<ErrorConsistency> values) {
    double kappa =
        values.stream().mapToDouble(ErrorConsistency::kappa).average().orElse(Double.NaN);
    double observed =
        values.stream().mapToDouble(ErrorConsistency::observed).average().orElse(Double.NaN);
    return new ConsistencyWithHumans(observer, dataset, condition, kappa, observed);
  }

  /** Every cue-conflict image must name its texture; say which file holds one that does not. */
  private static void checkTextureNames(ObserverTrials o) {
    for (Trial t : o.trials()) {
      try {
        ShapeBias.textureCategory(t.imageId());
      } catch (InvalidInputException e) {
        throw new InvalidInputException("cue-conflict, " + o.origin() + ": " + e.getMessage());
      }
    }
  }

  private static List<ShapeBiasEntry> shapeBiasEntries(RawData data) {
    List<ShapeBiasEntry> entries = new ArrayList<>();
    data.dataset("cue-conflict")
        .ifPresent(
            d -> {
              List<ObserverTrials> observers = new ArrayList<>();
              observers.add(d.pooledHumans());
              observers.addAll(d.observers());
              for (ObserverTrials o : observers) {
                entries.add(
                    new ShapeBiasEntry(
                        o.observer(), ShapeBias.of(o.trials()), ShapeBias.perCategory(o.trials())));
              }
            });
    return entries;
  }
}
