package org.cakebench.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cakebench.data.Dataset;

/**
 * One observer's model-vs-human benchmark scores against the human observers, each a mean over the
 * benchmark conditions, then over humans (or pairs of humans), then over datasets.
 *
 * @param observer the observer id ({@code humans} for the human reference row)
 * @param human whether this is the human reference row
 * @param oodAccuracy mean 16-class accuracy (out-of-distribution accuracy)
 * @param accuracyDifference mean squared difference between its accuracy and a human's
 * @param observedConsistency mean share of trials on which it and a human are both right or both
 *     wrong
 * @param errorConsistency mean Cohen's kappa with a human
 * @param accuracy per dataset, its accuracy over the benchmark conditions (humans: pooled trials)
 * @param shapeBias its shape bias on cue-conflict (NaN without cue-conflict trials)
 * @param missingDatasets datasets it has no trials for, left out of its means
 */
public record BenchmarkScores(
    String observer,
    boolean human,
    double oodAccuracy,
    double accuracyDifference,
    double observedConsistency,
    double errorConsistency,
    Map<Dataset, Double> accuracy,
    double shapeBias,
    List<Dataset> missingDatasets) {

  public BenchmarkScores {
    accuracy = Collections.unmodifiableMap(new LinkedHashMap<>(accuracy));
    missingDatasets = List.copyOf(missingDatasets);
  }
}
