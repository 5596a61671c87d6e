package org.cakebench.analysis;

import java.util.List;

/**
 * Standard errors behind the report's 95 % intervals (value ± 1.96 SE). For a model, a share of its
 * trials varies with the sampling of images: binomial, with the Agresti–Coull adjustment (two
 * successes and two failures added) so that 0 % and 100 % still get a width. For the humans, a
 * value varies with the sampling of participants: the spread between them over √H. A mean over
 * conditions or datasets, sampled independently, combines its parts' errors.
 */
public final class StandardErrors {
  private StandardErrors() {}

  /** The standard error of the share {@code k / n} of {@code n} trials; NaN without trials. */
  public static double binomial(long k, long n) {
    if (n <= 0) {
      return Double.NaN;
    }
    double adjusted = (k + 2.0) / (n + 4.0);
    return Math.sqrt(adjusted * (1 - adjusted) / (n + 4.0));
  }

  /** The standard error of the mean of one value per participant; NaN for fewer than two. */
  public static double participants(List<Double> values) {
    int n = values.size();
    if (n < 2) {
      return Double.NaN;
    }
    double mean = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    double squares = 0;
    for (double v : values) {
      double deviation = v - mean;
      squares += deviation * deviation;
    }
    return Math.sqrt(squares / (n - 1) / n);
  }

  /** The standard error of the plain mean of independent parts with the given errors. */
  public static double ofMean(List<Double> errors) {
    if (errors.isEmpty()) {
      return Double.NaN;
    }
    double sum = 0;
    for (double e : errors) {
      sum += e * e;
    }
    return Math.sqrt(sum) / errors.size();
  }
}
