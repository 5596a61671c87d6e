package org.cakebench.report.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompareTest {

  @Test
  void valuesTheDataGiveExactlyMeetTheirThreshold() {
    // 0.30 − 0.25 is 0.04999999999999999 in floating point.
    assertThat(Compare.atLeast(0.30 - 0.25, 0.05)).isTrue();
    assertThat(Compare.atMost(0.30 - 0.25, 0.05)).isTrue();
    assertThat(Compare.above(0.30 - 0.25, 0.05)).isFalse();
    assertThat(Compare.above(0.35 - 0.25, 0.1)).isFalse();
  }

  @Test
  void differencesTheDataCanShowDecide() {
    assertThat(Compare.atLeast(0.0499, 0.05)).isFalse();
    assertThat(Compare.atLeast(0.0501, 0.05)).isTrue();
    assertThat(Compare.atMost(0.0501, 0.05)).isFalse();
    assertThat(Compare.atMost(0.0499, 0.05)).isTrue();
    assertThat(Compare.above(0.0501, 0.05)).isTrue();
    assertThat(Compare.above(0.0499, 0.05)).isFalse();
  }

  @Test
  void aValueThatIsNotFiniteMeetsNoThreshold() {
    for (double missing : new double[] {Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThat(Compare.atLeast(missing, 0)).isFalse();
      assertThat(Compare.atMost(missing, 0)).isFalse();
      assertThat(Compare.above(missing, 0)).isFalse();
      assertThat(Compare.atLeast(0, missing)).isFalse();
      assertThat(Compare.atMost(0, missing)).isFalse();
      assertThat(Compare.above(1, missing)).isFalse();
    }
    assertThat(Compare.atMost(Double.NEGATIVE_INFINITY, 0)).isFalse();
  }
}
