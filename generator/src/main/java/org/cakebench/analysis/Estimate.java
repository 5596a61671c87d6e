package org.cakebench.analysis;

/**
 * A value computed from the data and its bootstrap interval.
 *
 * @param value the value on the data as they are
 * @param low the lower end of the interval (2.5th percentile of the resampled values)
 * @param high the upper end (97.5th percentile)
 */
public record Estimate(double value, double low, double high) {

  /** A value without an interval (NaN ends). */
  public static Estimate missing() {
    return new Estimate(Double.NaN, Double.NaN, Double.NaN);
  }

  /** Whether the whole interval lies above zero. */
  public boolean aboveZero() {
    return low > 0;
  }
}
