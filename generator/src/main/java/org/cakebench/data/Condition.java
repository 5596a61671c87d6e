package org.cakebench.data;

/**
 * One level of a parametric distortion.
 *
 * @param label the normalised label in the trial files, e.g. {@code c05}
 * @param plotLabel the label on a figure's x axis, e.g. {@code 5}
 * @param inBenchmark whether the benchmark averages include it (it is out-of-distribution and
 *     humans reached a mean accuracy of at least 0.2)
 */
public record Condition(String label, String plotLabel, boolean inBenchmark) {
  /** All trials of a dataset: the one condition of datasets without conditions. */
  public static final Condition ALL = new Condition("all", "all", true);
}
