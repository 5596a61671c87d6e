package org.cakebench.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.cakebench.data.Dataset;

/**
 * One observer's model-vs-human benchmark scores against the human observers, each a mean over the
 * benchmark conditions, then over humans (or pairs of humans), then over datasets.
 *
 * @param observer the observer id ({@code humans} for the human reference row)
 * @param human whether this is the human reference row
 * @param oodAccuracy mean 16-class accuracy (out-of-distribution accuracy)
 * @param oodAccuracyError its standard error, from those of the datasets (see {@link
 *     StandardErrors})
 * @param accuracyDifference mean squared difference between its accuracy and a human's
 * @param observedConsistency mean share of trials on which it and a human are both right or both
 *     wrong
 * @param errorConsistency mean Cohen's kappa with a human
 * @param datasets per dataset with trials, its values (in registry order)
 * @param shapeBias its shape bias on cue-conflict (NaN without cue-conflict trials)
 * @param missingDatasets datasets it has no trials for, left out of its means
 */
public record BenchmarkScores(
    String observer,
    boolean human,
    double oodAccuracy,
    double oodAccuracyError,
    double accuracyDifference,
    double observedConsistency,
    double errorConsistency,
    Map<Dataset, DatasetBenchmark> datasets,
    double shapeBias,
    List<Dataset> missingDatasets) {

  public BenchmarkScores {
    datasets = Collections.unmodifiableMap(new LinkedHashMap<>(datasets));
    missingDatasets = List.copyOf(missingDatasets);
  }

  /** The scores of {@code datasets}' values: their means over the datasets, in order. */
  static BenchmarkScores of(
      String observer,
      boolean human,
      Map<Dataset, DatasetBenchmark> datasets,
      double shapeBias,
      List<Dataset> missing) {
    List<DatasetBenchmark> values = List.copyOf(datasets.values());
    List<DatasetBenchmark.Agreement> agreement = new ArrayList<>();
    values.stream().filter(v -> v.withHumans() != null).forEach(v -> agreement.add(v.withHumans()));
    return new BenchmarkScores(
        observer,
        human,
        mean(values, DatasetBenchmark::accuracy),
        StandardErrors.ofMean(values.stream().map(DatasetBenchmark::accuracyError).toList()),
        mean(agreement, DatasetBenchmark.Agreement::accuracyDifference),
        mean(agreement, DatasetBenchmark.Agreement::observedConsistency),
        mean(agreement, DatasetBenchmark.Agreement::errorConsistency),
        datasets,
        shapeBias,
        missing);
  }

  /**
   * The scores over {@code subset} only, e.g. the paper's 15 datasets; datasets of the subset it
   * has no trials for are missing.
   */
  public BenchmarkScores over(Collection<Dataset> subset) {
    Map<Dataset, DatasetBenchmark> kept = new LinkedHashMap<>();
    datasets.forEach(
        (d, v) -> {
          if (subset.contains(d)) {
            kept.put(d, v);
          }
        });
    List<Dataset> missing = missingDatasets.stream().filter(subset::contains).toList();
    return of(observer, human, kept, shapeBias, missing);
  }

  /** The OOD accuracy with its 95 % interval. */
  public Estimate oodAccuracyInterval() {
    return Estimate.ofShare(oodAccuracy, oodAccuracyError);
  }

  /** Its accuracy per dataset with trials. */
  public Map<Dataset, Double> accuracy() {
    Map<Dataset, Double> accuracy = new LinkedHashMap<>();
    datasets.forEach((d, v) -> accuracy.put(d, v.accuracy()));
    return accuracy;
  }

  private static <T> double mean(List<T> values, ToDoubleFunction<T> value) {
    return values.stream().mapToDouble(value).average().orElse(Double.NaN);
  }
}
