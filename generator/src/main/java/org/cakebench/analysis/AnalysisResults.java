package org.cakebench.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cakebench.data.Dataset;

/**
 * Everything the analysis stage computed from the raw data, the input of figures and pages.
 *
 * @param datasets the datasets that had trials, in registry order
 * @param models the model observers found, in order of first appearance
 * @param scores accuracy and entropy per observer (individual humans, pooled humans, models),
 *     dataset and condition
 * @param humanConsistency error consistency with humans per model (and humans) and condition
 * @param confusions confusion matrices of the pooled humans and each model, per dataset and
 *     condition
 * @param shapeBias shape bias on cue-conflict of the pooled humans, each human and each model
 * @param matrices observer-by-observer error consistency per dataset (all trials) and per condition
 *     of the parametric datasets
 * @param benchmark benchmark scores of the human reference row ({@code humans}) and each model
 */
public record AnalysisResults(
    List<Dataset> datasets,
    List<String> models,
    List<ConditionScore> scores,
    List<ConsistencyWithHumans> humanConsistency,
    List<ConfusionEntry> confusions,
    List<ShapeBiasEntry> shapeBias,
    List<ConsistencyMatrix> matrices,
    Map<String, BenchmarkScores> benchmark) {

  public AnalysisResults {
    datasets = List.copyOf(datasets);
    models = List.copyOf(models);
    scores = List.copyOf(scores);
    humanConsistency = List.copyOf(humanConsistency);
    confusions = List.copyOf(confusions);
    shapeBias = List.copyOf(shapeBias);
    matrices = List.copyOf(matrices);
    benchmark = Collections.unmodifiableMap(new LinkedHashMap<>(benchmark));
  }

  /** The score of an observer in a condition, if it has trials there. */
  public Optional<ConditionScore> score(String observer, String dataset, String condition) {
    return scores.stream()
        .filter(
            s ->
                s.observer().equals(observer)
                    && s.dataset().equals(dataset)
                    && s.condition().equals(condition))
        .findFirst();
  }

  /** The confusion matrix of an observer in a condition, if it has trials there. */
  public Optional<ConfusionMatrix> confusion(String observer, String dataset, String condition) {
    return confusions.stream()
        .filter(
            c ->
                c.observer().equals(observer)
                    && c.dataset().equals(dataset)
                    && c.condition().equals(condition))
        .map(ConfusionEntry::matrix)
        .findFirst();
  }

  /**
   * The error-consistency matrix of a dataset in a condition ({@link Analyses#ALL}: all trials).
   */
  public Optional<ConsistencyMatrix> matrix(String dataset, String condition) {
    return matrices.stream()
        .filter(m -> m.dataset().equals(dataset) && m.condition().equals(condition))
        .findFirst();
  }

  /**
   * The shape bias of an observer ({@code humans} for the pooled humans), if it has cue-conflict
   * trials.
   */
  public Optional<ShapeBiasEntry> shapeBias(String observer) {
    return shapeBias.stream().filter(s -> s.observer().equals(observer)).findFirst();
  }

  /** Whether the observer has trials on the dataset. */
  public boolean has(String observer, String dataset) {
    return scores.stream()
        .anyMatch(s -> s.observer().equals(observer) && s.dataset().equals(dataset));
  }
}
