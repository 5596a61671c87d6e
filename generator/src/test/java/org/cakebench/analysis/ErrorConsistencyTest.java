package org.cakebench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.cakebench.analysis.Trials.answer;
import static org.cakebench.analysis.Trials.pattern;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.cakebench.data.DatasetTrials;
import org.cakebench.data.Datasets;
import org.cakebench.data.InvalidInputException;
import org.cakebench.data.Trial;
import org.junit.jupiter.api.Test;

class ErrorConsistencyTest {
  /** Error consistency of observers a and b, aligned on image id as the reader aligns them. */
  private static ErrorConsistency between(List<Trial> a, List<Trial> b) {
    DatasetTrials d = Trials.dataset(Datasets.EDGE, a, b);
    return ErrorConsistency.of(
        d.observers().get(0).correct(), d.observers().get(1).correct(), d.images().all());
  }

  @Test
  void kappaOfAHandComputedCase() {
    // agree on 6 of 10 trials; both 60 % correct: c_exp = .36 + .16 = .52, kappa = .08/.48 = 1/6
    ErrorConsistency ec = between(pattern("a", "1111110000"), pattern("b", "1111001100"));
    assertThat(ec.observed()).isEqualTo(0.6);
    assertThat(ec.expected()).isCloseTo(0.52, within(1e-15));
    assertThat(ec.kappa()).isCloseTo(1.0 / 6, within(1e-15));
    assertThat(ec.trials()).isEqualTo(10);
  }

  @Test
  void perfectAgreementIsOneEvenWhenBothAreAlwaysRight() {
    ErrorConsistency ec = between(pattern("a", "1111"), pattern("b", "1111"));
    assertThat(ec.expected()).isEqualTo(1.0);
    assertThat(ec.kappa()).isEqualTo(1.0);
  }

  @Test
  void agreementExpectedByChanceGivesZero() {
    // a always right, b right on 9 of 10: c_obs = .9 = c_exp
    ErrorConsistency ec = between(pattern("a", "1111111111"), pattern("b", "1111111110"));
    assertThat(ec.kappa()).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void oppositeErrorsGiveMinusOne() {
    assertThat(between(pattern("a", "1100"), pattern("b", "0011")).kappa()).isEqualTo(-1.0);
  }

  @Test
  void noTrialsGiveNaN() {
    ErrorConsistency ec = ErrorConsistency.fromCounts(0, 0, 0, 0);
    assertThat(ec.kappa()).isNaN();
    assertThat(ec.observed()).isNaN();
    assertThat(ec.expected()).isNaN();
    assertThat(ec.trials()).isZero();
  }

  @Test
  void trialsAreMatchedByImageIdNotByOrder() {
    List<Trial> b = new ArrayList<>(pattern("b", "1111001100"));
    Collections.reverse(b);
    assertThat(between(pattern("a", "1111110000"), b).kappa()).isCloseTo(1.0 / 6, within(1e-15));
  }

  @Test
  void imagesWithoutPartnerAreAnErrorNotSilentlyDropped() {
    List<Trial> b = new ArrayList<>(pattern("b", "110"));
    b.set(2, answer("b", "other.png", true));
    assertThatThrownBy(() -> between(pattern("a", "110"), b))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("edge: observers a and b were shown different images");
    assertThatThrownBy(() -> between(pattern("a", "110"), pattern("b", "11")))
        .hasMessageContaining("2 images instead of 3");
  }

  @Test
  void bitSetsCountLikeTrialByTrialOverEveryWordBoundary() {
    Random random = new Random(7);
    for (int n : new int[] {1, 63, 64, 65, 130}) {
      StringBuilder a = new StringBuilder();
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < n; i++) {
        a.append(random.nextBoolean() ? '1' : '0');
        b.append(random.nextBoolean() ? '1' : '0');
      }
      int rightA = 0;
      int rightB = 0;
      int agree = 0;
      for (int i = 0; i < n; i++) {
        rightA += a.charAt(i) == '1' ? 1 : 0;
        rightB += b.charAt(i) == '1' ? 1 : 0;
        agree += a.charAt(i) == b.charAt(i) ? 1 : 0;
      }
      assertThat(between(pattern("a", a.toString()), pattern("b", b.toString())))
          .isEqualTo(ErrorConsistency.fromCounts(n, rightA, rightB, agree));
    }
  }
}
