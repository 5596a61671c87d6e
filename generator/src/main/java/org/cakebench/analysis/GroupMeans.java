package org.cakebench.analysis;

import java.util.List;

/**
 * The mean of a group's values, one per member (each model's shape bias, each pair's κ), with its
 * 95 % interval: mean ± 1.96 × the spread between the members over √n (see {@link
 * StandardErrors#participants}), as Geirhos et al. (2020) compare groups of models. The interval
 * describes how the mean would vary with the choice of members, not how each member's value varies
 * with the images; it needs two or more members. With few members the normal quantile understates
 * the width (a t quantile for three members would be 4.30, not 1.96); the report's other intervals
 * use 1.96 too, so that all read alike.
 */
public final class GroupMeans {
  private GroupMeans() {}

  /**
   * The mean of the finite {@code values} (others are no value and left out) with its 95 %
   * interval; NaN ends with fewer than two, all NaN with none.
   */
  public static Estimate of(List<Double> values) {
    List<Double> finite = finite(values);
    double mean = mean(finite);
    double half = Estimate.Z95 * StandardErrors.participants(finite);
    if (!Double.isFinite(half)) {
      return new Estimate(mean, Double.NaN, Double.NaN);
    }
    return new Estimate(mean, mean - half, mean + half);
  }

  /** Like {@link #of} for shares in [0, 1]: the interval is kept within [0, 1]. */
  public static Estimate ofShares(List<Double> values) {
    List<Double> finite = finite(values);
    return Estimate.ofShare(mean(finite), StandardErrors.participants(finite));
  }

  private static List<Double> finite(List<Double> values) {
    return values.stream().filter(Double::isFinite).toList();
  }

  private static double mean(List<Double> finite) {
    return finite.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }
}
