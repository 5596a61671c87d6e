package org.cakebench.analysis;

import org.cakebench.data.ImageBits;

/**
 * Error consistency of two observers on the same trials (Geirhos, Meding &amp; Wichmann, NeurIPS
 * 2020): Cohen's kappa on trial-by-trial correctness. {@code observed} is the share of trials both
 * got right or both got wrong; {@code expected} = p1·p2 + (1−p1)(1−p2) with p the accuracies; kappa
 * = (observed − expected) / (1 − expected), and 1 when observed is 1.
 *
 * @param observed the observed consistency c_obs
 * @param expected the consistency c_exp expected from the accuracies alone
 * @param kappa the error consistency
 * @param trials the number of matched trials
 */
public record ErrorConsistency(double observed, double expected, double kappa, int trials) {

  /** Error consistency from counts: trials, correct of each observer, trials they agree on. */
  public static ErrorConsistency fromCounts(int trials, int correctA, int correctB, int agree) {
    if (trials == 0) {
      return new ErrorConsistency(Double.NaN, Double.NaN, Double.NaN, 0);
    }
    double p1 = (double) correctA / trials;
    double p2 = (double) correctB / trials;
    double observed = (double) agree / trials;
    double expected = p1 * p2 + (1 - p1) * (1 - p2);
    double kappa = observed == 1.0 ? 1.0 : (observed - expected) / (1 - expected);
    return new ErrorConsistency(observed, expected, kappa, trials);
  }

  /**
   * Error consistency over the images of {@code mask}, from the sets of images two observers of the
   * same dataset answered correctly; a few popcounts, no allocation but the result.
   */
  public static ErrorConsistency of(ImageBits correctA, ImageBits correctB, ImageBits mask) {
    int trials = mask.count();
    int disagree = correctA.countDifferentWithin(correctB, mask);
    return fromCounts(
        trials, correctA.countWithin(mask), correctB.countWithin(mask), trials - disagree);
  }
}
