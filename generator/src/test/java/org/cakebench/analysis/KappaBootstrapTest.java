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

  /** An observer that is right on image i unless {@code wrong} says otherwise. */
  static ObserverTrials observer(String id, IntPredicate wrong) {
    List<Trial> trials = new ArrayList<>();
    for (int i = 0; i < IMAGES; i++) {
      Category truth = Category.at(i % 16);
      Category response = wrong.test(i) ? Category.at((i + 1) % 16) : truth;
      trials.add(
          new Trial(id, 1, i + 1, Double.NaN, response, truth, "", "img" + i, "img" + i + ".png"));
    }
    return new ObserverTrials(id, trials);
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

  static DatasetTrials silhouettes(ObserverTrials... observers) {
    return new DatasetTrials(Datasets.require("silhouette"), List.of(observers));
  }

  // Three humans who mostly fail on the same images (the first 40), each with a few own errors.
  static final DatasetTrials STUDY =
      silhouettes(
          observer("subject-01", i -> i < 40 || i % 23 == 0),
          observer("subject-02", i -> i < 40 || i % 29 == 1),
          observer("subject-03", i -> i < 36 || i % 31 == 2),
          observer("model-far", randomErrors(7)),
          observer("model-close", i -> i < 38 || i % 17 == 3));

  @Test
  void pointValuesAreTheMeanKappasOverPairsOfHumansAndOverHumans() {
    KappaIntervals k = KappaBootstrap.of(STUDY, List.of("model-far", "model-close"), 200, 1);
    List<ObserverTrials> humans = STUDY.humans();
    double pairs = 0;
    for (int a = 0; a < 3; a++) {
      for (int b = a + 1; b < 3; b++) {
        pairs += ErrorConsistency.between(humans.get(a).trials(), humans.get(b).trials()).kappa();
      }
    }
    double close = 0;
    for (ObserverTrials h : humans) {
      close +=
          ErrorConsistency.between(STUDY.observer("model-close").orElseThrow().trials(), h.trials())
              .kappa();
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
    KappaIntervals first = KappaBootstrap.of(STUDY, List.of("model-far", "model-close"), 300, 5);
    KappaIntervals again = KappaBootstrap.of(STUDY, List.of("model-far", "model-close"), 300, 5);
    KappaIntervals other = KappaBootstrap.of(STUDY, List.of("model-far", "model-close"), 300, 6);
    assertThat(again).isEqualTo(first);
    assertThat(other.humans().low()).isNotEqualTo(first.humans().low());
    for (Estimate e : List.of(first.humans(), first.closest(), first.gap())) {
      assertThat(e.low()).isLessThanOrEqualTo(e.value()).isLessThan(e.high());
      assertThat(e.high()).isGreaterThanOrEqualTo(e.value());
    }
  }

  @Test
  void aModelThatFailsOnTheHumansImagesIsMarginalAndARandomOneIsNot() {
    KappaIntervals close = KappaBootstrap.of(STUDY, List.of("model-close"), 500, 3);
    assertThat(close.gap().value()).isPositive();
    assertThat(close.gap().low()).isNegative();
    assertThat(close.marginal()).isTrue();

    KappaIntervals far = KappaBootstrap.of(STUDY, List.of("model-far"), 500, 3);
    assertThat(far.gap().aboveZero()).isTrue();
    assertThat(far.marginal()).isFalse();
  }

  @Test
  void humansWhoFailOnExactlyTheSameImagesHaveKappaOneInEveryResample() {
    DatasetTrials same =
        silhouettes(observer("subject-01", i -> i < 40), observer("subject-02", i -> i < 40));
    KappaIntervals k = KappaBootstrap.of(same, List.of(), 100, 1);
    assertThat(k.humans()).isEqualTo(new Estimate(1, 1, 1));
    assertThat(k.closestModel()).isNull();
    assertThat(k.gap().value()).isNaN();
  }

  @Test
  void modelsWithoutTrialsOnTheDatasetAreSkipped() {
    KappaIntervals k = KappaBootstrap.of(STUDY, List.of("model-far", "elsewhere"), 50, 1);
    assertThat(k.closestModel()).isEqualTo("model-far");
  }

  @Test
  void everyObserverMustHaveEveryImage() {
    ObserverTrials full = observer("subject-01", i -> false);
    ObserverTrials shorter =
        new ObserverTrials(
            "subject-02",
            full.trials().subList(0, IMAGES - 1).stream()
                .map(
                    t ->
                        new Trial(
                            "subject-02",
                            1,
                            t.trial(),
                            t.rt(),
                            t.response(),
                            t.category(),
                            t.condition(),
                            t.imageName(),
                            t.imageId()))
                .toList());
    assertThatThrownBy(() -> KappaBootstrap.of(silhouettes(full, shorter), List.of(), 10, 1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("subject-02 has 159 trials for 160 images");
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
