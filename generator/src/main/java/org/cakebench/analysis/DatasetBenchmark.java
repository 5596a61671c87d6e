package org.cakebench.analysis;

import org.jspecify.annotations.Nullable;

/**
 * One observer's benchmark values on one dataset, each a mean over the dataset's benchmark
 * conditions and then over humans (or pairs of humans).
 *
 * @param accuracy its accuracy (humans: the mean over participants)
 * @param accuracyError its standard error (see {@link StandardErrors})
 * @param withHumans its agreement with the humans; null when the dataset has no humans (or, for the
 *     human row, fewer than two)
 */
public record DatasetBenchmark(
    double accuracy, double accuracyError, @Nullable Agreement withHumans) {

  /** The accuracy with its 95 % interval. */
  public Estimate accuracyInterval() {
    return Estimate.ofShare(accuracy, accuracyError);
  }

  /**
   * How an observer agrees with the humans on one dataset.
   *
   * @param accuracyDifference mean squared difference between its accuracy and a human's
   * @param observedConsistency mean share of trials on which it and a human are both right or both
   *     wrong
   * @param errorConsistency mean Cohen's kappa with a human
   */
  public record Agreement(
      double accuracyDifference, double observedConsistency, double errorConsistency) {}
}
