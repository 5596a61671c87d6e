package org.cakebench.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.cakebench.data.Category;
import org.cakebench.data.Condition;
import org.cakebench.data.Dataset;
import org.cakebench.data.DatasetTrials;
import org.cakebench.data.Datasets;
import org.cakebench.data.ImageBits;
import org.cakebench.data.ImageIndex;
import org.cakebench.data.ObserverCatalog;
import org.cakebench.data.ObserverGroup;
import org.cakebench.data.ObserverProfile;
import org.cakebench.data.ObserverTrials;
import org.cakebench.data.Observers;
import org.cakebench.data.RawData;
import org.jspecify.annotations.Nullable;

/**
 * Applies every measure to the raw data and gathers the {@link AnalysisResults}: datasets in
 * parallel, then the benchmark of every model in parallel. Each step is linear in the number of
 * observers, except the error-consistency matrices the paper's Figure 2 draws.
 */
public final class Analyses {
  private Analyses() {}

  /**
   * Analyses {@code data} for the benchmark and the figures, without the parts that need to know
   * the paper's model groups; notes on missing data go to warnings.
   */
  public static AnalysisResults run(RawData data, Consumer<String> warnings) {
    return analyse(data, null, warnings);
  }

  /**
   * Analyses {@code data} whole, with the paper's groups of models taken from {@code catalog}: also
   * bootstraps error consistency on the texture-shape datasets with two or more humans (see {@link
   * KappaBootstrap}) and gives each group's accuracy per image there (see {@link
   * AccuracyPerImage}).
   */
  public static AnalysisResults run(
      RawData data, ObserverCatalog catalog, Consumer<String> warnings) {
    return analyse(data, catalog, warnings);
  }

  private static AnalysisResults analyse(
      RawData data, @Nullable ObserverCatalog catalog, Consumer<String> warnings) {
    Benchmark benchmark = new Benchmark(data); // checks the cue-conflict names first
    List<DatasetResults> datasets =
        data.datasets().parallelStream().map(Analyses::dataset).toList();

    Map<String, BenchmarkScores> scores = new LinkedHashMap<>();
    scores.put(Observers.HUMANS, benchmark.humans(warnings));
    // Models in parallel; their notes are reported afterwards in model order.
    List<String> models = List.copyOf(data.models());
    List<Map.Entry<BenchmarkScores, List<String>>> rows =
        models.parallelStream()
            .map(
                m -> {
                  List<String> notes = new ArrayList<>();
                  return Map.entry(benchmark.model(m, notes::add), notes);
                })
            .toList();
    for (Map.Entry<BenchmarkScores, List<String>> row : rows) {
      scores.put(row.getKey().observer(), row.getKey());
      row.getValue().forEach(warnings);
    }

    Map<Dataset, KappaIntervals> intervals = new LinkedHashMap<>();
    Map<Dataset, List<ImageAccuracy>> perImage = new LinkedHashMap<>();
    if (catalog != null) {
      List<String> supervised = group(catalog, ObserverGroup.SUPERVISED);
      List<String> selfSupervised = group(catalog, ObserverGroup.SELF_SUPERVISED);
      List<String> compared =
          catalog.models().stream()
              .filter(ObserverProfile::compared)
              .map(ObserverProfile::id)
              .toList();
      // The three datasets in parallel (each bootstrap draws from its own seed), kept in order.
      List<DatasetTrials> present =
          Datasets.TEXTURE_SHAPE.stream().flatMap(d -> data.dataset(d).stream()).toList();
      List<KappaIntervals> drawn =
          present.parallelStream()
              .map(t -> t.humans().size() >= 2 ? KappaBootstrap.of(t, compared) : null)
              .toList();
      for (int i = 0; i < present.size(); i++) {
        DatasetTrials t = present.get(i);
        if (drawn.get(i) != null) {
          intervals.put(t.dataset(), drawn.get(i));
        }
        perImage.put(t.dataset(), AccuracyPerImage.of(t, supervised, selfSupervised));
      }
    }
    return new AnalysisResults(datasets, models, scores, shapeBias(data), intervals, perImage);
  }

  /** The paper's models of one group, in catalogue order. */
  private static List<String> group(ObserverCatalog catalog, ObserverGroup group) {
    return catalog.models().stream()
        .filter(p -> p.compared() && p.group() == group)
        .map(ObserverProfile::id)
        .toList();
  }

  /** The registry conditions that have images, or {@link Condition#ALL} without conditions. */
  static List<Condition> plottedConditions(DatasetTrials d) {
    if (!d.dataset().parametric()) {
      return List.of(Condition.ALL);
    }
    return d.dataset().conditions().stream()
        .filter(c -> d.images().hasCondition(c.label()))
        .toList();
  }

  private static DatasetResults dataset(DatasetTrials d) {
    List<Condition> conditions = plottedConditions(d);
    List<ObserverTrials> humans = d.humans();
    Map<String, List<ConditionScore>> byObserver = new LinkedHashMap<>();
    if (!humans.isEmpty()) {
      byObserver.put(Observers.HUMANS, new ArrayList<>());
    }
    d.observers().forEach(o -> byObserver.put(o.observer(), new ArrayList<>()));
    for (Condition condition : conditions) {
      ImageBits mask = d.images().images(condition);
      if (!humans.isEmpty()) {
        byObserver.get(Observers.HUMANS).add(pooledHumans(d.images(), humans, condition, mask));
      }
      for (ObserverTrials o : d.observers()) {
        byObserver.get(o.observer()).add(score(d.images(), humans, o, condition, mask));
      }
    }
    Map<String, ObserverResults> observers = new LinkedHashMap<>();
    byObserver.forEach((id, list) -> observers.put(id, results(id, list)));
    boolean drawn = Datasets.TEXTURE_SHAPE.contains(d.dataset());
    return new DatasetResults(
        d.dataset(),
        d.images().size(),
        conditions,
        humans.stream().map(ObserverTrials::observer).toList(),
        d.models().stream().map(ObserverTrials::observer).toList(),
        observers,
        drawn ? ConsistencyMatrix.of(d) : null);
  }

  /** The pooled humans: accuracy and confusion of all their trials, mean entropy, human pairs. */
  private static ConditionScore pooledHumans(
      ImageIndex images, List<ObserverTrials> humans, Condition condition, ImageBits mask) {
    double entropy =
        humans.stream().mapToDouble(h -> ResponseEntropy.of(h, mask)).average().orElse(Double.NaN);
    List<ErrorConsistency> pairs = new ArrayList<>();
    for (int i = 0; i < humans.size(); i++) {
      for (int j = i + 1; j < humans.size(); j++) {
        pairs.add(ErrorConsistency.of(humans.get(i).correct(), humans.get(j).correct(), mask));
      }
    }
    ConfusionMatrix confusion = ConfusionMatrix.of(images, humans, mask);
    List<Double> each = humans.stream().map(h -> Accuracy.of(h, mask)).toList();
    return new ConditionScore(
        condition,
        Accuracy.of(humans, mask),
        StandardErrors.participants(each),
        entropy,
        mask.count() * humans.size(),
        confusion,
        confusion.dominant(),
        pairs.isEmpty() ? null : mean(pairs));
  }

  /** One observer: a participant gets accuracy and entropy; a model also its errors. */
  private static ConditionScore score(
      ImageIndex images,
      List<ObserverTrials> humans,
      ObserverTrials o,
      Condition condition,
      ImageBits mask) {
    double accuracy = Accuracy.of(o, mask);
    double error = StandardErrors.binomial(o.correct().countWithin(mask), mask.count());
    double entropy = ResponseEntropy.of(o, mask);
    if (o.human()) {
      return new ConditionScore(
          condition,
          accuracy,
          error,
          entropy,
          mask.count(),
          null,
          new DominantResponse(null, Double.NaN),
          null);
    }
    ConfusionMatrix confusion = ConfusionMatrix.of(images, List.of(o), mask);
    List<ErrorConsistency> withHumans =
        humans.stream().map(h -> ErrorConsistency.of(o.correct(), h.correct(), mask)).toList();
    return new ConditionScore(
        condition,
        accuracy,
        error,
        entropy,
        mask.count(),
        confusion,
        confusion.dominant(),
        withHumans.isEmpty() ? null : mean(withHumans));
  }

  private static ConsistencyWithHumans mean(List<ErrorConsistency> values) {
    double kappa =
        values.stream().mapToDouble(ErrorConsistency::kappa).average().orElse(Double.NaN);
    double observed =
        values.stream().mapToDouble(ErrorConsistency::observed).average().orElse(Double.NaN);
    return new ConsistencyWithHumans(kappa, observed);
  }

  /** Adds the mean κ with the humans over the benchmark conditions. */
  private static ObserverResults results(String observer, List<ConditionScore> conditions) {
    double kappa =
        conditions.stream()
            .filter(s -> s.condition().inBenchmark() && s.withHumans() != null)
            .mapToDouble(ConditionScore::kappa)
            .average()
            .orElse(Double.NaN);
    return new ObserverResults(observer, conditions, kappa);
  }

  private static Map<String, ShapeBiasEntry> shapeBias(RawData data) {
    Map<String, ShapeBiasEntry> entries = new LinkedHashMap<>();
    data.dataset(Datasets.CUE_CONFLICT)
        .ifPresent(
            d -> {
              ImageIndex images = d.images();
              Category[] textures = ShapeBias.textures(d);
              List<ObserverTrials> humans = d.humans();
              if (!humans.isEmpty()) {
                entries.put(Observers.HUMANS, entry(Observers.HUMANS, images, textures, humans));
              }
              for (ObserverTrials o : d.observers()) {
                entries.put(o.observer(), entry(o.observer(), images, textures, List.of(o)));
              }
            });
    return entries;
  }

  private static ShapeBiasEntry entry(
      String id, ImageIndex images, Category[] textures, List<ObserverTrials> observers) {
    ShapeBias overall = ShapeBias.of(images, textures, observers, images.all());
    // One observer varies with the images; the pooled humans with the participants.
    double error =
        observers.size() == 1
            ? overall.biasError()
            : StandardErrors.participants(
                observers.stream()
                    .map(o -> ShapeBias.of(images, textures, List.of(o), images.all()).bias())
                    .filter(Double::isFinite)
                    .toList());
    return new ShapeBiasEntry(
        id, overall, error, ShapeBias.perCategory(images, textures, observers));
  }
}
