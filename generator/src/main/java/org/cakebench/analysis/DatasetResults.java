package org.cakebench.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cakebench.data.Condition;
import org.cakebench.data.Dataset;
import org.jspecify.annotations.Nullable;

/**
 * Everything measured on one dataset.
 *
 * @param dataset the dataset
 * @param images the number of images every observer decided on
 * @param conditions the registry conditions that have images, in registry order; {@link
 *     Condition#ALL} alone for datasets without conditions
 * @param humans the human participants, by id
 * @param models the model observers, by id
 * @param observers the results of the pooled humans ({@code humans}), each participant and each
 *     model, in that order
 * @param matrix error consistency between every pair of observers over all images, where a figure
 *     draws it; null elsewhere
 */
public record DatasetResults(
    Dataset dataset,
    int images,
    List<Condition> conditions,
    List<String> humans,
    List<String> models,
    Map<String, ObserverResults> observers,
    @Nullable ConsistencyMatrix matrix) {

  public DatasetResults {
    conditions = List.copyOf(conditions);
    humans = List.copyOf(humans);
    models = List.copyOf(models);
    observers = Collections.unmodifiableMap(new LinkedHashMap<>(observers));
  }

  /** The results of one observer ({@code humans}: pooled), if it has trials here. */
  public Optional<ObserverResults> observer(String id) {
    return Optional.ofNullable(observers.get(id));
  }

  /** The score of one observer in one condition, if it has trials there. */
  public Optional<ConditionScore> score(String observer, Condition condition) {
    ObserverResults o = observers.get(observer);
    return o == null ? Optional.empty() : o.condition(condition);
  }

  /** The matrix of error consistency, if this dataset's is computed. */
  public Optional<ConsistencyMatrix> consistency() {
    return Optional.ofNullable(matrix);
  }
}
