package org.cakebench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.cakebench.analysis.Trials.trial;
import static org.cakebench.data.Category.BEAR;
import static org.cakebench.data.Category.CAT;
import static org.cakebench.data.Category.DOG;

import java.util.ArrayList;
import java.util.List;
import org.cakebench.data.Category;
import org.cakebench.data.DatasetTrials;
import org.cakebench.data.Datasets;
import org.cakebench.data.ImageBits;
import org.cakebench.data.Trial;
import org.junit.jupiter.api.Test;

class MeasuresTest {
  /** The trials of one observer, aligned as the reader aligns them. */
  private static DatasetTrials aligned(List<Trial> trials) {
    return DatasetTrials.of(Datasets.EDGE, trials);
  }

  private static double accuracy(List<Trial> trials) {
    DatasetTrials d = aligned(trials);
    return Accuracy.of(d.observers().get(0), d.images().all());
  }

  private static double entropy(List<Trial> trials) {
    DatasetTrials d = aligned(trials);
    return ResponseEntropy.of(d.observers().get(0), d.images().all());
  }

  private static ConfusionMatrix confusion(List<Trial> trials) {
    DatasetTrials d = aligned(trials);
    return ConfusionMatrix.of(d.images(), d.observers(), d.images().all());
  }

  @Test
  void accuracyCountsNoAnswerAsWrong() {
    List<Trial> trials =
        List.of(
            trial("h", "a.png", CAT, CAT, "0"),
            trial("h", "b.png", CAT, null, "0"),
            trial("h", "c.png", DOG, DOG, "0"),
            trial("h", "d.png", DOG, CAT, "0"));
    assertThat(accuracy(trials)).isEqualTo(0.5);
    DatasetTrials d = aligned(trials);
    assertThat(Accuracy.of(d.observers().get(0), ImageBits.none(4))).isNaN();
  }

  @Test
  void confusionColumnsArePercentOfTheirCategoryWithNoAnswerRow() {
    ConfusionMatrix m =
        confusion(
            List.of(
                trial("h", "a.png", CAT, CAT, "0"),
                trial("h", "b.png", CAT, DOG, "0"),
                trial("h", "c.png", CAT, null, "0"),
                trial("h", "d.png", CAT, CAT, "0"),
                trial("h", "e.png", DOG, BEAR, "0")));
    assertThat(m.percent(CAT, CAT)).isEqualTo(50.0);
    assertThat(m.percent(DOG, CAT)).isEqualTo(25.0);
    assertThat(m.noAnswerPercent(CAT)).isEqualTo(25.0);
    assertThat(m.percent(BEAR, DOG)).isEqualTo(100.0);
    assertThat(m.percent(CAT, BEAR)).isNaN();
    double column = 0;
    for (double[] row : m.percent()) {
      column += row[CAT.ordinal()];
    }
    assertThat(column).isCloseTo(100.0, within(1e-12));
  }

  @Test
  void entropyIsFourBitsForUniformAndZeroForOneCategory() {
    List<Trial> uniform = new ArrayList<>();
    List<Trial> single = new ArrayList<>();
    for (Category c : Category.values()) {
      uniform.add(trial("m", c + ".png", CAT, c, "0"));
      single.add(trial("m", c + ".png", c, Category.KNIFE, "0"));
    }
    assertThat(entropy(uniform)).isCloseTo(4.0, within(1e-12));
    assertThat(entropy(single)).isZero();
  }

  @Test
  void entropyOfTwoEqualCategoriesIsOneBitAndNoAnswerLowersShares() {
    List<Trial> two =
        List.of(trial("m", "a.png", CAT, CAT, "0"), trial("m", "b.png", CAT, DOG, "0"));
    assertThat(entropy(two)).isCloseTo(1.0, within(1e-12));
    List<Trial> withNa =
        List.of(trial("h", "a.png", CAT, CAT, "0"), trial("h", "b.png", CAT, null, "0"));
    assertThat(entropy(withNa)).isCloseTo(0.5, within(1e-12)); // -(.5 log2 .5)
  }

  @Test
  void pooledAccuracyCountsEveryTrialOfEveryObserver() {
    DatasetTrials d =
        aligned(
            List.of(
                trial("a", "x.png", CAT, CAT, "0"),
                trial("a", "y.png", CAT, CAT, "0"),
                trial("b", "x.png", CAT, CAT, "0"),
                trial("b", "y.png", CAT, DOG, "0")));
    assertThat(Accuracy.of(d.observers(), d.images().all())).isEqualTo(0.75); // 3 of 4 trials
    assertThat(Accuracy.of(List.of(), d.images().all())).isNaN();
  }

  @Test
  void theDominantResponseCountsTrialsOverAllCategoriesAndIgnoresThoseWithout() {
    // 3 cat trials: dog, dog, cat; 1 bear trial: dog. Dog is 3 of 4 responses.
    ConfusionMatrix m =
        confusion(
            List.of(
                trial("m", "a.png", CAT, DOG, "0"),
                trial("m", "b.png", CAT, DOG, "0"),
                trial("m", "c.png", CAT, CAT, "0"),
                trial("m", "d.png", BEAR, DOG, "0")));
    assertThat(m.dominant()).isEqualTo(new DominantResponse(DOG, 0.75));
  }

  @Test
  void onATieTheDominantResponseIsTheFirstCategory() {
    // cat and dog twice each; cat comes before dog in the category order
    ConfusionMatrix m =
        confusion(
            List.of(
                trial("m", "a.png", DOG, DOG, "0"),
                trial("m", "b.png", DOG, DOG, "0"),
                trial("m", "c.png", CAT, CAT, "0"),
                trial("m", "d.png", CAT, CAT, "0")));
    assertThat(CAT.ordinal()).isLessThan(DOG.ordinal());
    assertThat(m.dominant()).isEqualTo(new DominantResponse(CAT, 0.5));
  }

  @Test
  void theFirstCategoryCanBeTheDominantResponse() {
    // airplane, the first category, answers 2 of 3 trials
    ConfusionMatrix m =
        confusion(
            List.of(
                trial("m", "a.png", CAT, Category.AIRPLANE, "0"),
                trial("m", "b.png", DOG, Category.AIRPLANE, "0"),
                trial("m", "c.png", DOG, DOG, "0")));
    assertThat(Category.AIRPLANE.ordinal()).isZero();
    assertThat(m.dominant()).isEqualTo(new DominantResponse(Category.AIRPLANE, 2.0 / 3));
  }

  @Test
  void noAnswerIsNeverTheDominantResponse() {
    // three of four trials unanswered: the dominant response is still a category
    ConfusionMatrix m =
        confusion(
            List.of(
                trial("h", "a.png", CAT, null, "0"),
                trial("h", "b.png", CAT, null, "0"),
                trial("h", "c.png", CAT, null, "0"),
                trial("h", "d.png", CAT, BEAR, "0")));
    assertThat(m.dominant()).isEqualTo(new DominantResponse(BEAR, 0.25));
    DatasetTrials d = aligned(List.of(trial("h", "a.png", CAT, CAT, "0")));
    assertThat(ConfusionMatrix.of(d.images(), d.observers(), ImageBits.none(1)).dominant())
        .isEqualTo(new DominantResponse(null, Double.NaN));
  }

  @Test
  void entropyOfNoTrialsIsNaN() {
    DatasetTrials d = aligned(List.of(trial("m", "a.png", CAT, CAT, "0")));
    assertThat(ResponseEntropy.of(d.observers().get(0), ImageBits.none(1))).isNaN();
  }

  @Test
  void aResponseShareOfOneInAHundredThousandIsIgnored() {
    // shares up to 1e-5 count for nothing; one dog in 100,000 trials is exactly 1e-5
    int n = 100_000;
    List<Trial> trials = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      trials.add(trial("m", "i" + i + ".png", CAT, i == 0 ? DOG : CAT, "0"));
    }
    double cats = 99_999.0 / n;
    assertThat(entropy(trials)).isEqualTo(-cats * Math.log(cats) / Math.log(2));
  }
}
