package org.cakebench.report.claims;

/**
 * Comparisons of computed values (shares, accuracies, κ) with a rule's threshold that ignore
 * floating-point noise: both sides are rounded to 1e-9 first, so that a value the data give
 * exactly, such as a lead of 5 points from 0.30 − 0.25, meets a threshold of 0.05. A value that is
 * not finite meets no threshold.
 */
final class Compare {
  /** The grid values are rounded to: far below any difference the data can show. */
  static final double GRID = 1e9;

  private Compare() {}

  /** Whether {@code value} is at least {@code threshold}. */
  static boolean atLeast(double value, double threshold) {
    return finite(value, threshold) && units(value) >= units(threshold);
  }

  /** Whether {@code value} is at most {@code threshold}. */
  static boolean atMost(double value, double threshold) {
    return finite(value, threshold) && units(value) <= units(threshold);
  }

  /** Whether {@code value} is above {@code threshold}. */
  static boolean above(double value, double threshold) {
    return finite(value, threshold) && units(value) > units(threshold);
  }

  private static boolean finite(double a, double b) {
    return Double.isFinite(a) && Double.isFinite(b);
  }

  private static long units(double value) {
    return Math.round(value * GRID);
  }
}
