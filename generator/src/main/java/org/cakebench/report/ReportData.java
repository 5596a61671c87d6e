package org.cakebench.report;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.analysis.BenchmarkScores;
import org.cakebench.analysis.ConditionScore;
import org.cakebench.analysis.ConfusionMatrix;
import org.cakebench.analysis.DatasetBenchmark;
import org.cakebench.analysis.DatasetResults;
import org.cakebench.analysis.DominantResponse;
import org.cakebench.analysis.Estimate;
import org.cakebench.analysis.KappaBootstrap;
import org.cakebench.analysis.KappaIntervals;
import org.cakebench.analysis.ObserverResults;
import org.cakebench.analysis.ShapeBiasEntry;
import org.cakebench.data.Condition;
import org.cakebench.data.Dataset;
import org.cakebench.data.ObserverCatalog;
import org.cakebench.data.ObserverProfile;

/**
 * The analyses as the report reads them: models in catalogue order with their profiles, and the
 * per-dataset values that pages and claims share, each looked up by observer id, {@link Dataset}
 * and {@link Condition} in constant time. Gives NaN where an observer has no trials.
 */
public final class ReportData {
  private final AnalysisResults results;
  private final ObserverCatalog catalog;
  private final List<String> models;
  private final Set<String> modelSet;

  /** A view of {@code results} that names observers as {@code catalog} does. */
  public ReportData(AnalysisResults results, ObserverCatalog catalog) {
    this.results = results;
    this.catalog = catalog;
    Set<String> ordered = new LinkedHashSet<>();
    Set<String> found = Set.copyOf(results.models());
    catalog.models().stream()
        .map(ObserverProfile::id)
        .filter(found::contains)
        .forEach(ordered::add);
    ordered.addAll(results.models());
    this.models = List.copyOf(ordered);
    this.modelSet = Set.copyOf(ordered);
  }

  /** The analysis results behind this view, for writing them out whole. */
  public AnalysisResults results() {
    return results;
  }

  public ObserverCatalog catalog() {
    return catalog;
  }

  /** Every model with decisions: catalogue order first, then those only found in the data. */
  public List<String> models() {
    return models;
  }

  /** The models with decisions that are among the paper's 32. */
  public List<String> paperModels() {
    return models.stream().filter(m -> profile(m).inPaper()).toList();
  }

  /**
   * The models with decisions that the paper's claims are about: among its 32 and in its supervised
   * or self-supervised group. Extras never count, whatever group they name.
   */
  public List<String> comparisonModels() {
    return models.stream().filter(this::compared).toList();
  }

  /** The models with decisions outside the paper's comparison (extras, models found in data). */
  public List<String> otherModels() {
    return models.stream().filter(m -> !compared(m)).toList();
  }

  /** Whether {@code model} is one of the paper's supervised or self-supervised models. */
  public boolean compared(String model) {
    return profile(model).compared();
  }

  /** The models with decisions on {@code dataset} among {@code ids}, in their order. */
  public List<String> on(Dataset dataset, List<String> ids) {
    return ids.stream().filter(m -> has(m, dataset)).toList();
  }

  /** Those of {@code ids} with decisions on at least one of {@code datasets}, in their order. */
  public List<String> onAny(Collection<Dataset> datasets, List<String> ids) {
    return ids.stream().filter(m -> datasets.stream().anyMatch(d -> has(m, d))).toList();
  }

  /** The bootstrap intervals of error consistency on a texture-shape dataset, if computed. */
  public Optional<KappaIntervals> intervals(Dataset dataset) {
    return Optional.ofNullable(results.intervals().get(dataset));
  }

  /** The number of bootstrap resamples behind every interval. */
  public int bootstrapResamples() {
    return KappaBootstrap.RESAMPLES;
  }

  /** The most frequent response of an observer followed over the levels of a dataset. */
  public DominantPath dominantPath(String observer, Dataset dataset) {
    return DominantPath.of(this, observer, dataset);
  }

  /** The catalogue's models of the paper (all 32, with or without decisions). */
  public List<ObserverProfile> paperCatalog() {
    return catalog.models().stream().filter(ObserverProfile::inPaper).toList();
  }

  /** Whether {@code model} has decisions on at least one dataset. */
  public boolean hasDecisions(String model) {
    return modelSet.contains(model);
  }

  public ObserverProfile profile(String id) {
    return catalog.profile(id);
  }

  /** The display name, e.g. {@code SimCLR-x1}. */
  public String name(String id) {
    return catalog.profile(id).name();
  }

  /** Display names of {@code ids}, in order. */
  public List<String> names(List<String> ids) {
    return ids.stream().map(this::name).toList();
  }

  /** Whether the model belongs to the SimCLR family, which the paper singles out. */
  public boolean simclr(String id) {
    return profile(id).family().toLowerCase(Locale.ROOT).equals("simclr");
  }

  /** The datasets with trials, in registry order. */
  public List<Dataset> datasets() {
    return results.datasets();
  }

  /** Whether the dataset has trials. */
  public boolean has(Dataset dataset) {
    return results.dataset(dataset).isPresent();
  }

  /** The benchmark scores of an observer ({@code humans}: the reference row), if it has any. */
  public Optional<BenchmarkScores> benchmark(String observer) {
    return Optional.ofNullable(results.benchmark().get(observer));
  }

  /** Every benchmark row: the humans first, then the models in order of first appearance. */
  public Collection<BenchmarkScores> benchmarkRows() {
    return results.benchmark().values();
  }

  /** Mean accuracy over the benchmark conditions of a dataset (humans: {@code humans}). */
  public double accuracy(String observer, Dataset dataset) {
    Double value = benchmark(observer).map(b -> b.accuracy().get(dataset)).orElse(null);
    return value == null ? Double.NaN : value;
  }

  /**
   * Mean accuracy over the benchmark conditions of a dataset with its 95 % interval (models: over
   * images; humans: over participants); NaN without trials.
   */
  public Estimate accuracyInterval(String observer, Dataset dataset) {
    return benchmark(observer)
        .map(b -> b.datasets().get(dataset))
        .map(DatasetBenchmark::accuracyInterval)
        .orElse(Estimate.missing());
  }

  /** The accuracy of an observer in one condition with its 95 % interval. */
  public Estimate accuracyInterval(String observer, Dataset dataset, Condition condition) {
    return score(observer, dataset, condition)
        .map(ConditionScore::accuracyInterval)
        .orElse(Estimate.missing());
  }

  /** The accuracy of an observer in one condition ({@link Condition#ALL} without conditions). */
  public double accuracy(String observer, Dataset dataset, Condition condition) {
    return score(observer, dataset, condition).map(ConditionScore::accuracy).orElse(Double.NaN);
  }

  /**
   * A human participant's accuracy over a dataset's benchmark conditions (the mean over those it
   * has trials in, as the benchmark averages models); NaN without such trials.
   */
  public double participantAccuracy(String participant, Dataset dataset) {
    return conditions(dataset).stream()
        .filter(Condition::inBenchmark)
        .mapToDouble(c -> accuracy(participant, dataset, c))
        .filter(Double::isFinite)
        .average()
        .orElse(Double.NaN);
  }

  /** The confusion matrix of an observer in one condition (pooled humans: {@code humans}). */
  public Optional<ConfusionMatrix> confusion(
      String observer, Dataset dataset, Condition condition) {
    return score(observer, dataset, condition).map(ConditionScore::confusion);
  }

  /** The response entropy in bits of an observer in one condition. */
  public double entropy(String observer, Dataset dataset, Condition condition) {
    return score(observer, dataset, condition).map(ConditionScore::entropy).orElse(Double.NaN);
  }

  /** The most frequent response of an observer in one condition and its share. */
  public DominantResponse dominant(String observer, Dataset dataset, Condition condition) {
    return score(observer, dataset, condition)
        .map(ConditionScore::dominant)
        .orElse(new DominantResponse(null, Double.NaN));
  }

  /**
   * Mean error consistency with humans over a dataset's benchmark conditions (all trials without
   * conditions); for {@code humans}, over pairs of humans.
   */
  public double humanKappa(String observer, Dataset dataset) {
    return observer(observer, dataset).map(ObserverResults::benchmarkKappa).orElse(Double.NaN);
  }

  /** Error consistency with humans in one condition. */
  public double humanKappa(String observer, Dataset dataset, Condition condition) {
    return score(observer, dataset, condition).map(ConditionScore::kappa).orElse(Double.NaN);
  }

  /** The mean over {@code datasets} of the mean κ between pairs of humans on each. */
  public double meanHumanKappa(List<Dataset> datasets) {
    double sum = 0;
    for (Dataset d : datasets) {
      sum += humanKappa(org.cakebench.data.Observers.HUMANS, d);
    }
    return sum / datasets.size();
  }

  /** The conditions of a dataset that have trials, in registry order. */
  public List<Condition> conditions(Dataset dataset) {
    return results.dataset(dataset).map(DatasetResults::conditions).orElse(List.of());
  }

  /** Error consistency between two observers over all trials of a dataset (NaN if not drawn). */
  public double pairKappa(String a, String b, Dataset dataset) {
    return results
        .dataset(dataset)
        .flatMap(DatasetResults::consistency)
        .map(m -> m.kappa(a, b))
        .orElse(Double.NaN);
  }

  /** Share of cue decisions that follow the texture (1 − shape bias); NaN without trials. */
  public double textureShare(String observer) {
    return results
        .shapeBias(observer)
        .map(ShapeBiasEntry::overall)
        .map(s -> s.textureBias())
        .orElse(Double.NaN);
  }

  /** Shape bias on cue-conflict; NaN without trials. */
  public double shapeBias(String observer) {
    return results.shapeBias(observer).map(s -> s.overall().bias()).orElse(Double.NaN);
  }

  /** Shape bias on cue-conflict with its 95 % interval; NaN without trials. */
  public Estimate shapeBiasInterval(String observer) {
    return results.shapeBias(observer).map(ShapeBiasEntry::biasInterval).orElse(Estimate.missing());
  }

  /** The shape bias of an observer overall and per category, if it has cue-conflict trials. */
  public Optional<ShapeBiasEntry> shapeBiasEntry(String observer) {
    return results.shapeBias(observer);
  }

  /** Whether the observer has trials on the dataset. */
  public boolean has(String observer, Dataset dataset) {
    return results.has(observer, dataset);
  }

  /** The human participants with trials on a dataset, e.g. {@code subject-01}. */
  public List<String> humans(Dataset dataset) {
    return results.dataset(dataset).map(DatasetResults::humans).orElse(List.of());
  }

  /** The number of trials of an observer on a dataset (pooled humans: {@code humans}). */
  public int trials(String observer, Dataset dataset) {
    return observer(observer, dataset).map(ObserverResults::trials).orElse(0);
  }

  /** The number of images of a dataset (every observer decided on each once). */
  public int images(Dataset dataset) {
    return results.dataset(dataset).map(DatasetResults::images).orElse(0);
  }

  /** The results of every dataset with trials, in registry order (for downloads). */
  public List<DatasetResults> perDataset() {
    return results.perDataset();
  }

  private Optional<ObserverResults> observer(String observer, Dataset dataset) {
    return results.dataset(dataset).flatMap(d -> d.observer(observer));
  }

  private Optional<ConditionScore> score(String observer, Dataset dataset, Condition condition) {
    return results.score(observer, dataset, condition);
  }
}
