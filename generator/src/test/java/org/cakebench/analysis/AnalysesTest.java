package org.cakebench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.cakebench.data.Category.BEAR;
import static org.cakebench.data.Category.CAT;
import static org.cakebench.data.Category.DOG;
import static org.cakebench.data.Category.ELEPHANT;
import static org.cakebench.data.Category.KNIFE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cakebench.data.Category;
import org.cakebench.data.Condition;
import org.cakebench.data.Datasets;
import org.cakebench.data.ObserverCatalog;
import org.cakebench.data.Observers;
import org.cakebench.data.RawData;
import org.cakebench.data.Trial;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hand-computed study in which every mean has more than one term, so that every division matters.
 * Observers are right (1) or wrong (0) on each image.
 *
 * <ul>
 *   <li>rotation: condition 0 (left out of the benchmark) with 2 images, 90 and 180 with 4 each.
 *       subject-01: 11 / 1100 / 1100; subject-02: 11 / 1100 / 0011; subject-03: 11 / 1000 / 1111;
 *       resnet50: 00 / 1110 / 1100.
 *   <li>cue-conflict: cat1-dog2, dog1-cat2, bear1-bear2 (no conflict), cat3-elephant1. subject-01
 *       answers cat, cat, bear, cat (1011); subject-02 dog, dog, bear, elephant (0110); resnet50
 *       cat, dog, knife, cat (1101); simclr_resnet50x1 dog, cat, knife, elephant (0000); bagnet33,
 *       not one of the paper's models, dog, cat, bear, elephant (0010).
 *   <li>edge, without humans: resnet50 1100, late 1111.
 *   <li>colour: one human, only in the condition the benchmark leaves out.
 * </ul>
 */
class AnalysesTest {
  private static final Path PROJECT = Path.of("").toAbsolutePath();
  private static final String[] CUE_IMAGES = {
    "cat1-dog2.png", "dog1-cat2.png", "bear1-bear2.png", "cat3-elephant1.png"
  };

  private static List<Trial> rotation(String observer, String c0, String c90, String c180) {
    List<Trial> trials = new ArrayList<>();
    String[][] conditions = {{"0", c0}, {"90", c90}, {"180", c180}};
    for (String[] c : conditions) {
      for (int i = 0; i < c[1].length(); i++) {
        Category response = c[1].charAt(i) == '1' ? CAT : KNIFE;
        trials.add(Trials.trial(observer, "r" + c[0] + "-" + i + ".png", CAT, response, c[0]));
      }
    }
    return trials;
  }

  private static List<Trial> cue(String observer, Category... responses) {
    Category[] shapes = {CAT, DOG, BEAR, CAT};
    List<Trial> trials = new ArrayList<>();
    for (int i = 0; i < responses.length; i++) {
      trials.add(Trials.trial(observer, CUE_IMAGES[i], shapes[i], responses[i], "0"));
    }
    return trials;
  }

  private final List<String> warnings = new ArrayList<>();
  private final RawData data =
      new RawData(
          List.of(
              Trials.dataset(
                  Datasets.COLOUR,
                  List.of(
                      Trials.trial("subject-01", "c1.png", CAT, CAT, "cr"),
                      Trials.trial("subject-01", "c2.png", CAT, DOG, "cr"))),
              Trials.dataset(
                  Datasets.ROTATION,
                  rotation("subject-01", "11", "1100", "1100"),
                  rotation("subject-02", "11", "1100", "0011"),
                  rotation("subject-03", "11", "1000", "1111"),
                  rotation("resnet50", "00", "1110", "1100")),
              Trials.dataset(
                  Datasets.CUE_CONFLICT,
                  cue("subject-01", CAT, CAT, BEAR, CAT),
                  cue("subject-02", DOG, DOG, BEAR, ELEPHANT),
                  cue("resnet50", CAT, DOG, KNIFE, CAT),
                  cue("simclr_resnet50x1", DOG, CAT, KNIFE, ELEPHANT),
                  cue("bagnet33", DOG, CAT, BEAR, ELEPHANT)),
              Trials.dataset(
                  Datasets.EDGE,
                  Trials.pattern("resnet50", "1100"),
                  Trials.pattern("late", "1111"))));
  private final ObserverCatalog catalog =
      ObserverCatalog.load(PROJECT.resolve("content/observers.yaml"), PROJECT);
  private final AnalysisResults results = Analyses.run(data, catalog, warnings::add);

  private static Condition rotation(String label) {
    return Datasets.ROTATION.condition(label).orElseThrow();
  }

  private ConditionScore score(String observer, String rotationLabel) {
    return results.score(observer, Datasets.ROTATION, rotation(rotationLabel)).orElseThrow();
  }

  @Test
  void aModelsAgreementIsAveragedOverBenchmarkConditionsThenHumans() {
    // rotation, per human (90 | 180): squared accuracy gap, observed consistency, kappa
    //   subject-01: 1/16 | 0,  .75 | 1,  .5 | 1   -> 1/32, .875, .75
    //   subject-02: 1/16 | 0,  .75 | 0,  .5 | -1  -> 1/32, .375, -.25
    //   subject-03: 1/4 | 1/4, .5 | .5,  .2 | 0   -> 1/4,  .5,   .1
    DatasetBenchmark.Agreement rotation =
        results.benchmark().get("resnet50").datasets().get(Datasets.ROTATION).withHumans();
    assertThat(rotation.accuracyDifference()).isCloseTo(5.0 / 48, within(1e-15));
    assertThat(rotation.observedConsistency()).isCloseTo(7.0 / 12, within(1e-15));
    assertThat(rotation.errorConsistency()).isCloseTo(0.2, within(1e-15));
    assertThat(results.benchmark().get("resnet50").datasets().get(Datasets.ROTATION).accuracy())
        .isEqualTo(0.625); // (.75 + .5) / 2; condition 0 is left out
  }

  @Test
  void theHumanRowAveragesEveryPairOfDifferentHumans() {
    // rotation pairs (90 | 180): 01-02 gap 0 | 0, c_obs 1 | 0, kappa 1 | -1;
    //   01-03 and 02-03: gap^2 1/16 | 1/4, c_obs .75 | .5, kappa .5 | 0
    DatasetBenchmark rotation =
        results.benchmark().get(Observers.HUMANS).datasets().get(Datasets.ROTATION);
    assertThat(rotation.withHumans().accuracyDifference()).isCloseTo(5.0 / 48, within(1e-15));
    assertThat(rotation.withHumans().observedConsistency()).isCloseTo(7.0 / 12, within(1e-15));
    assertThat(rotation.withHumans().errorConsistency()).isCloseTo(1.0 / 6, within(1e-15));
    // each human's accuracy: .5, .5, .625; mean 13/24, spread 1/24 over the participants
    assertThat(rotation.accuracy()).isCloseTo(13.0 / 24, within(1e-15));
    assertThat(rotation.accuracyError()).isCloseTo(1.0 / 24, within(1e-15));
  }

  @Test
  void benchmarkScoresAreMeansOverDatasets() {
    // cue-conflict: resnet50 vs subject-01 gap 0, c_obs .5, kappa -1/3;
    //   vs subject-02 gap .25, c_obs .25, kappa -.5
    BenchmarkScores model = results.benchmark().get("resnet50");
    assertThat(model.accuracy())
        .containsExactly(
            Map.entry(Datasets.ROTATION, 0.625),
            Map.entry(Datasets.CUE_CONFLICT, 0.75),
            Map.entry(Datasets.EDGE, 0.5));
    assertThat(model.oodAccuracy()).isEqualTo(0.625);
    assertThat(model.accuracyDifference()).isCloseTo((5.0 / 48 + 1.0 / 32) / 2, within(1e-15));
    assertThat(model.observedConsistency()).isCloseTo((7.0 / 12 + 3.0 / 8) / 2, within(1e-15));
    assertThat(model.errorConsistency()).isCloseTo((0.2 - 5.0 / 12) / 2, within(1e-15));
    assertThat(model.shapeBias()).isEqualTo(1.0);
    assertThat(model.missingDatasets()).containsExactly(Datasets.COLOUR);

    // humans: colour has no benchmark condition; cue-conflict pair gap 1/16, c_obs .25, kappa -.5
    BenchmarkScores humans = results.benchmark().get(Observers.HUMANS);
    assertThat(humans.accuracy()).containsOnlyKeys(Datasets.ROTATION, Datasets.CUE_CONFLICT);
    assertThat(humans.oodAccuracy()).isCloseTo((13.0 / 24 + 0.625) / 2, within(1e-15));
    assertThat(humans.oodAccuracyError()).isCloseTo(Math.sqrt(10) / 48, within(1e-15));
    assertThat(humans.accuracyDifference()).isCloseTo((5.0 / 48 + 1.0 / 16) / 2, within(1e-15));
    assertThat(humans.observedConsistency()).isCloseTo((7.0 / 12 + 0.25) / 2, within(1e-15));
    assertThat(humans.errorConsistency()).isCloseTo((1.0 / 6 - 0.5) / 2, within(1e-15));
    assertThat(humans.shapeBias()).isEqualTo(0.5); // 3 shape and 3 texture decisions
  }

  @Test
  void aModelWithoutCueConflictTrialsHasNoShapeBias() {
    assertThat(results.benchmark().get("late").shapeBias()).isNaN();
    assertThat(results.benchmark().get("simclr_resnet50x1").shapeBias()).isZero();
  }

  @Test
  void missingDataIsReportedOncePerCause() {
    assertThat(warnings)
        .containsExactly(
            "colour: none of its benchmark conditions has trials; left out of the benchmark",
            "edge: no human trials; left out of resnet50's comparison with humans",
            "resnet50: no trials for colour; left out of its means",
            "bagnet33: trials for 1 of 4 datasets only (cue-conflict); its means cover those",
            "simclr_resnet50x1: trials for 1 of 4 datasets only (cue-conflict); its means cover"
                + " those",
            "edge: no human trials; left out of late's comparison with humans",
            "late: trials for 1 of 4 datasets only (edge); its means cover those");
  }

  @Test
  void pooledHumansPoolTrialsAndAverageEveryPairPerCondition() {
    ConditionScore humans = score(Observers.HUMANS, "90"); // 1100, 1100, 1000
    assertThat(humans.accuracy()).isEqualTo(5.0 / 12);
    assertThat(humans.trials()).isEqualTo(12);
    // each .5, .5, .25: mean 5/12, sample variance 1/48, over 3 participants: (1/12)^2
    assertThat(humans.accuracyError()).isCloseTo(1.0 / 12, within(1e-15));
    assertThat(humans.kappa()).isCloseTo(2.0 / 3, within(1e-15)); // pairs: 1, .5, .5
    assertThat(humans.withHumans().observed()).isCloseTo(5.0 / 6, within(1e-15));
    // entropy: 1 bit for each of 1100 and 1100, H(1/4) for 1000; their mean
    double quarter = -(0.25 * Math.log(0.25) + 0.75 * Math.log(0.75)) / Math.log(2);
    assertThat(humans.entropy()).isCloseTo((2 + quarter) / 3, within(1e-15));
    assertThat(humans.dominant().category()).isEqualTo(KNIFE); // the wrong answer, 7 of 12
    assertThat(humans.dominant().share()).isEqualTo(7.0 / 12);
  }

  @Test
  void aModelsScoreInAConditionComparesItWithEachHuman() {
    ConditionScore model = score("resnet50", "90"); // 1110 against 1100, 1100, 1000
    assertThat(model.accuracy()).isEqualTo(0.75);
    assertThat(model.accuracyError()).isEqualTo(StandardErrors.binomial(3, 4));
    assertThat(model.trials()).isEqualTo(4);
    assertThat(model.kappa()).isCloseTo(0.4, within(1e-15)); // (.5 + .5 + .2) / 3
    assertThat(model.withHumans().observed()).isCloseTo(2.0 / 3, within(1e-15));
    ConditionScore participant = score("subject-03", "90");
    assertThat(participant.accuracy()).isEqualTo(0.25);
    assertThat(participant.withHumans()).isNull();
    // a participant is compared with the humans only in the pooled row
    assertThat(participant.kappa()).isNaN();
    assertThat(participant.dominant().category()).isNull();
    assertThat(participant.dominant().share()).isNaN();
  }

  @Test
  void theMeanKappaWithHumansLeavesOutConditionsOutsideTheBenchmark() {
    // resnet50: .4 in 90, 0 in 180 (and 0 in condition 0, which would lower the mean)
    assertThat(results.dataset(Datasets.ROTATION).orElseThrow().observer("resnet50"))
        .hasValueSatisfying(o -> assertThat(o.benchmarkKappa()).isCloseTo(0.2, within(1e-15)));
    // humans: 2/3 in 90, -1/3 in 180 (and 1 in condition 0)
    assertThat(results.dataset(Datasets.ROTATION).orElseThrow().observer(Observers.HUMANS))
        .hasValueSatisfying(o -> assertThat(o.benchmarkKappa()).isCloseTo(1.0 / 6, within(1e-15)));
    assertThat(
            results.dataset(Datasets.ROTATION).orElseThrow().observer("subject-01").orElseThrow())
        .extracting(ObserverResults::benchmarkKappa)
        .isEqualTo(Double.NaN);
  }

  @Test
  void theShapeBiasOfThePooledHumansVariesWithTheParticipants() {
    // subject-01: 2 shape, 1 texture decisions (2/3); subject-02: 1 and 2 (1/3)
    ShapeBiasEntry humans = results.shapeBias(Observers.HUMANS).orElseThrow();
    assertThat(humans.overall().bias()).isEqualTo(0.5);
    assertThat(humans.biasError()).isCloseTo(1.0 / 6, within(1e-15));
    // a model's varies with the images: 3 shape decisions of 3
    ShapeBiasEntry model = results.shapeBias("resnet50").orElseThrow();
    assertThat(model.biasError()).isEqualTo(StandardErrors.binomial(3, 3));
    assertThat(model.perCategory()).containsOnlyKeys(CAT, DOG, BEAR);
    assertThat(model.perCategory().get(DOG).bias()).isEqualTo(1.0);
    assertThat(model.perCategory().get(BEAR).bias()).isNaN();
    assertThat(results.shapeBias().keySet())
        .containsExactly(
            Observers.HUMANS,
            "subject-01",
            "subject-02",
            "bagnet33",
            "resnet50",
            "simclr_resnet50x1");
  }

  @Test
  void accuracyPerImageGroupsThePapersModelsOnly() {
    // supervised: resnet50 (1101); self-supervised: simclr_resnet50x1 (0000); bagnet33 (0010)
    // is not one of the paper's models and counts in neither
    List<ImageAccuracy> images = results.perImage().get(Datasets.CUE_CONFLICT);
    assertThat(images).extracting(ImageAccuracy::imageId).containsExactly(CUE_IMAGES);
    assertThat(images).extracting(ImageAccuracy::humans).containsExactly(0.5, 0.5, 1.0, 0.5);
    assertThat(images).extracting(ImageAccuracy::supervised).containsExactly(1.0, 1.0, 0.0, 1.0);
    assertThat(images).extracting(ImageAccuracy::selfSupervised).containsOnly(0.0);
    assertThat(images).extracting(ImageAccuracy::models).containsExactly(0.5, 0.5, 0.0, 0.5);
    assertThat(results.perImage()).containsOnlyKeys(Datasets.CUE_CONFLICT, Datasets.EDGE);
  }

  @Test
  void theBootstrapComparesThePapersModelsOnTextureShapeDatasetsWithTwoHumans() {
    // kappa with the two humans: simclr_resnet50x1 0 and 0, resnet50 -1/3 and -.5; bagnet33's
    // .2 and .5 would be closer, but it is not one of the paper's models
    assertThat(results.intervals()).containsOnlyKeys(Datasets.CUE_CONFLICT);
    KappaIntervals k = results.intervals().get(Datasets.CUE_CONFLICT);
    assertThat(k.closestModel()).isEqualTo("simclr_resnet50x1");
    assertThat(k.closest().value()).isZero();
    assertThat(k.humans().value()).isCloseTo(-0.5, within(1e-15));
  }

  @Test
  void resultsListTheDatasetsAndModelsInOrder() {
    assertThat(results.datasets())
        .containsExactly(Datasets.COLOUR, Datasets.ROTATION, Datasets.CUE_CONFLICT, Datasets.EDGE);
    assertThat(results.models())
        .containsExactly("resnet50", "bagnet33", "simclr_resnet50x1", "late");
    assertThat(results.dataset(Datasets.ROTATION).orElseThrow().conditions())
        .containsExactly(rotation("0"), rotation("90"), rotation("180"));
    assertThat(results.perDataset())
        .extracting(DatasetResults::dataset)
        .containsExactlyElementsOf(results.datasets());
    // 10 rotation images: 30 trials of the pooled humans, 10 of each participant and model
    DatasetResults rotation = results.dataset(Datasets.ROTATION).orElseThrow();
    assertThat(rotation.observers().keySet())
        .containsExactly(Observers.HUMANS, "subject-01", "subject-02", "subject-03", "resnet50");
    assertThat(rotation.observer(Observers.HUMANS).orElseThrow().trials()).isEqualTo(30);
    assertThat(rotation.observer("resnet50").orElseThrow().trials()).isEqualTo(10);
    assertThat(results.has("late", Datasets.EDGE)).isTrue();
    assertThat(results.has("late", Datasets.ROTATION)).isFalse();
  }

  @Test
  void theJsonListsTheModelsThenTheHumansWithEveryScore() {
    JsonNode observers = AnalysisJson.toJson(results).get("observers");
    assertThat(observers.fieldNames())
        .toIterable()
        .containsExactly("resnet50", "bagnet33", "simclr_resnet50x1", "late", Observers.HUMANS);
    JsonNode model = observers.get("resnet50");
    assertThat(model.get("group").asText()).isEqualTo("model");
    assertThat(model.get("ood_accuracy").asDouble()).isEqualTo(0.625);
    assertThat(model.get("accuracy_difference").asDouble())
        .isEqualTo(results.benchmark().get("resnet50").accuracyDifference());
    assertThat(model.get("observed_consistency").asDouble())
        .isEqualTo(results.benchmark().get("resnet50").observedConsistency());
    assertThat(model.get("error_consistency").asDouble())
        .isEqualTo(results.benchmark().get("resnet50").errorConsistency());
    assertThat(model.get("shape_bias").asDouble()).isEqualTo(1.0);
    assertThat(model.get("accuracy").get("cue-conflict").asDouble()).isEqualTo(0.75);
    assertThat(model.get("missing_datasets").toString()).isEqualTo("[\"colour\"]");
    JsonNode late = observers.get("late");
    assertThat(late.get("error_consistency").isNull()).isTrue(); // no humans on edge
    assertThat(late.get("shape_bias").isNull()).isTrue();
    assertThat(late.get("missing_datasets").toString())
        .isEqualTo("[\"colour\",\"rotation\",\"cue-conflict\"]");
    assertThat(observers.get(Observers.HUMANS).get("group").asText()).isEqualTo("human");
    assertThat(observers.get(Observers.HUMANS).get("missing_datasets")).isEmpty();
  }

  @Test
  void theJsonFileHoldsTheSameDocument(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("scores/analysis.json");
    AnalysisJson.write(results, file);
    assertThat(new ObjectMapper().readTree(file.toFile())).isEqualTo(AnalysisJson.toJson(results));
  }
}
