package org.cakebench.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.DoubleStream;
import org.cakebench.data.Condition;
import org.cakebench.data.DatasetTrials;
import org.cakebench.data.ObserverTrials;
import org.cakebench.data.Observers;
import org.cakebench.data.RawData;
import org.jspecify.annotations.Nullable;

/**
 * The model-vs-human benchmark (Geirhos et al., NeurIPS 2021): for each dataset, each human and
 * each benchmark condition (all trials for datasets without conditions) it takes accuracy, squared
 * accuracy difference, observed consistency and error consistency; then the mean over conditions,
 * over humans, and over datasets. The human reference row uses every unordered pair of different
 * humans the same way, and each human's own accuracy.
 */
public final class Benchmark {
  private final RawData data;
  private final Map<String, CorrectnessTable> tables;
  private final Consumer<String> warnings;

  /** A benchmark over {@code data}, whose datasets are aligned in {@code tables} by name. */
  public Benchmark(RawData data, Map<String, CorrectnessTable> tables, Consumer<String> warnings) {
    this.data = data;
    this.tables = tables;
    this.warnings = warnings;
  }

  /** The scores of one model observer against the humans. */
  public BenchmarkScores model(String observer) {
    Means means = new Means();
    Map<String, Double> accuracy = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (DatasetTrials d : data.datasets()) {
      if (d.observer(observer).isEmpty()) {
        missing.add(d.dataset().name());
        continue;
      }
      CorrectnessTable table = tables.get(d.dataset().name());
      List<String> conditions = conditions(d, table);
      double datasetAccuracy =
          mean(conditions.stream().mapToDouble(c -> table.accuracy(observer, c)));
      accuracy.put(d.dataset().name(), datasetAccuracy);
      means.accuracy.add(datasetAccuracy);
      List<String> humans = d.humans().stream().map(ObserverTrials::observer).toList();
      if (humans.isEmpty()) {
        warnings.accept(
            d.dataset().name()
                + ": no human trials; left out of "
                + observer
                + "'s comparison with humans");
        continue;
      }
      addPairMeans(
          means, table, conditions, humans.stream().map(h -> new String[] {observer, h}).toList());
    }
    reportMissing(observer, missing);
    return means.scores(observer, false, accuracy, shapeBias(observer), missing);
  }

  /** The human reference row: each human's accuracy, and every pair of different humans. */
  public BenchmarkScores humans() {
    Means means = new Means();
    Map<String, Double> accuracy = new LinkedHashMap<>();
    for (DatasetTrials d : data.datasets()) {
      List<String> humans = d.humans().stream().map(ObserverTrials::observer).toList();
      if (humans.isEmpty()) {
        continue;
      }
      CorrectnessTable table = tables.get(d.dataset().name());
      List<String> conditions = conditions(d, table);
      if (conditions.isEmpty()) {
        warnings.accept(
            d.dataset().name()
                + ": none of its benchmark conditions has trials; left out of the benchmark");
        continue;
      }
      // Every human saw the same images, so the pooled accuracy is the mean over humans.
      double datasetAccuracy =
          mean(
              humans.stream()
                  .mapToDouble(
                      h -> mean(conditions.stream().mapToDouble(c -> table.accuracy(h, c)))));
      accuracy.put(d.dataset().name(), datasetAccuracy);
      means.accuracy.add(datasetAccuracy);
      List<String[]> pairs = new ArrayList<>();
      for (int i = 0; i < humans.size(); i++) {
        for (int j = i + 1; j < humans.size(); j++) {
          pairs.add(new String[] {humans.get(i), humans.get(j)});
        }
      }
      if (pairs.isEmpty()) {
        warnings.accept(d.dataset().name() + ": fewer than two humans; no human-human consistency");
        continue;
      }
      addPairMeans(means, table, conditions, pairs);
    }
    return means.scores(Observers.HUMANS, true, accuracy, shapeBias(null), List.of());
  }

  /** The benchmark conditions of a dataset present in its table; {@code null} stands for all. */
  static List<String> conditions(DatasetTrials d, CorrectnessTable table) {
    if (!d.dataset().parametric()) {
      return Arrays.asList((String) null);
    }
    return d.dataset().benchmarkConditions().stream()
        .map(Condition::label)
        .filter(table::hasCondition)
        .toList();
  }

  private static void addPairMeans(
      Means means, CorrectnessTable table, List<String> conditions, List<String[]> pairs) {
    double difference = 0;
    double observed = 0;
    double kappa = 0;
    for (String[] pair : pairs) {
      double d = 0;
      double o = 0;
      double k = 0;
      for (String c : conditions) {
        double gap = table.accuracy(pair[0], c) - table.accuracy(pair[1], c);
        ErrorConsistency ec = table.consistency(pair[0], pair[1], c);
        d += gap * gap;
        o += ec.observed();
        k += ec.kappa();
      }
      difference += d / conditions.size();
      observed += o / conditions.size();
      kappa += k / conditions.size();
    }
    means.difference.add(difference / pairs.size());
    means.observed.add(observed / pairs.size());
    means.kappa.add(kappa / pairs.size());
  }

  private double shapeBias(@Nullable String observer) {
    return data.dataset("cue-conflict")
        .map(d -> observer == null ? d.pooledHumans() : d.observer(observer).orElse(null))
        .map(o -> ShapeBias.of(o.trials()).bias())
        .orElse(Double.NaN);
  }

  private void reportMissing(String observer, List<String> missing) {
    if (missing.isEmpty()) {
      return;
    }
    List<String> present =
        data.datasets().stream()
            .map(d -> d.dataset().name())
            .filter(name -> !missing.contains(name))
            .toList();
    // Name whichever list is shorter: imported CNNs have 1-3 of 17 datasets.
    warnings.accept(
        missing.size() <= present.size()
            ? observer + ": no trials for " + String.join(", ", missing) + "; left out of its means"
            : observer
                + ": trials for "
                + present.size()
                + " of "
                + data.datasets().size()
                + " datasets only ("
                + String.join(", ", present)
                + "); its means cover those");
  }

  static double mean(DoubleStream values) {
    return values.average().orElse(Double.NaN);
  }

  /** Per-dataset values of the four measures, averaged at the end. */
  private static final class Means {
    final List<Double> accuracy = new ArrayList<>();
    final List<Double> difference = new ArrayList<>();
    final List<Double> observed = new ArrayList<>();
    final List<Double> kappa = new ArrayList<>();

    BenchmarkScores scores(
        String observer,
        boolean human,
        Map<String, Double> perDataset,
        double shapeBias,
        List<String> missing) {
      return new BenchmarkScores(
          observer,
          human,
          mean(accuracy.stream().mapToDouble(Double::doubleValue)),
          mean(difference.stream().mapToDouble(Double::doubleValue)),
          mean(observed.stream().mapToDouble(Double::doubleValue)),
          mean(kappa.stream().mapToDouble(Double::doubleValue)),
          perDataset,
          shapeBias,
          missing);
    }
  }
}
