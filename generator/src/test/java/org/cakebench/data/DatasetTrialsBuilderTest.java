package org.cakebench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetTrialsBuilderTest {
  private static Trial trial(String observer, String image, String condition) {
    return new Trial(
        observer, 1, 1, Double.NaN, Category.CAT, Category.CAT, condition, image, image);
  }

  @Test
  void anImageShownTwiceToTheFirstObserverIsRepeatedEvenInAnotherCondition() {
    List<Trial> trials =
        List.of(
            trial("subject-01", "a.png", "90"),
            trial("subject-01", "b.png", "90"),
            trial("subject-01", "a.png", "180"));
    assertThatThrownBy(() -> DatasetTrials.of(Datasets.ROTATION, trials))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("rotation: image a.png of observer subject-01 appears twice");
  }

  @Test
  void anImageRepeatedByAnotherObserverIsAnErrorEvenWhenTheNumberOfTrialsMatches() {
    List<Trial> trials =
        List.of(
            trial("subject-01", "a.png", "90"),
            trial("subject-01", "b.png", "90"),
            trial("m", "a.png", "90"),
            trial("m", "a.png", "90"));
    assertThatThrownBy(() -> DatasetTrials.of(Datasets.ROTATION, trials))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("rotation: image a.png of observer m appears twice");
  }

  @Test
  void humansComeFirstThenModelsEachByIdWhateverTheOrderOfTheTrials() {
    List<Trial> trials =
        List.of(
            trial("zeta", "a.png", "0"),
            trial("alpha", "a.png", "0"),
            trial("subject-02", "a.png", "0"),
            trial("subject-01", "a.png", "0"));
    DatasetTrials d = DatasetTrials.of(Datasets.EDGE, trials);
    assertThat(d.observers())
        .extracting(ObserverTrials::observer)
        .containsExactly("subject-01", "subject-02", "alpha", "zeta");
    assertThat(d.humans()).extracting(ObserverTrials::observer).hasSize(2);
    assertThat(d.observer("alpha")).containsSame(d.models().get(0));
  }

  @Test
  void trialsBuiltInCodeAreResultsNotRehearsalData() {
    DatasetTrials d = DatasetTrials.of(Datasets.EDGE, List.of(trial("alpha", "a.png", "0")));
    assertThat(d.observers()).extracting(ObserverTrials::synthetic).containsExactly(false);
  }
}
