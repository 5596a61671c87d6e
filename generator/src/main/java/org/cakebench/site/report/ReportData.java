package org.cakebench.site.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.cakebench.analysis.Analyses;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.analysis.BenchmarkScores;
import org.cakebench.analysis.ConditionScore;
import org.cakebench.analysis.ConfusionMatrix;
import org.cakebench.analysis.ConsistencyWithHumans;
import org.cakebench.analysis.KappaBootstrap;
import org.cakebench.analysis.KappaIntervals;
import org.cakebench.analysis.ShapeBiasEntry;
import org.cakebench.data.Condition;
import org.cakebench.data.Dataset;
import org.cakebench.data.Datasets;
import org.cakebench.data.ObserverCatalog;
import org.cakebench.data.ObserverGroup;
import org.cakebench.data.ObserverProfile;
import org.cakebench.data.Observers;
import org.cakebench.data.RawData;

/**
 * The analyses as the report reads them: models in catalogue order with their profiles, and the
 * per-dataset values that pages and claims share (accuracy over the benchmark conditions, error
 * consistency with humans, texture share). Takes the analysis results and the observer catalogue;
 * gives NaN where an observer has no trials.
 */
public final class ReportData {
  /** The paper's texture-shape datasets (Section 3.3, Figure 2). */
  public static final List<String> TEXTURE_SHAPE = List.of("cue-conflict", "edge", "silhouette");

  private final AnalysisResults results;
  private final ObserverCatalog catalog;
  private final List<String> models;
  private final Map<String, KappaIntervals> intervals;

  /** A view of {@code results} that names observers as {@code catalog} does, without intervals. */
  public ReportData(AnalysisResults results, ObserverCatalog catalog) {
    this(results, catalog, Map.of());
  }

  /**
   * A view of {@code results} with the bootstrap intervals of error consistency per texture-shape
   * dataset (see {@link KappaBootstrap}).
   */
  public ReportData(
      AnalysisResults results, ObserverCatalog catalog, Map<String, KappaIntervals> intervals) {
    this.results = results;
    this.catalog = catalog;
    this.intervals = Map.copyOf(intervals);
    Set<String> ordered = new LinkedHashSet<>();
    catalog.models().stream()
        .map(ObserverProfile::id)
        .filter(results.models()::contains)
        .forEach(ordered::add);
    ordered.addAll(results.models());
    this.models = List.copyOf(ordered);
  }

  /**
   * The report's view with the bootstrap intervals of error consistency of the paper's models on
   * the texture-shape datasets with two or more humans, from the trials the analyses were run on.
   */
  public static ReportData withIntervals(
      AnalysisResults results, ObserverCatalog catalog, RawData trials) {
    List<String> models = new ReportData(results, catalog).comparisonModels();
    Map<String, KappaIntervals> intervals = new LinkedHashMap<>();
    for (String name : TEXTURE_SHAPE) {
      trials
          .dataset(name)
          .filter(d -> d.humans().size() >= 2)
          .ifPresent(d -> intervals.put(name, KappaBootstrap.of(d, models)));
    }
    return new ReportData(results, catalog, intervals);
  }

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
    ObserverProfile p = profile(model);
    return p.inPaper() && modelGroup(p.group());
  }

  /** The models with decisions on {@code dataset} among {@code ids}, in their order. */
  public List<String> on(String dataset, List<String> ids) {
    return ids.stream().filter(m -> has(m, dataset)).toList();
  }

  /** The bootstrap intervals of error consistency on a texture-shape dataset, if computed. */
  public Optional<KappaIntervals> intervals(String dataset) {
    return Optional.ofNullable(intervals.get(dataset));
  }

  /** The catalogue's models of the paper (all 32, with or without decisions). */
  public List<ObserverProfile> paperCatalog() {
    return catalog.models().stream().filter(ObserverProfile::inPaper).toList();
  }

  /** Whether {@code model} has decisions on at least one dataset. */
  public boolean hasDecisions(String model) {
    return results.models().contains(model);
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

  /** The dataset with trials named {@code name}, if any. */
  public Optional<Dataset> dataset(String name) {
    return results.datasets().stream().filter(d -> d.name().equals(name)).findFirst();
  }

  /** Mean accuracy over the benchmark conditions of a dataset (humans: {@code humans}). */
  public double accuracy(String observer, String dataset) {
    BenchmarkScores scores = results.benchmark().get(observer);
    Double value = scores == null ? null : scores.accuracy().get(dataset);
    return value == null ? Double.NaN : value;
  }

  /** The accuracy of an observer in one condition ({@link Analyses#ALL} without conditions). */
  public double accuracy(String observer, String dataset, String condition) {
    return results
        .score(observer, dataset, condition)
        .map(ConditionScore::accuracy)
        .orElse(Double.NaN);
  }

  /** The response entropy in bits of an observer in one condition. */
  public double entropy(String observer, String dataset, String condition) {
    return results
        .score(observer, dataset, condition)
        .map(ConditionScore::entropy)
        .orElse(Double.NaN);
  }

  /**
   * Mean error consistency with humans over a dataset's benchmark conditions (all trials without
   * conditions); for {@code humans}, over pairs of humans.
   */
  public double humanKappa(String observer, String dataset) {
    return meanConsistency(observer, dataset);
  }

  /** Error consistency with humans in one condition. */
  public double humanKappa(String observer, String dataset, String condition) {
    return results.humanConsistency().stream()
        .filter(
            h ->
                h.observer().equals(observer)
                    && h.dataset().equals(dataset)
                    && h.condition().equals(condition))
        .mapToDouble(ConsistencyWithHumans::kappa)
        .findFirst()
        .orElse(Double.NaN);
  }

  private double meanConsistency(String observer, String dataset) {
    List<String> conditions = benchmarkConditions(dataset);
    OptionalDouble mean =
        results.humanConsistency().stream()
            .filter(
                h ->
                    h.observer().equals(observer)
                        && h.dataset().equals(dataset)
                        && conditions.contains(h.condition()))
            .mapToDouble(ConsistencyWithHumans::kappa)
            .average();
    return mean.orElse(Double.NaN);
  }

  /** The conditions a dataset's benchmark values average over ({@link Analyses#ALL} if none). */
  public List<String> benchmarkConditions(String dataset) {
    Dataset d = Datasets.byName(dataset).orElse(null);
    if (d == null || !d.parametric()) {
      return List.of(Analyses.ALL);
    }
    return d.benchmarkConditions().stream().map(Condition::label).toList();
  }

  /** The conditions of a dataset that have trials, in registry order. */
  public List<String> conditions(String dataset) {
    Set<String> present = new LinkedHashSet<>();
    results.scores().stream()
        .filter(s -> s.dataset().equals(dataset))
        .forEach(s -> present.add(s.condition()));
    Dataset d = Datasets.byName(dataset).orElse(null);
    if (d == null || !d.parametric()) {
      return new ArrayList<>(present);
    }
    return d.conditions().stream().map(Condition::label).filter(present::contains).toList();
  }

  /** Error consistency between two observers over all trials of a dataset. */
  public double pairKappa(String a, String b, String dataset) {
    return results
        .matrix(dataset, Analyses.ALL)
        .filter(m -> m.observers().contains(a) && m.observers().contains(b))
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

  /** The confusion matrix of an observer in a condition. */
  public Optional<ConfusionMatrix> confusion(String observer, String dataset, String condition) {
    return results.confusion(observer, dataset, condition);
  }

  /** Whether the observer has trials on the dataset. */
  public boolean has(String observer, String dataset) {
    return results.has(observer, dataset);
  }

  /** The human participants with trials on a dataset, e.g. {@code subject-01}. */
  public List<String> humans(String dataset) {
    Set<String> ids = new LinkedHashSet<>();
    results.scores().stream()
        .filter(s -> s.dataset().equals(dataset) && Observers.isHuman(s.observer()))
        .forEach(s -> ids.add(s.observer()));
    return List.copyOf(ids);
  }

  /** The number of trials of an observer on a dataset (pooled humans: {@code humans}). */
  public int trials(String observer, String dataset) {
    return results.scores().stream()
        .filter(s -> s.observer().equals(observer) && s.dataset().equals(dataset))
        .mapToInt(ConditionScore::trials)
        .sum();
  }

  /** Whether {@code group} is one of the paper's model groups. */
  public static boolean modelGroup(ObserverGroup group) {
    return group == ObserverGroup.SUPERVISED || group == ObserverGroup.SELF_SUPERVISED;
  }
}
