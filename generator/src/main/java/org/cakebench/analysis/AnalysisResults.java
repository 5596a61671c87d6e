package org.cakebench.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cakebench.data.Condition;
import org.cakebench.data.Dataset;

/**
 * Everything the analysis stage computed from the raw data, the input of figures and of the report
 * model. Every lookup is by typed key and takes constant time.
 */
public final class AnalysisResults {
  private final Map<Dataset, DatasetResults> datasets;
  private final List<String> models;
  private final Map<String, BenchmarkScores> benchmark;
  private final Map<String, ShapeBiasEntry> shapeBias;
  private final Map<Dataset, KappaIntervals> intervals;
  private final Map<Dataset, List<ImageAccuracy>> perImage;

  /**
   * The results.
   *
   * @param datasets per dataset with trials, in registry order
   * @param models the model observers found, in order of first appearance
   * @param benchmark benchmark scores of the human reference row ({@code humans}), then each model
   * @param shapeBias shape bias on cue-conflict of the pooled humans, each human and each model
   * @param intervals bootstrap intervals of error consistency per texture-shape dataset
   * @param perImage each group's accuracy per image of the texture-shape datasets
   */
  public AnalysisResults(
      List<DatasetResults> datasets,
      List<String> models,
      Map<String, BenchmarkScores> benchmark,
      Map<String, ShapeBiasEntry> shapeBias,
      Map<Dataset, KappaIntervals> intervals,
      Map<Dataset, List<ImageAccuracy>> perImage) {
    Map<Dataset, DatasetResults> byDataset = new LinkedHashMap<>();
    datasets.forEach(d -> byDataset.put(d.dataset(), d));
    this.datasets = Collections.unmodifiableMap(byDataset);
    this.models = List.copyOf(models);
    this.benchmark = Collections.unmodifiableMap(new LinkedHashMap<>(benchmark));
    this.shapeBias = Collections.unmodifiableMap(new LinkedHashMap<>(shapeBias));
    this.intervals = Collections.unmodifiableMap(new LinkedHashMap<>(intervals));
    Map<Dataset, List<ImageAccuracy>> images = new LinkedHashMap<>();
    perImage.forEach((d, list) -> images.put(d, List.copyOf(list)));
    this.perImage = Collections.unmodifiableMap(images);
  }

  /** The datasets that had trials, in registry order. */
  public List<Dataset> datasets() {
    return List.copyOf(datasets.keySet());
  }

  /** The results of every dataset with trials, in registry order. */
  public List<DatasetResults> perDataset() {
    return List.copyOf(datasets.values());
  }

  /** The results of one dataset, if it had trials. */
  public Optional<DatasetResults> dataset(Dataset dataset) {
    return Optional.ofNullable(datasets.get(dataset));
  }

  /** The model observers found, in order of first appearance. */
  public List<String> models() {
    return models;
  }

  /** Benchmark scores: the human reference row ({@code humans}) first, then each model. */
  public Map<String, BenchmarkScores> benchmark() {
    return benchmark;
  }

  /** Shape bias on cue-conflict: the pooled humans, then each observer. */
  public Map<String, ShapeBiasEntry> shapeBias() {
    return shapeBias;
  }

  /** The shape bias of an observer ({@code humans}: pooled), if it has cue-conflict trials. */
  public Optional<ShapeBiasEntry> shapeBias(String observer) {
    return Optional.ofNullable(shapeBias.get(observer));
  }

  /** Bootstrap intervals of error consistency, per texture-shape dataset with two humans. */
  public Map<Dataset, KappaIntervals> intervals() {
    return intervals;
  }

  /** Each group's accuracy per image, per texture-shape dataset with trials. */
  public Map<Dataset, List<ImageAccuracy>> perImage() {
    return perImage;
  }

  /** The score of an observer in a condition, if it has trials there. */
  public Optional<ConditionScore> score(String observer, Dataset dataset, Condition condition) {
    DatasetResults d = datasets.get(dataset);
    return d == null ? Optional.empty() : d.score(observer, condition);
  }

  /** Whether the observer has trials on the dataset. */
  public boolean has(String observer, Dataset dataset) {
    DatasetResults d = datasets.get(dataset);
    return d != null && d.observers().containsKey(observer);
  }
}
