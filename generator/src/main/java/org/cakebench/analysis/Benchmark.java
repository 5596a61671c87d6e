package org.cakebench.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.DoubleStream;
import org.cakebench.data.Category;
import org.cakebench.data.Condition;
import org.cakebench.data.Dataset;
import org.cakebench.data.DatasetTrials;
import org.cakebench.data.Datasets;
import org.cakebench.data.ImageBits;
import org.cakebench.data.ImageIndex;
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
  private final @Nullable DatasetTrials cueConflict;
  private final Category[] textures;

  /** A benchmark over {@code data}; safe to use from several threads. */
  public Benchmark(RawData data) {
    this.data = data;
    this.cueConflict = data.dataset(Datasets.CUE_CONFLICT).orElse(null);
    this.textures = cueConflict == null ? new Category[0] : ShapeBias.textures(cueConflict);
  }

  /** The scores of one model observer against the humans; notes on missing data go to warnings. */
  public BenchmarkScores model(String observer, Consumer<String> warnings) {
    Map<Dataset, DatasetBenchmark> values = new LinkedHashMap<>();
    List<Dataset> missing = new ArrayList<>();
    for (DatasetTrials d : data.datasets()) {
      ObserverTrials model = d.observer(observer).orElse(null);
      if (model == null) {
        missing.add(d.dataset());
        continue;
      }
      List<ImageBits> conditions = conditions(d);
      if (conditions.isEmpty()) {
        continue; // nothing to score; the human row leaves it out too and says so, once
      }
      double datasetAccuracy = mean(conditions.stream().mapToDouble(c -> Accuracy.of(model, c)));
      double error =
          StandardErrors.ofMean(
              conditions.stream()
                  .map(c -> StandardErrors.binomial(model.correct().countWithin(c), c.count()))
                  .toList());
      List<ObserverTrials> humans = d.humans();
      if (humans.isEmpty()) {
        warnings.accept(
            d.dataset().name()
                + ": no human trials; left out of "
                + observer
                + "'s comparison with humans");
      }
      values.put(
          d.dataset(),
          new DatasetBenchmark(
              datasetAccuracy,
              error,
              humans.isEmpty()
                  ? null
                  : pairMeans(
                      conditions,
                      humans.stream().map(h -> new ObserverTrials[] {model, h}).toList())));
    }
    reportMissing(observer, missing, warnings);
    return BenchmarkScores.of(observer, false, values, shapeBias(observer), missing);
  }

  /** The human reference row: each human's accuracy, and every pair of different humans. */
  public BenchmarkScores humans(Consumer<String> warnings) {
    Map<Dataset, DatasetBenchmark> values = new LinkedHashMap<>();
    for (DatasetTrials d : data.datasets()) {
      // Said here for every observer: a model's scores leave such a dataset out as well.
      List<ImageBits> conditions = conditions(d);
      if (conditions.isEmpty()) {
        warnings.accept(
            d.dataset().name()
                + ": none of its benchmark conditions has trials; left out of the benchmark");
        continue;
      }
      List<ObserverTrials> humans = d.humans();
      if (humans.isEmpty()) {
        continue;
      }
      // Every human saw the same images, so the pooled accuracy is the mean over humans.
      List<Double> each =
          humans.stream()
              .map(h -> mean(conditions.stream().mapToDouble(c -> Accuracy.of(h, c))))
              .toList();
      double datasetAccuracy = mean(each.stream().mapToDouble(Double::doubleValue));
      List<ObserverTrials[]> pairs = new ArrayList<>();
      for (int i = 0; i < humans.size(); i++) {
        for (int j = i + 1; j < humans.size(); j++) {
          pairs.add(new ObserverTrials[] {humans.get(i), humans.get(j)});
        }
      }
      if (pairs.isEmpty()) {
        warnings.accept(d.dataset().name() + ": fewer than two humans; no human-human consistency");
      }
      values.put(
          d.dataset(),
          new DatasetBenchmark(
              datasetAccuracy,
              StandardErrors.participants(each),
              pairs.isEmpty() ? null : pairMeans(conditions, pairs)));
    }
    return BenchmarkScores.of(Observers.HUMANS, true, values, shapeBias(null), List.of());
  }

  /** The images of each benchmark condition of a dataset that has any (all images if none). */
  static List<ImageBits> conditions(DatasetTrials d) {
    if (!d.dataset().parametric()) {
      return List.of(d.images().all());
    }
    return d.dataset().benchmarkConditions().stream()
        .map(Condition::label)
        .filter(d.images()::hasCondition)
        .map(d.images()::condition)
        .toList();
  }

  private static DatasetBenchmark.Agreement pairMeans(
      List<ImageBits> conditions, List<ObserverTrials[]> pairs) {
    double difference = 0;
    double observed = 0;
    double kappa = 0;
    for (ObserverTrials[] pair : pairs) {
      double d = 0;
      double o = 0;
      double k = 0;
      for (ImageBits c : conditions) {
        double gap = Accuracy.of(pair[0], c) - Accuracy.of(pair[1], c);
        ErrorConsistency ec = ErrorConsistency.of(pair[0].correct(), pair[1].correct(), c);
        d += gap * gap;
        o += ec.observed();
        k += ec.kappa();
      }
      difference += d / conditions.size();
      observed += o / conditions.size();
      kappa += k / conditions.size();
    }
    return new DatasetBenchmark.Agreement(
        difference / pairs.size(), observed / pairs.size(), kappa / pairs.size());
  }

  private double shapeBias(@Nullable String observer) {
    if (cueConflict == null) {
      return Double.NaN;
    }
    List<ObserverTrials> observers =
        observer == null
            ? cueConflict.humans()
            : cueConflict.observer(observer).map(List::of).orElse(List.of());
    if (observers.isEmpty()) {
      return Double.NaN;
    }
    ImageIndex images = cueConflict.images();
    return ShapeBias.of(images, textures, observers, images.all()).bias();
  }

  private void reportMissing(String observer, List<Dataset> missing, Consumer<String> warnings) {
    if (missing.isEmpty()) {
      return;
    }
    List<String> present =
        data.datasets().stream()
            .map(DatasetTrials::dataset)
            .filter(d -> !missing.contains(d))
            .map(Dataset::name)
            .toList();
    List<String> missingNames = missing.stream().map(Dataset::name).toList();
    // Name whichever list is shorter: imported CNNs have 1-3 of 17 datasets.
    warnings.accept(
        missing.size() <= present.size()
            ? observer
                + ": no trials for "
                + String.join(", ", missingNames)
                + "; left out of its means"
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
}
