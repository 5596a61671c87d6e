package org.cakebench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FixedPointTest {
  private static String format(double v, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  @Test
  void roundsHalfUpOnTheShortestDecimalDigits() {
    assertThat(FixedPoint.formatted(0.125, 2)).isEqualTo("0.13");
    assertThat(FixedPoint.formatted(2.5, 0)).isEqualTo("3");
    assertThat(FixedPoint.formatted(1.005, 2)).isEqualTo(format(1.005, 2));
    assertThat(FixedPoint.formatted(12, 1)).isEqualTo("12.0");
  }

  @Test
  void keepsTheSignOfAValueThatRoundsToZero() {
    assertThat(FixedPoint.formatted(-0.04, 1)).isEqualTo("-0.0");
    assertThat(FixedPoint.formatted(-0.0, 2)).isEqualTo("-0.00");
    assertThat(FixedPoint.formatted(0.0, 2)).isEqualTo("0.00");
  }

  @Test
  void plainDropsTheSignOfAValueThatRoundsToZeroOnly() {
    assertThat(FixedPoint.plain(-0.004, 2)).isEqualTo("0.00");
    assertThat(FixedPoint.plain(-0.005, 2)).isEqualTo("-0.01");
    assertThat(FixedPoint.plain(0.125, 2)).isEqualTo("0.13");
  }

  @Test
  void writesWhatTheFormatterWritesForEveryKindOfValue() {
    double[] special = {
      Double.NaN,
      Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY,
      Double.MIN_VALUE,
      -Double.MIN_VALUE,
      Double.MAX_VALUE,
      1e22,
      -1e-7,
      0.05,
      -0.05,
      0.95,
      99.95,
      -99.95
    };
    for (double v : special) {
      for (int d = 0; d <= 3; d++) {
        assertThat(FixedPoint.formatted(v, d)).as("%s, %d decimals", v, d).isEqualTo(format(v, d));
      }
    }
    Random random = new Random(11);
    for (int t = 0; t < 100_000; t++) {
      double v =
          switch (t % 4) {
            case 0 -> random.nextDouble(); // shares
            case 1 -> 100 * random.nextDouble(); // percentages
            case 2 -> (random.nextDouble() - 0.5) * 2; // kappas
            default -> Math.round(random.nextDouble() * 20000) / 1000.0 - 10; // exact decimals
          };
      int d = t % 4;
      assertThat(FixedPoint.formatted(v, d)).as("%s, %d decimals", v, d).isEqualTo(format(v, d));
    }
  }
}
