package org.cakebench.data;

import java.util.List;
import java.util.Optional;

/**
 * One of the 17 out-of-distribution datasets.
 *
 * @param name the folder and file-name prefix, e.g. {@code uniform-noise}
 * @param title a human-readable name, e.g. {@code Uniform noise}
 * @param conditions the ordered levels of a parametric distortion; empty for the five datasets
 *     without conditions, whose trials count as one condition
 * @param xAxisLabel the x-axis label of its accuracy plot ({@code ""} without conditions)
 * @param inPaper whether Geirhos et al. (2020) used it (15 of the 17; sketch and stylized came with
 *     the later model-vs-human benchmark)
 */
public record Dataset(
    String name, String title, List<Condition> conditions, String xAxisLabel, boolean inPaper) {

  public Dataset {
    conditions = List.copyOf(conditions);
  }

  /** Whether the dataset varies a distortion over several conditions. */
  public boolean parametric() {
    return !conditions.isEmpty();
  }

  /** The condition with the given data label. */
  public Optional<Condition> condition(String label) {
    return conditions.stream().filter(c -> c.label().equals(label)).findFirst();
  }

  /** The conditions the benchmark averages over. */
  public List<Condition> benchmarkConditions() {
    return conditions.stream().filter(Condition::inBenchmark).toList();
  }
}
