package org.cakebench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import org.cakebench.data.Category;
import org.cakebench.data.DatasetTrials;
import org.cakebench.data.Datasets;
import org.cakebench.data.InvalidInputException;
import org.cakebench.data.ObserverTrials;
import org.cakebench.data.Trial;
import org.junit.jupiter.api.Test;

class KappaBootstrapTest {
  static final int IMAGES = 160;

  /** The trials of an observer that is right on image i unless {@code wrong} says otherwise. */
  static List<Trial> observer(String id, IntPredicate wrong) {
    List<Trial> trials = new ArrayList<>();
    for (int i = 0; i < IMAGES; i++) {
      Category truth = Category.at(i % 16);
      Category response = wrong.test(i) ? Category.at((i + 1) % 16) : truth;
      trials.add(
          new Trial(id, 1, i + 1, Double.NaN, response, truth, "", "img" + i, "img" + i + ".png"));
    }
    return trials;
  }

  /** Wrong on a random third of the images, drawn from {@code seed}. */
  static IntPredicate randomErrors(long seed) {
    boolean[] wrong = new boolean[IMAGES];
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < IMAGES; i++) {
      wrong[i] = random.nextInt(3) == 0;
    }
    return i -> wrong[i];
  }

  @SafeVarargs
  static DatasetTrials silhouettes(List<Trial>... observers) {
    return Trials.dataset(Datasets.SILHOUETTE, observers);
  }

  /** κ of two observers over all images, each image counted once. */
  private double kappa(ObserverTrials a, ObserverTrials b) {
    return ErrorConsistency.of(a.correct(), b.correct(), study.images().all()).kappa();
  }

  // Three humans who mostly fail on the same images (the first 40), each with a few own errors;
  // model-twin decides exactly as model-close does.
  private final DatasetTrials study =
      silhouettes(
          observer("subject-01", i -> i < 40 || i % 23 == 0),
          observer("subject-02", i -> i < 40 || i % 29 == 1),
          observer("subject-03", i -> i < 36 || i % 31 == 2),
          observer("model-far", randomErrors(7)),
          observer("model-close", i -> i < 38 || i % 17 == 3),
          observer("model-twin", i -> i < 38 || i % 17 == 3));

  @Test
  void pointValuesAreTheMeanKappasOverPairsOfHumansAndOverHumans() {
    KappaIntervals k = KappaBootstrap.of(study, List.of("model-far", "model-close"), 200, 1);
    List<ObserverTrials> humans = study.humans();
    double pairs = 0;
    for (int a = 0; a < 3; a++) {
      for (int b = a + 1; b < 3; b++) {
        pairs += kappa(humans.get(a), humans.get(b));
      }
    }
    double close = 0;
    for (ObserverTrials h : humans) {
      close += kappa(study.observer("model-close").orElseThrow(), h);
    }
    assertThat(k.humans().value()).isCloseTo(pairs / 3, within(1e-12));
    assertThat(k.closestModel()).isEqualTo("model-close");
    assertThat(k.closest().value()).isCloseTo(close / 3, within(1e-12));
    assertThat(k.gap().value()).isCloseTo(pairs / 3 - close / 3, within(1e-12));
    assertThat(k.images()).isEqualTo(IMAGES);
    assertThat(k.resamples()).isEqualTo(200);
  }

  @Test
  void intervalsContainTheValueAndRepeatWithTheSameSeed() {
    KappaIntervals first = KappaBootstrap.of(study, List.of("model-far", "model-close"), 300, 5);
    KappaIntervals again = KappaBootstrap.of(study, List.of("model-far", "model-close"), 300, 5);
    KappaIntervals other = KappaBootstrap.of(study, List.of("model-far", "model-close"), 300, 6);
    assertThat(again).isEqualTo(first);
    assertThat(other.humans().low()).isNotEqualTo(first.humans().low());
    for (Estimate e : List.of(first.humans(), first.closest(), first.gap())) {
      assertThat(e.low()).isLessThanOrEqualTo(e.value()).isLessThan(e.high());
      assertThat(e.high()).isGreaterThanOrEqualTo(e.value());
    }
  }

  @Test
  void aModelThatFailsOnTheHumansImagesIsMarginalAndARandomOneIsNot() {
    KappaIntervals close = KappaBootstrap.of(study, List.of("model-close"), 500, 3);
    assertThat(close.gap().value()).isPositive();
    assertThat(close.gap().low()).isNegative();
    assertThat(close.marginal()).isTrue();

    KappaIntervals far = KappaBootstrap.of(study, List.of("model-far"), 500, 3);
    assertThat(far.gap().aboveZero()).isTrue();
    assertThat(far.marginal()).isFalse();
  }

  @Test
  void aGapIsMarginalWhenItIsAboveZeroButItsIntervalReachesZero() {
    assertThat(withGap(new Estimate(0.1, 0, 0.2)).marginal()).isTrue(); // the interval touches 0
    assertThat(withGap(new Estimate(0.1, 0.01, 0.2)).marginal()).isFalse();
    assertThat(withGap(new Estimate(0, -0.1, 0.1)).marginal()).isFalse(); // no gap at all
    assertThat(new Estimate(0.1, 0, 0.2).aboveZero()).isFalse();
  }

  private static KappaIntervals withGap(Estimate gap) {
    Estimate any = new Estimate(0.5, 0.4, 0.6);
    return new KappaIntervals(Datasets.SILHOUETTE, 160, 100, any, "m", any, gap);
  }

  @Test
  void humansWhoFailOnExactlyTheSameImagesHaveKappaOneInEveryResample() {
    DatasetTrials same =
        silhouettes(observer("subject-01", i -> i < 40), observer("subject-02", i -> i < 40));
    KappaIntervals k = KappaBootstrap.of(same, List.of(), 100, 1);
    assertThat(k.humans()).isEqualTo(new Estimate(1, 1, 1));
    assertThat(k.closestModel()).isNull();
    // without a model there is no closest value and no gap, and so no interval either
    assertThat(k.closest()).isEqualTo(Estimate.missing());
    assertThat(k.gap()).isEqualTo(Estimate.missing());
  }

  @Test
  void everyResampleCountsInTheIntervalsEvenTheFirst() {
    // Humans and a model that fail on exactly the same images agree on every drawn image, so
    // every one of 10 resamples gives κ = 1 and a gap of 0; with 10 values the interval runs
    // from the lowest to the highest, so a single resample left at 0 would show.
    DatasetTrials same =
        silhouettes(
            observer("subject-01", i -> i < 40),
            observer("subject-02", i -> i < 40),
            observer("model-twin", i -> i < 40));
    KappaIntervals k = KappaBootstrap.of(same, List.of("model-twin"), 10, 3);
    assertThat(k.closestModel()).isEqualTo("model-twin");
    assertThat(k.closest()).isEqualTo(new Estimate(1, 1, 1));
    assertThat(k.gap()).isEqualTo(new Estimate(0, 0, 0));
  }

  @Test
  void theDefaultBootstrapDrawsAThousandResamplesFromTheFixedSeed() {
    KappaIntervals k = KappaBootstrap.of(study, List.of("model-close"));
    assertThat(k.resamples()).isEqualTo(1000);
    assertThat(k)
        .isEqualTo(KappaBootstrap.of(study, List.of("model-close"), 1000, KappaBootstrap.SEED));
  }

  @Test
  void theClosestModelIsFoundWhereverItIsInTheList() {
    KappaIntervals k = KappaBootstrap.of(study, List.of("model-close", "model-far"), 50, 1);
    assertThat(k.closestModel()).isEqualTo("model-close");
  }

  @Test
  void ofModelsTiedAsClosestTheFirstAskedForIsNamed() {
    assertThat(KappaBootstrap.of(study, List.of("model-close", "model-twin"), 50, 1).closestModel())
        .isEqualTo("model-close");
    assertThat(KappaBootstrap.of(study, List.of("model-twin", "model-close"), 50, 1).closestModel())
        .isEqualTo("model-twin");
  }

  @Test
  void modelsWithoutTrialsOnTheDatasetAreSkipped() {
    KappaIntervals k = KappaBootstrap.of(study, List.of("model-far", "elsewhere"), 50, 1);
    assertThat(k.closestModel()).isEqualTo("model-far");
  }

  @Test
  void everyResampleEqualsKappaRecomputedOnTheDrawnImages() {
    assertMatchesReference(study, List.of("model-far", "model-close"));
  }

  @Test
  void observersRightOnFewImagesGiveTheSameResamples() {
    // Right on about a third of the images each: the images both got right are then the fewest,
    // where above (mostly right) the images right for one only or for neither are.
    DatasetTrials rarelyRight =
        silhouettes(
            observer("subject-01", randomErrors(11).negate()),
            observer("subject-02", randomErrors(12).negate()),
            observer("subject-03", i -> i % 3 != 0),
            observer("model-a", randomErrors(13).negate()),
            observer("model-b", i -> i % 3 != 1));
    assertMatchesReference(rarelyRight, List.of("model-a", "model-b"));
  }

  @Test
  void observersWithTheirOwnErrorsGiveTheSameResamples() {
    // Each wrong on a random third of its own: the images both got wrong are then the fewest.
    DatasetTrials ownErrors =
        silhouettes(
            observer("subject-01", randomErrors(21)),
            observer("subject-02", randomErrors(22)),
            observer("subject-03", randomErrors(23)),
            observer("model-a", randomErrors(24)),
            observer("model-b", randomErrors(25)));
    assertMatchesReference(ownErrors, List.of("model-a", "model-b"));
  }

  /**
   * The reference: draws the images of each resample as the bootstrap does, then counts every drawn
   * image of every pair one by one; the intervals of humans, the closest model and the gap must be
   * the same.
   */
  private static void assertMatchesReference(DatasetTrials data, List<String> modelIds) {
    int resamples = 40;
    KappaIntervals k = KappaBootstrap.of(data, modelIds, resamples, 9);
    List<ObserverTrials> humans = data.humans();
    List<ObserverTrials> models =
        modelIds.stream().map(m -> data.observer(m).orElseThrow()).toList();
    SplittableRandom random = new SplittableRandom(9);
    double[] humanValues = new double[resamples];
    double[] bests = new double[resamples];
    double[] gaps = new double[resamples];
    for (int r = 0; r < resamples; r++) {
      int[] weights = new int[IMAGES];
      for (int i = 0; i < IMAGES; i++) {
        weights[random.nextInt(IMAGES)]++;
      }
      double sum = 0;
      int pairs = 0;
      for (int a = 0; a < humans.size(); a++) {
        for (int b = a + 1; b < humans.size(); b++) {
          sum += weightedKappa(humans.get(a), humans.get(b), weights);
          pairs++;
        }
      }
      humanValues[r] = sum / pairs;
      double best = Double.NEGATIVE_INFINITY;
      for (ObserverTrials m : models) {
        double total = 0;
        for (ObserverTrials h : humans) {
          total += weightedKappa(m, h, weights);
        }
        best = Math.max(best, total / humans.size());
      }
      bests[r] = best;
      gaps[r] = humanValues[r] - best;
    }
    int low = (int) Math.floor(0.025 * resamples);
    int high = (int) Math.ceil(0.975 * resamples) - 1;
    java.util.Arrays.sort(humanValues);
    java.util.Arrays.sort(bests);
    java.util.Arrays.sort(gaps);
    assertThat(k.humans().low()).isEqualTo(humanValues[low]);
    assertThat(k.humans().high()).isEqualTo(humanValues[high]);
    assertThat(k.closest().low()).isEqualTo(bests[low]);
    assertThat(k.closest().high()).isEqualTo(bests[high]);
    assertThat(k.gap().low()).isEqualTo(gaps[low]);
    assertThat(k.gap().high()).isEqualTo(gaps[high]);
  }

  private static double weightedKappa(ObserverTrials a, ObserverTrials b, int[] weights) {
    int rightA = 0;
    int rightB = 0;
    int agree = 0;
    for (int i = 0; i < IMAGES; i++) {
      boolean ra = a.correct().contains(i);
      boolean rb = b.correct().contains(i);
      rightA += ra ? weights[i] : 0;
      rightB += rb ? weights[i] : 0;
      agree += ra == rb ? weights[i] : 0;
    }
    return ErrorConsistency.fromCounts(IMAGES, rightA, rightB, agree).kappa();
  }

  @Test
  void needsTwoHumans() {
    assertThatThrownBy(
            () ->
                KappaBootstrap.of(
                    silhouettes(observer("subject-01", i -> false)), List.of(), 10, 1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("two or more humans");
  }
}
