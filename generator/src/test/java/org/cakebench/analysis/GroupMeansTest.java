package org.cakebench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class GroupMeansTest {
  @Test
  void aGroupMeanSpansNearlyTwoStandardErrorsOfItsMembersEachWay() {
    // 0.1, 0.3, 0.5: mean 0.3, sample variance 0.04, SE sqrt(0.04 / 3) = 0.115470,
    // half-width 1.959964 × 0.115470 = 0.226317
    Estimate e = GroupMeans.of(List.of(0.1, 0.3, 0.5));

    assertThat(e.value()).isCloseTo(0.3, within(1e-15));
    assertThat(e.low()).isCloseTo(0.3 - 0.226317, within(1e-6));
    assertThat(e.high()).isCloseTo(0.3 + 0.226317, within(1e-6));
  }

  @Test
  void aGroupMeanOfKappasMayReachBelowZero() {
    // -0.1 and 0.1: mean 0, sample variance 0.02, SE sqrt(0.02 / 2) = 0.1
    Estimate e = GroupMeans.of(List.of(-0.1, 0.1));

    assertThat(e.value()).isCloseTo(0, within(1e-15));
    assertThat(e.low()).isCloseTo(-0.1959964, within(1e-12));
    assertThat(e.high()).isCloseTo(0.1959964, within(1e-12));
  }

  @Test
  void sharesKeepTheirIntervalWithinZeroAndOne() {
    // 0.9 and 1.0: mean 0.95, sample variance 0.005, SE 0.05, half-width 0.098
    Estimate e = GroupMeans.ofShares(List.of(0.9, 1.0));

    assertThat(e.value()).isCloseTo(0.95, within(1e-15));
    assertThat(e.low()).isCloseTo(0.95 - 0.0979982, within(1e-7));
    assertThat(e.high()).isEqualTo(1.0);
  }

  @Test
  void valuesThatAreNoValueAreLeftOut() {
    Estimate e = GroupMeans.of(List.of(0.1, Double.NaN, 0.3, 0.5));

    assertThat(e.value()).isCloseTo(0.3, within(1e-15));
    assertThat(e.high()).isCloseTo(0.3 + 0.226317, within(1e-6));
  }

  @Test
  void oneMemberGivesAMeanWithoutIntervalAndNoneGivesNothing() {
    Estimate one = GroupMeans.of(List.of(0.4));
    assertThat(one.value()).isEqualTo(0.4);
    assertThat(one.low()).isNaN();
    assertThat(one.high()).isNaN();
    assertThat(GroupMeans.ofShares(List.of(0.4)).low()).isNaN();

    Estimate none = GroupMeans.of(List.of(Double.NaN));
    assertThat(none.value()).isNaN();
    assertThat(none.low()).isNaN();
  }
}
