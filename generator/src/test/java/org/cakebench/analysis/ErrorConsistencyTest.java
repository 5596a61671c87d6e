package org.cakebench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.cakebench.analysis.Trials.answer;

import java.util.ArrayList;
import java.util.List;
import org.cakebench.data.Dataset;
import org.cakebench.data.DatasetTrials;
import org.cakebench.data.Datasets;
import org.cakebench.data.InvalidInputException;
import org.cakebench.data.ObserverTrials;
import org.cakebench.data.Trial;
import org.junit.jupiter.api.Test;

class ErrorConsistencyTest {
  /** Trials of {@code observer} on images img0..imgN, right where the pattern says 1. */
  static List<Trial> pattern(String observer, String correct) {
    List<Trial> trials = new ArrayList<>();
    for (int i = 0; i < correct.length(); i++) {
      trials.add(answer(observer, "img" + i + ".png", correct.charAt(i) == '1'));
    }
    return trials;
  }

  @Test
  void kappaOfAHandComputedCase() {
    // agree on 6 of 10 trials; both 60 % correct: c_exp = .36 + .16 = .52, kappa = .08/.48 = 1/6
    ErrorConsistency ec =
        ErrorConsistency.between(pattern("a", "1111110000"), pattern("b", "1111001100"));
    assertThat(ec.observed()).isEqualTo(0.6);
    assertThat(ec.expected()).isCloseTo(0.52, within(1e-15));
    assertThat(ec.kappa()).isCloseTo(1.0 / 6, within(1e-15));
    assertThat(ec.trials()).isEqualTo(10);
  }

  @Test
  void perfectAgreementIsOneEvenWhenBothAreAlwaysRight() {
    ErrorConsistency ec = ErrorConsistency.between(pattern("a", "1111"), pattern("b", "1111"));
    assertThat(ec.expected()).isEqualTo(1.0);
    assertThat(ec.kappa()).isEqualTo(1.0);
  }

  @Test
  void agreementExpectedByChanceGivesZero() {
    // a always right, b right on 9 of 10: c_obs = .9 = c_exp
    ErrorConsistency ec =
        ErrorConsistency.between(pattern("a", "1111111111"), pattern("b", "1111111110"));
    assertThat(ec.kappa()).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void oppositeErrorsGiveMinusOne() {
    assertThat(ErrorConsistency.between(pattern("a", "1100"), pattern("b", "0011")).kappa())
        .isEqualTo(-1.0);
  }

  @Test
  void trialsAreMatchedByImageIdNotByOrder() {
    List<Trial> b = new ArrayList<>(pattern("b", "1111001100"));
    java.util.Collections.reverse(b);
    assertThat(ErrorConsistency.between(pattern("a", "1111110000"), b).kappa())
        .isCloseTo(1.0 / 6, within(1e-15));
  }

  @Test
  void imagesWithoutPartnerAreAnErrorNotSilentlyDropped() {
    List<Trial> b = new ArrayList<>(pattern("b", "110"));
    b.set(2, answer("b", "other.png", true));
    assertThatThrownBy(() -> ErrorConsistency.between(pattern("a", "110"), b))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("same images for a and b");
    assertThatThrownBy(() -> ErrorConsistency.between(pattern("a", "110"), pattern("b", "11")))
        .hasMessageContaining("3 and 2 images");
  }

  @Test
  void bitSetPathAgreesWithTrialPath() {
    Dataset edge = Datasets.require("edge");
    String a = "1011001110100101110010110011101001";
    String b = "1101001010110101100110101001101101";
    DatasetTrials d =
        new DatasetTrials(
            edge,
            List.of(
                new ObserverTrials("a", pattern("a", a)),
                new ObserverTrials("b", pattern("b", b))));
    ErrorConsistency fast = CorrectnessTable.of(d).consistency("a", "b", null);
    ErrorConsistency slow = ErrorConsistency.between(pattern("a", a), pattern("b", b));
    assertThat(fast).isEqualTo(slow);
  }

  @Test
  void tableRejectsObserversShownDifferentImages() {
    Dataset edge = Datasets.require("edge");
    List<Trial> other = new ArrayList<>(pattern("m", "11"));
    other.set(1, answer("m", "zzz.png", true));
    DatasetTrials d =
        new DatasetTrials(
            edge,
            List.of(
                new ObserverTrials("subject-01", pattern("subject-01", "11")),
                new ObserverTrials("m", other)));
    assertThatThrownBy(() -> CorrectnessTable.of(d))
        .hasMessageContaining("edge: observers subject-01 and m were shown different images");
  }
}
