package org.cakebench.report.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cakebench.analysis.Analyses;
import org.cakebench.data.Category;
import org.cakebench.data.Condition;
import org.cakebench.data.Dataset;
import org.cakebench.data.DatasetTrials;
import org.cakebench.data.Datasets;
import org.cakebench.data.ImageIds;
import org.cakebench.data.ObserverCatalog;
import org.cakebench.data.ObserverGroup;
import org.cakebench.data.ObserverProfile;
import org.cakebench.data.RawData;
import org.cakebench.data.Trial;
import org.cakebench.report.ReportData;
import org.cakebench.site.SiteFixture;
import org.jspecify.annotations.Nullable;

/**
 * A synthetic study for the claim tests, built in memory: two human participants and any of the
 * catalogue's models, each answering on every image by a rule chosen per dataset. Every dataset the
 * claims read is written with {@value #IMAGES} images per condition (two per category) and at most
 * three conditions: the control level (the registry's first), the first benchmark condition and,
 * where the registry's last level lies outside the benchmark, that strongest level.
 *
 * <p>The default answers make every claim about models hold once all 32 of the paper's models are
 * present, so that a test changes one thing at a time:
 *
 * <ul>
 *   <li>distortions: everyone is right at the control level; at the benchmark condition {@code
 *       subject-01} is right on 20 and {@code subject-02} on 24 of 32 images (human range 62.5–75%,
 *       pooled 68.75%), models on 8 (25%), SimCLR on uniform noise, contrast and high-pass on 19
 *       (59.4%); at the strongest level humans spread their answers over many categories, models
 *       always say knife.
 *   <li>cue conflict (texture = next category): humans answer the shape, models the texture; SimCLR
 *       the texture on 19 of 32 images (59.4%), Inception-V3 on 17 of the 28 images where it names
 *       a cue (60.7%).
 *   <li>edges and silhouettes: humans are wrong on the same 8 images, models on the first 16.
 * </ul>
 */
final class PaperStudy {
  static final int IMAGES = 32;
  static final List<String> HUMANS = List.of("subject-01", "subject-02");
  static final ObserverCatalog CATALOG = SiteFixture.catalog();

  /** The level of a condition within its dataset, as the study writes it. */
  enum Level {
    CONTROL,
    BENCHMARK,
    STRONGEST,
    /** The one condition of a dataset without conditions. */
    ALL
  }

  /** What an observer answers on image {@code image} (0–31) of one level; null: no answer. */
  @FunctionalInterface
  interface Answer {
    @Nullable Category respond(Level level, Category truth, int image);
  }

  /** The datasets the claims read. */
  static final List<Dataset> DATASETS = concat(Datasets.PARAMETRIC, Datasets.TEXTURE_SHAPE);

  private final Map<String, Map<Dataset, Answer>> answers = new LinkedHashMap<>();
  private final Map<Dataset, Integer> images = new LinkedHashMap<>();
  private final Map<Dataset, List<Level>> only = new LinkedHashMap<>();

  private PaperStudy() {}

  /** The humans and {@code models}, all with the default answers on every dataset. */
  static PaperStudy of(List<String> models) {
    PaperStudy study = new PaperStudy();
    for (String h : HUMANS) {
      study.observer(h);
    }
    models.forEach(study::observer);
    return study;
  }

  /** The humans and all 32 of the paper's models. */
  static PaperStudy all() {
    return of(paper(null));
  }

  /** The ids of the paper's models in {@code group} (null: all 32), in catalogue order. */
  static List<String> paper(@Nullable ObserverGroup group) {
    return CATALOG.models().stream()
        .filter(ObserverProfile::compared)
        .filter(p -> group == null || p.group() == group)
        .map(ObserverProfile::id)
        .toList();
  }

  /** The paper's SimCLR models. */
  static List<String> simclr() {
    return paper(ObserverGroup.SELF_SUPERVISED).stream()
        .filter(m -> m.startsWith("simclr"))
        .toList();
  }

  /** The paper's self-supervised models other than SimCLR. */
  static List<String> otherSelfSupervised() {
    return paper(ObserverGroup.SELF_SUPERVISED).stream()
        .filter(m -> !m.startsWith("simclr"))
        .toList();
  }

  /** Adds {@code model} with the default answers. */
  PaperStudy add(String model) {
    observer(model);
    return this;
  }

  /** {@code observer} answers {@code answer} on {@code datasets}. */
  PaperStudy set(String observer, Answer answer, Dataset... datasets) {
    for (Dataset d : datasets) {
      answers.get(observer).put(d, answer);
    }
    return this;
  }

  /** Those of {@code models} in the study answer {@code answer} on {@code datasets}. */
  PaperStudy each(List<String> models, Answer answer, Dataset... datasets) {
    models.stream().filter(answers::containsKey).forEach(m -> set(m, answer, datasets));
    return this;
  }

  /** Every human participant answers {@code answer} on {@code datasets}. */
  PaperStudy humans(Answer answer, Dataset... datasets) {
    HUMANS.forEach(h -> set(h, answer, datasets));
    return this;
  }

  /** {@code observer} has no decisions on {@code datasets}. */
  PaperStudy without(String observer, Dataset... datasets) {
    for (Dataset d : datasets) {
      answers.get(observer).remove(d);
    }
    return this;
  }

  /** {@code dataset} has {@code n} images per condition instead of {@value #IMAGES}. */
  PaperStudy images(Dataset dataset, int n) {
    images.put(dataset, n);
    return this;
  }

  /** {@code dataset} is written with {@code levels} only. */
  PaperStudy levels(Dataset dataset, Level... levels) {
    only.put(dataset, List.of(levels));
    return this;
  }

  /** The analyses of the study as the report reads them, with the bootstrap intervals. */
  ReportData report() {
    List<DatasetTrials> datasets = new ArrayList<>();
    for (Dataset d : Datasets.all()) {
      List<Trial> trials = new ArrayList<>();
      answers.forEach(
          (observer, byDataset) -> {
            Answer a = byDataset.get(d);
            if (a != null) {
              trials.addAll(trials(observer, d, a, images.getOrDefault(d, IMAGES), only.get(d)));
            }
          });
      if (!trials.isEmpty()) {
        datasets.add(DatasetTrials.of(d, trials));
      }
    }
    return new ReportData(Analyses.run(new RawData(datasets), CATALOG, w -> {}), CATALOG);
  }

  /** Every claim checked on the study. */
  List<ClaimResult> claims() {
    return Claims.check(report());
  }

  /** The result of claim {@code id} on the study. */
  ClaimResult claim(String id) {
    return result(claims(), id);
  }

  static ClaimResult result(List<ClaimResult> results, String id) {
    return results.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  // ---- answers

  /** Right on every image. */
  static Answer right() {
    return (level, truth, image) -> truth;
  }

  /** Right on the first {@code k} images of every level but the control level, else wrong. */
  static Answer rightOn(int k) {
    return (level, truth, image) -> level == Level.CONTROL || image < k ? truth : wrong(truth);
  }

  /** Right at the control level, {@code category} on every image of the strongest level. */
  static Answer collapsesTo(Category category, Answer otherwise) {
    return (level, truth, image) ->
        level == Level.STRONGEST ? category : otherwise.respond(level, truth, image);
  }

  /** On cue conflict: the texture on the first {@code k} images, else the shape. */
  static Answer textureOn(int k) {
    return (level, truth, image) -> image < k ? texture(truth) : truth;
  }

  /** A wrong answer: three categories on. */
  static Category wrong(Category truth) {
    return Category.at((truth.ordinal() + 3) % 16);
  }

  /** The texture category of a cue-conflict image of {@code shape}: the next category. */
  static Category texture(Category shape) {
    return Category.at((shape.ordinal() + 1) % 16);
  }

  /** Answers spread over many categories (a quarter right), as humans do at the strongest noise. */
  static Category spread(Category truth, int image, int offset) {
    return image % 4 == 0 ? truth : Category.at((image * 5 + offset) % 16);
  }

  private void observer(String id) {
    Map<Dataset, Answer> byDataset = new LinkedHashMap<>();
    for (Dataset d : DATASETS) {
      byDataset.put(d, defaultAnswer(id, d));
    }
    answers.put(id, byDataset);
  }

  private static Answer defaultAnswer(String id, Dataset d) {
    boolean human = HUMANS.contains(id);
    if (human) {
      int offset = HUMANS.indexOf(id) * 7;
      if (d.parametric()) {
        int k = HUMANS.indexOf(id) == 0 ? 20 : 24;
        Answer benchmark = rightOn(k);
        return (level, truth, image) ->
            level == Level.STRONGEST
                ? spread(truth, image, offset)
                : benchmark.respond(level, truth, image);
      }
      if (d.equals(Datasets.CUE_CONFLICT)) {
        return textureOn(4);
      }
      return (level, truth, image) -> image < 8 ? wrong(truth) : truth;
    }
    if (d.parametric()) {
      boolean robust = id.startsWith("simclr") && Datasets.SIMCLR_ROBUST.contains(d);
      return collapsesTo(Category.KNIFE, rightOn(robust ? 19 : 8));
    }
    if (d.equals(Datasets.CUE_CONFLICT)) {
      if (id.startsWith("simclr")) {
        return textureOn(19);
      }
      if (id.equals("inception_v3")) {
        // 17 texture, 11 shape, 4 neither: 17 / 28 = 60.7% texture decisions.
        return (level, truth, image) ->
            image < 17 ? texture(truth) : image < 28 ? truth : wrong(truth);
      }
      return textureOn(28);
    }
    return (level, truth, image) -> image < 16 ? wrong(truth) : truth;
  }

  private static List<Trial> trials(
      String observer, Dataset dataset, Answer answer, int n, @Nullable List<Level> only) {
    List<Trial> trials = new ArrayList<>();
    Map<Condition, Level> levels = new LinkedHashMap<>(levels(dataset));
    if (only != null) {
      levels.values().removeIf(l -> !only.contains(l));
    }
    int c = 0;
    for (Map.Entry<Condition, Level> e : levels.entrySet()) {
      String label = dataset.parametric() ? e.getKey().label() : "0";
      for (int i = 0; i < n; i++) {
        Category truth = Category.at(i % 16);
        Category response = answer.respond(e.getValue(), truth, i);
        String image =
            dataset.equals(Datasets.CUE_CONFLICT)
                ? truth.label()
                    + (i / 16 + 1)
                    + "-"
                    + texture(truth).label()
                    + (i / 16 + 1)
                    + ".png"
                : "c" + c + "i" + i + ".png";
        String name = "0001_syn_" + observer + "_" + image;
        trials.add(
            new Trial(
                observer,
                1,
                trials.size() + 1,
                HUMANS.contains(observer) ? 0.8 : Double.NaN,
                response,
                truth,
                label,
                name,
                ImageIds.of(name)));
      }
      c++;
    }
    return trials;
  }

  /** The conditions the study writes for {@code dataset}, with their level. */
  static Map<Condition, Level> levels(Dataset dataset) {
    Map<Condition, Level> levels = new LinkedHashMap<>();
    if (!dataset.parametric()) {
      levels.put(Condition.ALL, Level.ALL);
      return levels;
    }
    List<Condition> all = dataset.conditions();
    levels.put(all.get(0), Level.CONTROL);
    levels.put(dataset.benchmarkConditions().get(0), Level.BENCHMARK);
    Condition last = all.get(all.size() - 1);
    if (!last.inBenchmark()) {
      levels.put(last, Level.STRONGEST);
    }
    return levels;
  }

  private static List<Dataset> concat(List<Dataset> a, List<Dataset> b) {
    Set<Dataset> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}
