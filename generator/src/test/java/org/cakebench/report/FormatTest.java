package org.cakebench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FormatTest {

  /** What the report wrote before: String.format, with a negative zero made positive. */
  private static String formatted(double value, int decimals) {
    String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
    return text.matches("-0(\\.0*)?") ? text.substring(1) : text;
  }

  @Test
  void aDecimalReadsAsStringFormatWritesIt() {
    double[] edges = {
      0,
      -0.0,
      0.5,
      0.125,
      -0.125,
      1.005,
      2.675,
      0.045,
      -0.045,
      0.9999,
      99.95,
      -99.95,
      1e-7,
      -1e-7,
      1e10,
      123456.785,
      0.30000000000000004,
      1.0 / 3,
      -2.0 / 3,
      5e-324,
      1.7976931348623157e308 / 1e300
    };
    for (int decimals = 0; decimals <= 3; decimals++) {
      for (double v : edges) {
        assertThat(Format.decimal(v, decimals))
            .as("%s to %d", v, decimals)
            .isEqualTo(formatted(v, decimals));
      }
    }
    SplittableRandom random = new SplittableRandom(9);
    for (int i = 0; i < 200_000; i++) {
      // Shares, percentages, kappas and counts, and values just beside a rounding boundary.
      double v =
          switch (i % 4) {
            case 0 -> random.nextDouble();
            case 1 -> random.nextDouble(-1, 1);
            case 2 -> 100 * random.nextDouble();
            default -> Math.round(random.nextDouble(-1000, 1000) * 1000) / 1000.0 + 0.0005;
          };
      int decimals = i % 3 + 1;
      assertThat(Format.decimal(v, decimals))
          .as("%s to %d", v, decimals)
          .isEqualTo(formatted(v, decimals));
    }
  }

  @Test
  void aValueThatRoundsToZeroNeverReadsMinusZero() {
    assertThat(Format.decimal(-0.004, 2)).isEqualTo("0.00");
    assertThat(Format.decimal(-0.0, 1)).isEqualTo("0.0");
    assertThat(Format.decimal(-0.005, 2)).isEqualTo("-0.01");
    assertThat(Format.decimal(Double.NaN, 2)).isEqualTo(Format.MISSING);
  }
}
