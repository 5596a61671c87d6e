package org.cakebench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class StandardErrorsTest {
  @Test
  void binomialAddsTwoSuccessesAndTwoFailures() {
    // 8 of 16: (10/20)(10/20)/20 = 0.0125
    assertThat(StandardErrors.binomial(8, 16)).isCloseTo(Math.sqrt(0.0125), within(1e-15));
    // 16 of 16 is not certain: (18/20)(2/20)/20
    assertThat(StandardErrors.binomial(16, 16))
        .isCloseTo(Math.sqrt(0.9 * 0.1 / 20), within(1e-15))
        .isPositive();
    assertThat(StandardErrors.binomial(0, 0)).isNaN();
    // a single trial already has an error: 1 of 1 gives (3/5)(2/5)/5
    assertThat(StandardErrors.binomial(1, 1)).isCloseTo(Math.sqrt(0.6 * 0.4 / 5), within(1e-15));
  }

  @Test
  void participantsUseTheSampleSpreadOverTheRootOfTheirNumber() {
    // values 0.2, 0.4, 0.6: sample variance 0.04, SE = sqrt(0.04 / 3)
    assertThat(StandardErrors.participants(List.of(0.2, 0.4, 0.6)))
        .isCloseTo(Math.sqrt(0.04 / 3), within(1e-15));
    assertThat(StandardErrors.participants(List.of(0.5))).isNaN();
  }

  @Test
  void aMeanOfIndependentPartsCombinesTheirErrors() {
    // sqrt(0.3² + 0.4²) / 2 = 0.25
    assertThat(StandardErrors.ofMean(List.of(0.3, 0.4))).isCloseTo(0.25, within(1e-15));
    assertThat(StandardErrors.ofMean(List.of())).isNaN();
  }

  @Test
  void aShareIntervalSpansNearlyTwoErrorsEachWayWithinZeroAndOne() {
    Estimate e = Estimate.ofShare(0.5, 0.1);
    assertThat(e.low()).isCloseTo(0.5 - 0.1959964, within(1e-12));
    assertThat(e.high()).isCloseTo(0.5 + 0.1959964, within(1e-12));
    assertThat(Estimate.ofShare(0.95, 0.1).high()).isEqualTo(1.0);
    assertThat(Estimate.ofShare(0.05, 0.1).low()).isEqualTo(0.0);
    assertThat(Estimate.ofShare(0.5, Double.NaN))
        .isEqualTo(new Estimate(0.5, Double.NaN, Double.NaN));
    assertThat(Estimate.ofShare(Double.NaN, 0.1)).isEqualTo(Estimate.missing());
  }
}
