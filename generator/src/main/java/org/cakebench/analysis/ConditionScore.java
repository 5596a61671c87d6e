package org.cakebench.analysis;

import org.cakebench.data.Condition;
import org.jspecify.annotations.Nullable;

/**
 * What one observer did in one condition of a dataset.
 *
 * @param condition the condition, {@link Condition#ALL} for datasets without conditions
 * @param accuracy 16-class accuracy
 * @param accuracyError its standard error (see {@link StandardErrors}): over images for a model or
 *     a participant, over participants for the pooled humans
 * @param entropy response entropy in bits (for the pooled humans: the mean over humans)
 * @param trials number of trials (pooled humans: of all humans)
 * @param confusion the confusion matrix; null for individual human participants
 * @param dominant the most frequent response and its share (no category without a confusion matrix)
 * @param withHumans error consistency with the humans (pooled humans: between pairs of humans);
 *     null for individual human participants
 */
public record ConditionScore(
    Condition condition,
    double accuracy,
    double accuracyError,
    double entropy,
    int trials,
    @Nullable ConfusionMatrix confusion,
    DominantResponse dominant,
    @Nullable ConsistencyWithHumans withHumans) {

  /** The accuracy with its 95 % interval. */
  public Estimate accuracyInterval() {
    return Estimate.ofShare(accuracy, accuracyError);
  }

  /** The mean error consistency with the humans; NaN where none was computed. */
  public double kappa() {
    return withHumans == null ? Double.NaN : withHumans.kappa();
  }
}
