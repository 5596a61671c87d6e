package org.cakebench.analysis;

import java.util.List;
import java.util.Optional;
import org.cakebench.data.Condition;

/**
 * Everything measured for one observer (a human participant, the pooled humans or a model) on one
 * dataset.
 *
 * @param observer the observer id, {@code humans} for the pooled humans
 * @param conditions one score per condition of the dataset, in its order
 * @param benchmarkKappa mean error consistency with the humans over the dataset's benchmark
 *     conditions (all trials without conditions); NaN for human participants
 */
public record ObserverResults(
    String observer, List<ConditionScore> conditions, double benchmarkKappa) {
  public ObserverResults {
    conditions = List.copyOf(conditions);
  }

  /** The score in one condition, if the dataset has it. */
  public Optional<ConditionScore> condition(Condition condition) {
    for (ConditionScore s : conditions) {
      if (s.condition().equals(condition)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The number of trials over all its conditions. */
  public int trials() {
    return conditions.stream().mapToInt(ConditionScore::trials).sum();
  }
}
