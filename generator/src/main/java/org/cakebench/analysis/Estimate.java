package org.cakebench.analysis;

/**
 * A value computed from the data and its bootstrap interval.
 *
 * @param value the value on the data as they are
 * @param low the lower end of the interval (2.5th percentile of the resampled values)
 * @param high the upper end (97.5th percentile)
 */
public record Estimate(double value, double low, double high) {
  /** The normal quantile of a two-sided 95 % interval. */
  public static final double Z95 = 1.959964;

  /** A value without an interval (NaN ends). */
  public static Estimate missing() {
    return new Estimate(Double.NaN, Double.NaN, Double.NaN);
  }

  /**
   * A share in [0, 1] with its 95 % interval, value ± 1.96 standard errors kept within [0, 1]; NaN
   * ends when the error is unknown.
   */
  public static Estimate ofShare(double value, double standardError) {
    if (!Double.isFinite(value) || !Double.isFinite(standardError)) {
      return new Estimate(value, Double.NaN, Double.NaN);
    }
    double half = Z95 * standardError;
    return new Estimate(value, Math.max(0, value - half), Math.min(1, value + half));
  }

  /** Whether the whole interval lies above zero. */
  public boolean aboveZero() {
    return low > 0;
  }
}
